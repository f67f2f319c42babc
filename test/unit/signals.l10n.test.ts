/**
 * The signals in Malay: each signal's one-line detail and its evidence are
 * worded through the core's catalogue in the language of the settings
 * (`settings.language`), and every message the scorer words is in both
 * languages. The English wording is held by the signal tests and the CLI's.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateNote } from '../bench/generateNotes';
import { summarizeClient } from '../../src/core/rank/portfolio';
import { frictionScore } from '../../src/core/score/friction';
import { SignalId } from '../../src/core/settings';
import { AS_OF, ago, clientNote, invoiceLines, note, readExample, repoRoot, settings } from './helpers';
import { scanMessages } from './l10nKeys';

const ENGLISH = settings();
const MALAY = settings({ language: 'ms' });

function signal(file: string, id: SignalId, language: 'en' | 'ms') {
  const s = language === 'ms' ? MALAY : ENGLISH;
  const found = frictionScore(note(readExample(file), `clients/${file}`, s), s, AS_OF).signals.find((g) => g.id === id);
  assert.ok(found, `${id} in ${file}`);
  return found;
}

/** One example note per signal, and what the signal says of it in Malay. */
const MALAY_DETAILS: readonly { id: SignalId; file: string; detail: string; evidence: string }[] = [
  {
    id: 'payment',
    file: 'juniper-events.md',
    detail:
      '2 janji dimungkiri (terkini: berjanji pada 2026-11-03 untuk membayar JE-12 sebelum 2026-11-13; masih belum dibayar); JE-12 belum dibayar, lewat 48 hari; EUR 3,400 tertunggak',
    evidence: 'JE-12 (EUR 3,400) belum dibayar, lewat 48 hari',
  },
  {
    id: 'afterHours',
    file: 'maple-press.md',
    detail: '5 kali dihubungi di luar waktu bekerja (5 pada hari tidak bekerja); 2 #urgent; terkini 2026-11-22',
    evidence: '2026-11-22 Saturday WhatsApp about the spring list #urgent',
  },
  {
    id: 'revisions',
    file: 'cedar-pine.md',
    detail: '4 pusingan semakan melebihi 2 yang termasuk (8 pusingan bagi 2 hasil kerja); 5 maklum balas kabur',
    evidence: 'pusingan 3 (2 termasuk): 2026-09-29 Feedback round 3: partner B disagrees with round 2 #revision',
  },
  {
    id: 'scopeCreep',
    file: 'kampung-kopi.md',
    detail: '4 permintaan di luar skop, 8.5 jam digunakan; terkini 2026-10-28',
    evidence: '2026-04-02 Asked for a loyalty-points system #scope-creep',
  },
  {
    id: 'effort',
    file: 'ironside-motors.md',
    detail: 'kadar sebenar terkini EUR 33/j berbanding EUR 80 yang dipersetujui (−58%): 61 jam direkodkan, EUR 4,000 dibayar',
    evidence: '61 jam direkodkan, EUR 4,000 dibayar',
  },
  {
    id: 'conduct',
    file: 'bluebird-dental.md',
    detail: '3 insiden biadab, terkini 2026-11-02: tiada rujukan semasa penamatan',
    evidence: '2026-11-02 Insulting email, copied the whole practice #disrespect',
  },
  {
    id: 'silence',
    file: 'granite-logistics.md',
    detail: '1 mesej tidak dibalas melebihi tempoh balasan 7 hari (paling lama 35 hari, sejak 2026-10-23)',
    evidence: 'tiada balasan selama 35 hari: 2026-10-23 Asked about the next sprint and the GL-06 invoice #waiting (2 peringatan, terkini 2026-11-10)',
  },
];

describe('signals in Malay (settings.language)', () => {
  for (const { id, file, detail, evidence } of MALAY_DETAILS) {
    it(`words ${id}'s detail and evidence in Malay (${file}), with the same points and lines as in English`, () => {
      const ms = signal(file, id, 'ms');
      const en = signal(file, id, 'en');
      assert.equal(ms.detail, detail);
      assert.ok(
        ms.evidence.some((e) => e.text === evidence),
        `evidence ${JSON.stringify(evidence)} in ${JSON.stringify(ms.evidence.map((e) => e.text))}`,
      );
      assert.notEqual(ms.detail, en.detail);
      assert.deepEqual(
        ms.evidence.map((e) => [e.line, e.points]),
        en.evidence.map((e) => [e.line, e.points]),
      );
      assert.equal(ms.points, en.points);
      assert.equal(ms.line, en.line);
    });
  }

  it('covers every signal', () => {
    const ids = new Set(MALAY_DETAILS.map((d) => d.id));
    for (const id of ['payment', 'afterHours', 'revisions', 'scopeCreep', 'effort', 'conduct', 'silence'] as const) assert.ok(ids.has(id), id);
  });

  it('words the less common cases in Malay too: one of each, chargebacks, promises broken by hand, late answers, evenings, #late-payment', () => {
    const lines = [
      `- ${ago(200)} 20:15 Call in the evening`,
      `- ${ago(190)} Weekday call #after-hours`,
      `- ${ago(150)} Refund demanded for approved work #chargeback`,
      `- ${ago(140)} Chargeback filed #chargeback`,
      `- ${ago(120)} Said they'd pay this week #broken-promise`,
      `- ${ago(100)} Sent the draft #waiting`,
      `- ${ago(80)} Finally answered #reply`,
      `- ${ago(60)} Asked for one more page #scope-creep`,
      `- ${ago(40)} Rude on the phone #disrespect`,
      `- ${ago(30)} Paid late again #late-payment`,
      `- ${ago(20)} Feedback round 1 #revision`,
      `- ${ago(19)} Feedback round 2 #revision`,
      `- ${ago(18)} Feedback round 3 "make it pop" #revision #vague`,
    ];
    const text = clientNote(['client: Edge Cases', 'revisions_included: 2'], lines);
    const ms = frictionScore(note(text, 'clients/edge.md', MALAY), MALAY, AS_OF);
    const en = frictionScore(note(text, 'clients/edge.md', ENGLISH), ENGLISH, AS_OF);
    assert.deepEqual(
      ms.signals.map((s) => s.id),
      en.signals.map((s) => s.id),
    );
    const worded = [...ms.signals.map((s) => s.detail), ...ms.signals.flatMap((s) => s.evidence.map((e) => e.text))];
    for (const t of worded) assert.doesNotMatch(t, /\{[^}]*\}/, t);
    const detail = (id: SignalId) => ms.signals.find((s) => s.id === id)?.detail;
    // Three of the entries fall on a weekend (AS_OF is fixed: so are their weekdays).
    assert.equal(detail('afterHours'), `5 kali dihubungi di luar waktu bekerja (1 di luar 09:00–18:00, 3 pada hari tidak bekerja, 1 bertanda #after-hours); terkini ${ago(19)}`);
    assert.match(detail('payment')!, new RegExp(`^2 caj balik atau pertikaian, terkini ${ago(140)}; 1 janji dimungkiri \\(${ago(120)}\\)`));
    assert.equal(detail('silence'), `1 dibalas lewat (sehingga 20 hari)`);
    assert.equal(detail('scopeCreep'), `1 permintaan di luar skop; terkini ${ago(60)}`);
    assert.equal(detail('conduct'), `1 insiden biadab, terkini ${ago(40)}: tiada rujukan semasa penamatan`);
    assert.equal(detail('revisions'), '1 pusingan semakan melebihi 2 yang termasuk (3 pusingan bagi 1 hasil kerja); 1 maklum balas kabur');
    const paymentEvidence = ms.signals.find((s) => s.id === 'payment')!.evidence.map((e) => e.text);
    assert.ok(paymentEvidence.some((t) => t.startsWith('caj balik atau pertikaian: ')), paymentEvidence.join(' | '));
    assert.ok(paymentEvidence.some((t) => t.startsWith('janji dimungkiri: ')), paymentEvidence.join(' | '));
    assert.match(ms.signals.find((s) => s.id === 'silence')!.evidence[0].text, /^dibalas selepas 20 hari \(pada /);

    const tagged = frictionScore(note(clientNote(['client: Untracked'], [`- ${ago(5)} Paid late #late-payment`]), 'clients/u.md', MALAY), MALAY, AS_OF);
    assert.equal(tagged.signals[0].detail, '1 catatan #late-payment (invois tidak direkodkan)');
  });

  it('words the late and overdue invoices in Malay, paid and promised', () => {
    const text = clientNote(
      ['client: Slow Payer', 'currency: EUR', 'invoices:', ...invoiceLines('A-1', ago(120), ago(100)), ...invoiceLines('A-2', ago(90), ago(60)), ...invoiceLines('A-3', ago(60), ago(20)), ...invoiceLines('A-4', ago(30))],
      [`- ${ago(25)} Promised to pay A-4 by ${ago(15)} #promise`],
    );
    const ms = frictionScore(note(text, 'clients/slow.md', MALAY), MALAY, AS_OF).signals.find((s) => s.id === 'payment')!;
    assert.equal(
      ms.detail,
      `janji dimungkiri (berjanji pada ${ago(25)} untuk membayar A-4 sebelum ${ago(15)}; masih belum dibayar); 3 invois dibayar lewat (purata 30 hari: A-1, A-2, A-3); A-4 belum dibayar, lewat 30 hari; EUR 1,000 tertunggak`,
    );
    assert.ok(ms.evidence.some((e) => e.text === `A-1 dibayar ${ago(100)}, 20 hari selepas tarikh akhirnya`), ms.evidence.map((e) => e.text).join(' | '));
    // Lateness that keeps getting worse, in an example note.
    assert.match(signal('tidewater-marine.md', 'payment', 'ms').detail, /; kelewatan makin meningkat \(5 → 20 → 35 hari\)$/);
  });

  it('words every note of the generated corpus without a placeholder left, and differently from English', () => {
    for (let i = 0; i < 200; i++) {
      const text = generateNote(i, 5);
      const ms = summarizeClient(note(text, `clients/g${i}.md`, MALAY), MALAY, AS_OF);
      const en = summarizeClient(note(text, `clients/g${i}.md`, ENGLISH), ENGLISH, AS_OF);
      assert.deepEqual(
        ms.signals.map((s) => [s.id, s.points, s.line]),
        en.signals.map((s) => [s.id, s.points, s.line]),
      );
      ms.signals.forEach((s, k) => {
        assert.doesNotMatch(s.detail, /\{[^}]*\}/, s.detail);
        // Only a count of #urgent reads the same in both.
        if (!/^\d+ #urgent$/.test(en.signals[k].detail)) assert.notEqual(s.detail, en.signals[k].detail);
      });
    }
  });

  it('has every message the scorer words in both languages, each translated', () => {
    const bundle = JSON.parse(readFileSync(join(repoRoot(), 'l10n', 'bundle.l10n.ms.json'), 'utf8')) as Record<string, string>;
    const scorer = scanMessages(repoRoot()).calls.filter((c) => /^src[\\/]core[\\/](score[\\/]|labels\.ts)/.test(c.at));
    assert.ok(scorer.length > 50, `${scorer.length} messages`);
    for (const { message, at } of scorer) {
      assert.ok(Object.hasOwn(bundle, message), `${at}: "${message}" has no Malay`);
      assert.notEqual(bundle[message], message, `${at}: "${message}" is not translated`);
    }
  });
});
