import assert from 'node:assert/strict';
import { enGB, ms } from 'date-fns/locale';
import { formatDay, formatIsoDay } from '../../src/core/dates';
import { escapeSnippet, listScripts, offboardingChecklist, offboardingFacts, renderScript, SCRIPT_IDS } from '../../src/core/offboard/offboarding';
import { offboardingProgress } from '../../src/core/offboard/progress';
import { LANGUAGES } from '../../src/core/offboard/templates';
import { AS_OF, clientNote, day, note, settings } from './helpers';

const FULL = clientNote(
  [
    'client: Northwind Studio',
    'contact: Dana Whitfield <dana@northwind.example>',
    'rate: 90',
    'currency: EUR',
    'notice_days: 30',
    'revisions_included: 2',
    'contract: contracts/northwind-msa.pdf',
    'scope: Brand refresh',
    'invoices:',
    '  - id: NW-014',
    '    amount: 2400',
    '    due: 2026-09-30',
    '    paid: 2026-10-21',
    '  - id: NW-019',
    '    amount: 3100',
    '    due: 2026-10-14',
    '  - id: NW-020',
    '    amount: 500',
    '    due: 2026-12-10',
  ],
  ['- 2026-11-03 23:40 WhatsApp #urgent'],
);

describe('offboarding checklist', () => {
  it('fills the seven steps from the note', () => {
    const text = offboardingChecklist(note(FULL), settings(), AS_OF, 'en');
    assert.equal(
      text,
      [
        '## Offboarding (started 2026-11-27)',
        '',
        '- [ ] **Cool down**: decide no earlier than 2026-11-30, not in the heat of the moment',
        '  - **Keep on new terms?** Most of the friction is payment and nothing is flagged: a deposit, shorter payment terms and a late fee may fix it without losing Northwind Studio (script "New payment terms")',
        '- [ ] **Review the contract and scope**: [contracts/northwind-msa.pdf](contracts/northwind-msa.pdf) — Brand refresh; 2 revision rounds included per deliverable',
        '  - [ ] Paid for, so check it is delivered: NW-014 (EUR 2,400, paid 2026-10-21)',
        '- [ ] **Minimise damage**: announce only once these are paid',
        '  - [ ] NW-019, EUR 3,100, 44 days overdue (due 2026-10-14)',
        '  - [ ] NW-020, EUR 500, due 2026-12-10',
        '- [ ] **Meet or call**: tell Dana Whitfield in a call or a meeting; do not just stop answering',
        '- [ ] **Keep it short**: one reason is enough — "I no longer think my services meet your needs."',
        '- [ ] **Give notice**: 30 days from the announcement; if announced on 2026-11-30, the last day is 2026-12-30 (or the end of the current major deliverable: ‹date›)',
        '- [ ] **Offer an alternative**: refer Northwind Studio to a colleague or the kind of provider that fits: ‹who?›',
        '',
      ].join('\n'),
    );
  });

  it('uses visible placeholders for what the note does not say, never invented values', () => {
    const text = offboardingChecklist(note('---\nstatus: active\n---\n# Bare\n'), settings(), AS_OF, 'en');
    assert.match(text, /\*\*Review the contract and scope\*\*: ‹contract \(file or link\)› — ‹scope›/);
    assert.match(text, /tell ‹contact name› in a call/);
    assert.match(text, /no unpaid invoices in the note/);
    assert.match(text, /30 days from the announcement/, 'notice days default from settings');
  });

  it('computes the notice end across month ends and a leap day', () => {
    const cases: [string, number, number, string][] = [
      ['2028-01-27', 3, 30, '2028-02-29'], // leap day
      ['2027-01-27', 3, 30, '2027-03-01'],
      ['2026-12-29', 3, 14, '2027-01-15'], // year end
      ['2026-01-31', 0, 28, '2026-02-28'],
      ['2026-11-27', 5, 60, '2027-01-31'],
    ];
    for (const [asOf, coolDown, notice, end] of cases) {
      const facts = offboardingFacts(note(clientNote([`notice_days: ${notice}`])), settings({ coolDownDays: coolDown }), day(asOf), 'en');
      assert.equal(formatIsoDay(facts.noticeEnd), end, `${asOf} + ${coolDown} + ${notice}`);
    }
  });

  it('drops the referral step when the log shows #disrespect (or #rude)', () => {
    for (const tag of ['#disrespect', '#rude']) {
      const text = offboardingChecklist(note(clientNote(['client: B'], [`- 2026-11-02 Insulting email ${tag}`])), settings(), AS_OF, 'en');
      assert.doesNotMatch(text, /Offer an alternative/);
      assert.match(text, /^- No referral: the log shows disrespect/m);
    }
    const future = offboardingChecklist(note(clientNote(['client: B'], ['- 2026-12-24 #rude'])), settings(), AS_OF, 'en');
    assert.match(future, /Offer an alternative/, 'an entry after the as-of date does not count yet');
  });

  it('speaks Malay', () => {
    const text = offboardingChecklist(note(FULL), settings(), AS_OF, 'ms');
    assert.match(text, /^## Penamatan \(bermula 2026-11-27\)$/m);
    assert.match(text, /\*\*Bertenang\*\*: buat keputusan tidak lebih awal daripada 2026-11-30/);
    assert.match(text, /NW-019, EUR 3,100, lewat 44 hari \(tarikh akhir 2026-10-14\)/);
    assert.match(text, /\*\*Beri notis\*\*: 30 hari .* hari terakhir ialah 2026-12-30/);
    assert.match(text, /‹siapa\?›/);
  });

  it('is read back as progress, in either language, with the notice end once ticked', () => {
    for (const lang of ['en', 'ms'] as const) {
      const generated = offboardingChecklist(note(FULL), settings(), AS_OF, lang);
      const ticked = generated.replace('- [ ] ', '- [x] ').replace(/- \[ \] (\*\*(Give notice|Beri notis))/, '- [x] $1');
      const back = note(`${FULL}\n${ticked}`);
      const progress = offboardingProgress(back.headings, back.tasks)!;
      assert.equal(progress.total, 10, lang);
      assert.equal(progress.done, 2, lang);
      assert.equal(formatIsoDay(progress.started!), '2026-11-27');
      assert.equal(formatIsoDay(progress.noticeEnds!), '2026-12-30', lang);
    }
  });

  it('points the cool-down step to new terms only for a client whose friction is mostly payment, with no flag', () => {
    const hint = /^ {2}- \*\*Keep on new terms\?\*\*/m;
    const late = ['client: L', 'invoices:', '  - id: L-1', '    amount: 900', '    due: 2026-10-01', '    paid: 2026-10-30'];
    assert.match(offboardingChecklist(note(clientNote(late)), settings(), AS_OF, 'en'), hint);
    assert.match(offboardingChecklist(note(clientNote(late)), settings(), AS_OF, 'ms'), /^ {2}- \*\*Kekalkan dengan terma baharu\?\*\*/m);
    const flagged = offboardingChecklist(note(clientNote(late, ['- 2026-11-20 #dispute'])), settings(), AS_OF, 'en');
    assert.doesNotMatch(flagged, hint, 'a chargeback is a flag');
    const mostlyElse = offboardingChecklist(note(clientNote(late, ['- 2026-11-20 #scope-creep', '- 2026-11-21 #scope-creep', '- 2026-11-22 23:00 #urgent'])), settings(), AS_OF, 'en');
    assert.doesNotMatch(mostlyElse, hint);
    assert.doesNotMatch(offboardingChecklist(note(clientNote(['client: Calm'])), settings(), AS_OF, 'en'), hint);
  });

  it('says so under the cool-down step when the client brings the concentration share of the income', () => {
    const text = (share: number | null | undefined, s = settings()) => offboardingChecklist(note(FULL), s, AS_OF, 'en', { incomeShare: share });
    assert.match(text(0.41), /^ {2}- \*\*Concentration\*\*: Northwind Studio brings 41% of your income \(paid in the last 12 months\): losing it is a decision about your income/m);
    assert.doesNotMatch(text(0.39), /Concentration/);
    assert.doesNotMatch(text(null), /Concentration/);
    assert.doesNotMatch(text(undefined), /Concentration/);
    assert.match(text(0.25, settings({ concentrationPercent: 25 })), /brings 25% of your income/);
    const progress = offboardingProgress(note(`${FULL}\n${text(0.5)}`).headings, note(`${FULL}\n${text(0.5)}`).tasks)!;
    assert.equal(progress.total, 10, 'the notes are not tasks');
  });

  it('lists the note problems at the top when asked (the terminal form)', () => {
    const text = offboardingChecklist(note('---\nclient: X\n rate: 1\n---\n# X\n', 'clients/x.md'), settings(), AS_OF, 'en', { includeProblems: true });
    assert.match(text, /^> Problems in this note \(fix them for a complete checklist\):\n> - clients\/x\.md:3: the frontmatter cannot be read here/);
  });
});

describe('offboarding scripts', () => {
  it('has every script in every language, with the same slots', () => {
    for (const id of SCRIPT_IDS) {
      const slots = (lang: 'en' | 'ms') => [...new Set(LANGUAGES[lang].scripts[id].body.match(/\{\w+\}/g))].sort();
      assert.deepEqual(slots('ms'), slots('en'), id);
    }
  });

  it('fills the payment reminders with the overdue invoices', () => {
    const s = settings({ yourName: 'Alex Freelancer' });
    for (const id of ['paymentFriendly', 'paymentFirm', 'paymentFinal'] as const) {
      const text = renderScript(id, note(FULL), s, AS_OF, 'en', 'text');
      assert.match(text, /NW-019, EUR 3,100, 44 days overdue/, id);
      assert.doesNotMatch(text, /NW-020/, `${id}: not yet due`);
      assert.match(text, /Alex Freelancer\n$/);
    }
    assert.match(renderScript('paymentFinal', note(FULL), s, AS_OF, 'en', 'text'), /Total overdue: EUR 3,100/);
  });

  it('fills "New payment terms" with the late invoices and the average days late, in English and Malay', () => {
    const s = settings({ yourName: 'Alex' });
    const text = renderScript('newTerms', note(FULL), s, AS_OF, 'en', 'text');
    assert.match(text, /^Subject: Payment terms for our next projects\n\nHi Dana,/);
    assert.match(text, /\n- NW-014, EUR 2,400, paid 21 days late \(due 2026-09-30\)\n- NW-019, EUR 3,100, 44 days overdue \(due 2026-10-14\)\n/);
    assert.match(text, /That is 33 days late on average/);
    assert.match(text, /a deposit of ‹50%› before new work starts;\n- invoices payable within ‹14› days;\n- a late fee of ‹2% per month›/);
    const ms = renderScript('newTerms', note(FULL), s, AS_OF, 'ms', 'text');
    assert.match(ms, /- NW-014, EUR 2,400, dibayar lewat 21 hari \(tarikh akhir 2026-09-30\)/);
    assert.match(ms, /Purata kelewatannya ialah 33 hari/);
    const snippet = renderScript('newTerms', note(clientNote(['client: X'])), s, AS_OF, 'en', 'snippet');
    assert.match(snippet, /\$\{\d+:invoice, days late\}/, 'no late invoice in the note: a tab stop');
    assert.match(snippet, /a deposit of \$\{\d+:50%\}/);
  });

  it('lists late invoices an item a line, whatever their ids and amounts (found by the fuzz runner: two invoices of one id)', () => {
    const twins = clientNote(['invoices:', '  - {id: A, amount: 1e308, due: 2026-01-01}', '  - {id: A, amount: 1e308, due: 2026-01-01}']);
    for (const language of ['en', 'ms'] as const) {
      const { values } = offboardingFacts(note(twins), settings(), AS_OF, language);
      const items = values.lateList!.split('\n');
      assert.equal(items.length, 2, values.lateList);
      for (const item of items) assert.match(item, /^- A, [^\n\r\u2028\u2029]+$/);
    }
  });

  it('recommends "New payment terms" in the list for a client whose friction is mostly payment', () => {
    const scripts = listScripts(note(FULL), settings(), AS_OF, 'en');
    assert.deepEqual(scripts.filter((x) => x.recommended).map((x) => x.id), ['newTerms']);
    assert.deepEqual(listScripts(note(clientNote(['client: B'], ['- 2026-11-02 #rude'])), settings(), AS_OF, 'en').filter((x) => x.recommended), []);
  });

  it('puts the notice end date in the written notice, counted from the day it is sent (issue 21)', () => {
    const text = renderScript('writtenNotice', note(FULL), settings(), AS_OF, 'en', 'text');
    // Sent after the 3-day cool-down, on 30 November: 30 days later is 30 December.
    assert.match(text, /30 days' notice from 30 November 2026: my last working day will be 30 December 2026/);
    assert.match(text, /\n‹your name›\n$/, 'unknown name is a placeholder');
    assert.match(renderScript('writtenNotice', note(FULL), settings(), AS_OF, 'ms', 'text'), /notis 30 hari mulai 30 November 2026: hari bekerja terakhir saya ialah 30 Disember 2026/);
  });

  it('says one notice everywhere: the checklist and the letter give the same announcement day and last day, notice_days apart, in en and ms', () => {
    for (const noticeDays of [0, 1, 14, 30, 45, 90]) {
      for (const coolDownDays of [0, 3, 10]) {
        const s = settings({ coolDownDays });
        const n = note(FULL.replace(/notice_days: \d+/, `notice_days: ${noticeDays}`));
        const facts = offboardingFacts(n, s, AS_OF, 'en');
        assert.equal(facts.announceDate, AS_OF + coolDownDays);
        assert.equal(facts.noticeEnd - facts.announceDate, noticeDays);
        for (const language of ['en', 'ms'] as const) {
          const letter = renderScript('writtenNotice', n, s, AS_OF, language, 'text');
          const checklist = offboardingChecklist(n, s, AS_OF, language);
          const long = (d: number) => formatDay(d, 'd MMMM yyyy', { locale: language === 'ms' ? ms : enGB });
          assert.ok(letter.includes(long(facts.announceDate)) && letter.includes(long(facts.noticeEnd)), `${language} letter, ${noticeDays}/${coolDownDays}`);
          assert.ok(checklist.includes(formatIsoDay(facts.announceDate)) && checklist.includes(formatIsoDay(facts.noticeEnd)), `${language} checklist, ${noticeDays}/${coolDownDays}`);
        }
      }
    }
  });

  it('makes the missing facts tab stops in a snippet, mirrored when repeated', () => {
    const snippet = renderScript('referralEmail', note(FULL), settings(), AS_OF, 'en', 'snippet');
    assert.match(snippet, /^Subject: An introduction: \$\{1:who\?\}\n/);
    assert.match(snippet, /introduce you to \$\{1:who\?\} \(\$\{2:their email\}\)/);
    assert.match(snippet, /\$\{3:your name\}\n\$0$/);
    assert.match(snippet, /Hi Dana,/);
  });

  it('keeps note text literal inside a snippet', () => {
    assert.equal(escapeSnippet('Cost $5 {x} \\ ${1:y}'), 'Cost \\$5 {x\\} \\\\ \\${1:y\\}');
    const text = renderScript('shortConversation', note(clientNote(['client: X', 'contact: $HOME ${1:pwn} <a@b.c>'])), settings(), AS_OF, 'en', 'snippet');
    assert.match(text, /^Hi \\\$HOME,/);
  });

  it('warns against referral scripts for a disrespectful client', () => {
    const scripts = listScripts(note(clientNote(['client: B'], ['- 2026-11-02 #rude'])), settings(), AS_OF, 'en');
    assert.equal(scripts.length, 10);
    assert.deepEqual(
      scripts.filter((s) => s.warning).map((s) => s.id),
      ['referralEmail', 'agencyVariant', 'specialistVariant'],
    );
  });
});
