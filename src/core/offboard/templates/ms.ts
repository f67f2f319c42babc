import { LanguagePack } from './types';

/** Bahasa Melayu: the advice this product grew from was written in Malay. */
export const ms: LanguagePack = {
  name: 'Bahasa Melayu',
  longDate: 'd MMMM yyyy',
  heading: 'Penamatan (bermula {today})',
  steps: {
    coolDown: '**Bertenang**: buat keputusan tidak lebih awal daripada {coolDownEnd}, bukan ketika sedang marah',
    contract: '**Semak kontrak dan skop**: {contract} — {scope}; {revisionsIncluded} pusingan semakan termasuk bagi setiap hasil kerja',
    contractNothing: '**Semak kontrak dan skop**: {contract} — {scope}',
    deliverPaid: 'Sudah dibayar, pastikan kerjanya diserahkan: {id} ({amount}, dibayar {paid})',
    minimiseDamage: '**Kurangkan kerugian**: umumkan hanya selepas invois ini dibayar',
    minimiseDamageNothing: '**Kurangkan kerugian**: tiada invois tertunggak dalam nota; hantar invois terakhir sebelum membuat pengumuman',
    overdueItem: '{id}, {amount}, lewat {days} hari (tarikh akhir {due})',
    unpaidItem: '{id}, {amount}, tarikh akhir {due}',
    latePaidItem: '{id}, {amount}, dibayar lewat {days} hari (tarikh akhir {due})',
    newTermsHint:
      '**Kekalkan dengan terma baharu?** Kebanyakan geseran berpunca daripada bayaran dan tiada tanda amaran: deposit, tempoh bayaran yang lebih pendek dan caj lewat bayar mungkin dapat membetulkannya tanpa kehilangan {clientName} (skrip "Terma pembayaran baharu")',
    concentration:
      '**Kebergantungan**: {clientName} membawa {incomeShare} daripada pendapatan anda (dibayar dalam 12 bulan lepas): kehilangannya ialah keputusan tentang pendapatan anda, bukan sekadar tentang geseran',
    meet: '**Berjumpa atau telefon**: beritahu {contactName} melalui panggilan atau pertemuan; jangan senyap begitu sahaja',
    keepShort: '**Ringkaskan**: satu sebab sudah memadai — "{reason}"',
    notice:
      '**Beri notis**: {noticeDays} hari dari tarikh pengumuman; jika diumumkan pada {announceDate}, hari terakhir ialah {noticeEnd} (atau pada akhir hasil kerja utama yang sedang berjalan: {deliverableEnd})',
    referral: '**Tawarkan alternatif**: cadangkan {clientName} kepada rakan sekerja atau penyedia yang lebih sesuai: {colleague}',
  },
  problemsHeading: 'Masalah dalam nota ini (betulkan untuk senarai semak yang lengkap):',
  referralSkipped: 'Tiada rujukan: log menunjukkan sikap biadab, dan nasihat biasa ialah tidak menyerahkan pelanggan seperti ini kepada orang lain.',
  referralWarning: 'log menunjukkan #disrespect: nasihat biasa ialah tidak membuat rujukan',
  newTermsReason: 'kebanyakan geseran berpunca daripada bayaran dan tiada tanda amaran: wajar dicuba sebelum penamatan',
  placeholders: {
    clientName: 'nama pelanggan',
    contactName: 'nama wakil',
    contactFirstName: 'nama',
    yourName: 'nama anda',
    today: 'hari ini',
    todayLong: 'hari ini',
    coolDownEnd: 'tarikh',
    contract: 'kontrak (fail atau pautan)',
    scope: 'skop',
    revisionsIncluded: 'bilangan',
    noticeDays: 'hari',
    announceDate: 'tarikh pengumuman',
    announceDateLong: 'tarikh pengumuman',
    noticeEnd: 'hari terakhir',
    noticeEndLong: 'hari terakhir',
    deliverableEnd: 'tarikh',
    overdueList: 'invois, jumlah, tarikh akhir',
    overdueIds: 'nombor invois',
    overdueTotal: 'jumlah',
    oldestOverdueDays: 'hari',
    colleague: 'siapa?',
    colleagueEmail: 'e-mel mereka',
    specialty: 'bidang kepakaran',
    providerKind: 'jenis penyedia',
    handoverItems: 'fail, akaun, kata laluan untuk diserahkan',
    reason: 'Saya rasa perkhidmatan saya tidak lagi memenuhi keperluan anda.',
    lateList: 'invois, hari lewat',
    averageDaysLate: 'hari',
    deposit: '50%',
    paymentTerms: '14',
    lateFee: '2% sebulan',
    incomeShare: 'bahagian',
  },
  scripts: {
    shortConversation: {
      title: 'Perbualan ringkas',
      detail: 'Apa yang perlu dikatakan semasa panggilan: satu sebab, tanpa berdebat',
      prefix: 'short',
      body: `Salam {contactFirstName},

Terima kasih kerana meluangkan masa untuk berbincang. Saya sudah memikirkannya dengan teliti, dan saya rasa perkhidmatan saya tidak lagi memenuhi keperluan anda. Saya ingin menamatkan kerjasama kita dengan cara yang adil kepada kedua-dua pihak.

Saya memberikan notis {noticeDays} hari, jadi hari terakhir saya dalam projek ini ialah {noticeEndLong}. Sehingga itu, saya akan menyiapkan kerja yang sedang berjalan dan memastikan semuanya diserahkan dengan sempurna.

Terima kasih atas kerjasama selama ini.

{yourName}
`,
    },
    writtenNotice: {
      title: 'Notis bertulis',
      detail: 'Surat notis dengan tarikh tamatnya',
      prefix: 'notice',
      body: `Perkara: Notis penamatan perkhidmatan

{contactName} yang dihormati,

Susulan perbualan kita, saya ingin mengesahkan bahawa saya akan menamatkan perkhidmatan saya kepada {clientName}. Seperti yang dipersetujui dalam kontrak kita ({contract}), saya memberikan notis {noticeDays} hari mulai {announceDateLong}: hari bekerja terakhir saya ialah {noticeEndLong}.

Sehingga itu, saya akan menyiapkan kerja yang sedang berjalan dan menyediakan serahan semua fail dan akaun. Invois yang belum dibayar perlu dijelaskan mengikut terma biasa.

Terima kasih atas peluang bekerjasama dengan anda.

Yang benar,
{yourName}
`,
    },
    referralEmail: {
      title: 'E-mel rujukan',
      detail: 'Perkenalkan rakan sekerja yang lebih sesuai',
      prefix: 'referral',
      body: `Perkara: Perkenalan: {colleague}

Salam {contactFirstName},

Seperti yang dijanjikan, saya ingin memperkenalkan anda kepada {colleague} ({colleagueEmail}). Saya rasa mereka lebih sesuai untuk keperluan {clientName} seterusnya, dan saya sudah menceritakan serba sedikit tentang projek ini kepada mereka.

Saya akan memastikan serahan kerja lengkap sebelum hari terakhir saya, {noticeEndLong}.

Semoga berjaya,
{yourName}
`,
    },
    agencyVariant: {
      title: 'Keperluan anda sudah berkembang: agensi mungkin lebih sesuai',
      detail: 'Untuk pelanggan yang sudah melebihi kemampuan seorang pekerja bebas',
      prefix: 'agency',
      body: `Salam {contactFirstName},

{clientName} sudah banyak berkembang sejak kita mula bekerjasama, begitu juga skop kerjanya. Saya rasa anda kini memerlukan satu pasukan yang boleh melakukan lebih banyak perkara serentak berbanding saya seorang: {providerKind} lebih sesuai daripada seorang pekerja bebas.

Saya sedia mencadangkan beberapa nama dan menyerahkan semua kerja dengan sempurna. Hari terakhir saya ialah {noticeEndLong}.

Salam hormat,
{yourName}
`,
    },
    specialistVariant: {
      title: 'Rujukan kepada pakar: kerja mereka memerlukannya',
      detail: 'Untuk kerja yang sudah di luar bidang kepakaran anda',
      prefix: 'specialist',
      body: `Salam {contactFirstName},

Kerja yang diperlukan oleh {clientName} sekarang kebanyakannya dalam bidang {specialty}, dan itu bukan bidang terbaik saya. Anda akan mendapat perkhidmatan yang lebih baik daripada pakar dalam bidang {specialty}, dan saya lebih suka berterus terang daripada melakukannya separuh jalan.

Saya sedia mencadangkan seseorang dan menyerahkan semuanya sebelum {noticeEndLong}.

Salam hormat,
{yourName}
`,
    },
    handoverNote: {
      title: 'Nota serahan',
      detail: 'Apa yang diserahkan, dan bila',
      prefix: 'handover',
      body: `Perkara: Serahan kerja untuk {clientName}

Salam {contactFirstName},

Berikut ialah semua yang anda perlukan untuk meneruskan kerja tanpa saya:

- {handoverItems}

Skop kerja: {scope}
Kontrak: {contract}

Sila sahkan bahawa anda sudah menerima semuanya. Hari terakhir saya ialah {noticeEndLong}; selepas itu, sila hubungi {colleague} untuk sebarang kerja baharu.

Terima kasih,
{yourName}
`,
    },
    paymentFriendly: {
      title: 'Peringatan bayaran: mesra',
      detail: 'Peringatan pertama yang lembut',
      prefix: 'pay-friendly',
      body: `Perkara: Peringatan mesra tentang {overdueIds}

Salam {contactFirstName},

Semoga anda sihat. Sekadar peringatan ringkas bahawa bayaran berikut sudah melepasi tarikh akhir:

{overdueList}

Mungkin ia terlepas pandang. Boleh maklumkan bila saya boleh menjangkakan bayaran?

Terima kasih,
{yourName}
`,
    },
    paymentFirm: {
      title: 'Peringatan bayaran: tegas',
      detail: 'Peringatan kedua, dengan tarikh',
      prefix: 'pay-firm',
      body: `Perkara: Tertunggak: {overdueIds}

{contactName} yang dihormati,

Bayaran berikut masih belum dijelaskan, {oldestOverdueDays} hari selepas tarikh akhirnya:

{overdueList}

Jumlah tertunggak: {overdueTotal}. Sila jelaskan bayaran dalam masa 7 hari. Sehingga bayaran diterima, saya akan menangguhkan kerja baharu untuk {clientName}.

Sekian,
{yourName}
`,
    },
    paymentFinal: {
      title: 'Peringatan bayaran: terakhir',
      detail: 'Notis terakhir sebelum tindakan lanjut',
      prefix: 'pay-final',
      body: `Perkara: Notis terakhir: {overdueIds}

{contactName} yang dihormati,

Walaupun sudah diberi peringatan, bayaran berikut masih belum dijelaskan, {oldestOverdueDays} hari selepas tarikh akhirnya:

{overdueList}

Jumlah tertunggak: {overdueTotal}. Jika bayaran tidak diterima dalam masa 7 hari dari {todayLong}, saya akan mengambil langkah yang dibenarkan di bawah kontrak kita ({contract}), termasuk melalui agensi kutipan hutang atau tuntutan kecil di mahkamah.

Saya lebih suka menyelesaikan perkara ini dengan mudah. Sila sahkan tarikh bayaran.

{yourName}
`,
    },
    newTerms: {
      title: 'Terma pembayaran baharu',
      detail: 'Kekalkan pelanggan yang lewat membayar: deposit, tempoh lebih pendek, caj lewat bayar',
      prefix: 'new-terms',
      body: `Perkara: Terma pembayaran untuk projek seterusnya

Salam {contactFirstName},

Saya seronok bekerjasama dengan {clientName} dan ingin terus berbuat demikian. Namun, kebelakangan ini bayaran sering diterima lama selepas tarikh akhirnya:

{lateList}

Purata kelewatannya ialah {averageDaysLate} hari, dan ini menyukarkan saya untuk merancang serta terus mengutamakan projek anda. Oleh itu, saya ingin menggunakan terma berikut mulai sekarang:

- deposit sebanyak {deposit} sebelum kerja baharu dimulakan;
- invois perlu dibayar dalam tempoh {paymentTerms} hari;
- caj lewat bayar sebanyak {lateFee} bagi invois yang dibayar selepas tarikh akhirnya.

Semua yang sudah dipersetujui kekal seperti sedia ada. Jika terma ini sesuai, saya akan menghantar cadangan seterusnya berdasarkan terma ini. Saya sedia berbincang.

Salam hormat,
{yourName}
`,
    },
  },
  snippets: {
    checklist: { title: 'Senarai semak penamatan (umum)' },
  },
};
