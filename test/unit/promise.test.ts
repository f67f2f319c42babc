/** Promises to pay: read from `#promise` entries, judged against the invoices, weighed in `payment`. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatIsoDay } from '../../src/core/dates';
import { judgePromise } from '../../src/core/invoices';
import { frictionScore } from '../../src/core/score/friction';
import { AS_OF, day, invoiceLines, readClient, scoreClient, settings, signalOf } from './helpers';
import { LineProblem } from '../../src/core/read/logEntry';
import { readPromises } from '../../src/core/read/promise';
import { TAG_BIT } from '../../src/core/tags';

describe('promises to pay', () => {
  const fm = (...invoices: string[][]) => ['client: P', 'currency: EUR', 'invoices:', ...invoices.flat()];

  it('reads the first date as the promised one, and the invoices named', () => {
    const n = readClient(fm(invoiceLines('NW-019', '2026-10-14'), invoiceLines('NW-020', '2026-10-30')), ['- 2026-11-10 Dana: nw-019 will be paid by 2026-11-20, not 2026-11-30 #promise']);
    assert.equal(n.promises.length, 1);
    assert.equal(formatIsoDay(n.promises[0].by), '2026-11-20');
    assert.deepEqual(n.promises[0].invoiceIds, ['NW-019']);
    assert.deepEqual(n.problems, []);
  });

  it('counts a broken promise with the invoice it named, more than the lateness alone', () => {
    const invoices = fm(invoiceLines('NW-019', '2026-10-14', undefined, 3100));
    const promised = scoreClient(invoices, ['- 2026-11-10 Dana: NW-019 is approved, paid by 2026-11-20 #promise']);
    const s = signalOf(promised, 'payment')!;
    assert.match(s.detail, /^promise broken \(promised on 2026-11-10 to pay NW-019 by 2026-11-20; still unpaid\); NW-019 unpaid, 44 days overdue/);
    const e = s.evidence.find((x) => /promised/.test(x.text))!;
    assert.equal(e.text, 'promised on 2026-11-10 to pay NW-019 by 2026-11-20; still unpaid');
    assert.ok(s.points > signalOf(scoreClient(invoices), 'payment')!.points);
  });

  it('weighs a broken promise more than the same invoice merely paid late', () => {
    const late = signalOf(scoreClient(fm(invoiceLines('A-1', '2026-10-01', '2026-11-20'))), 'payment')!;
    const broken = signalOf(scoreClient(fm(invoiceLines('A-1', '2026-10-01', '2026-11-20')), ['- 2026-10-05 Will pay A-1 by 2026-10-10 #promise']), 'payment')!;
    const promiseEvidence = broken.evidence.find((x) => /promised/.test(x.text))!;
    assert.match(promiseEvidence.text, /A-1 paid 2026-11-20$/);
    assert.ok(promiseEvidence.points > late.evidence[0].points, `${promiseEvidence.points} > ${late.evidence[0].points}`);
    assert.ok(broken.points > late.points);
  });

  it('does not let a broken promise fade while what it named is unpaid', () => {
    const invoices = fm(invoiceLines('A-1', '2026-06-01'));
    const at = (asOf: number) => signalOf(scoreClient(invoices, ['- 2026-06-05 Will pay by 2026-06-10 #promise'], settings(), asOf), 'payment')!.evidence.find((e) => /promised/.test(e.text))!.points;
    assert.ok(at(AS_OF + 90) >= at(AS_OF));
  });

  it('keeps a promise paid by the promised date plus grace, and waits until then to judge it', () => {
    const kept = scoreClient(fm(invoiceLines('A-1', '2026-10-01', '2026-10-22')), ['- 2026-10-15 Paid by 2026-10-20 #promise']);
    assert.doesNotMatch(signalOf(kept, 'payment')!.detail, /promise/, 'paid 2 days after the promised date, within 3 grace days');
    const pending = scoreClient(fm(invoiceLines('A-1', '2026-10-01')), ['- 2026-11-20 Paid by 2026-11-25 #promise']);
    assert.doesNotMatch(signalOf(pending, 'payment')!.detail, /promise/, 'not yet past 2026-11-25 + 3 days');
    const broken = scoreClient(fm(invoiceLines('A-1', '2026-10-01')), ['- 2026-11-20 Paid by 2026-11-23 #promise']);
    assert.match(signalOf(broken, 'payment')!.detail, /promise broken/);
  });

  it('judges a promise naming two invoices of which one was paid in time on the other', () => {
    const n = readClient(fm(invoiceLines('A-1', '2026-10-01', '2026-10-18'), invoiceLines('A-2', '2026-10-01')), ['- 2026-10-12 Will pay A-1 and A-2 by 2026-10-20 #promise']);
    const s = settings();
    const j = judgePromise(n.promises[0], n.invoices, s, AS_OF);
    assert.equal(j.state, 'broken');
    assert.deepEqual(j.missed.map((i) => i.id), ['A-2']);
    const e = signalOf(frictionScore(n, s, AS_OF), 'payment')!.evidence.find((x) => /promised/.test(x.text))!;
    assert.equal(e.text, 'promised on 2026-10-12 to pay A-1, A-2 by 2026-10-20; A-2 still unpaid');
  });

  it('promises every invoice unpaid on its date when it names none', () => {
    const n = readClient(fm(invoiceLines('A-1', '2026-09-01', '2026-09-05'), invoiceLines('A-2', '2026-10-01'), invoiceLines('A-3', '2026-10-15', undefined, 500, '2026-11-01')), [
      '- 2026-10-20 "It will be processed this week", by 2026-10-23 #promise',
    ]);
    const j = judgePromise(n.promises[0], n.invoices, settings(), AS_OF);
    assert.deepEqual(j.promised.map((i) => i.id), ['A-2'], 'A-1 was paid, A-3 not issued yet');
    assert.equal(j.state, 'broken');
  });

  it('reports a promise with no date, an impossible date or only unknown invoices on its line, and does not count it', () => {
    const n = readClient(fm(invoiceLines('A-1', '2026-10-01')), [
      '- 2026-11-02 Says it is coming soon #promise',
      '- 2026-11-03 Will pay by 2026-02-30 #promise',
      '- 2026-11-04 Will pay ZZ-99 by 2026-11-10 #promise',
      '- 2026-11-05 Will pay A-1 and ZZ-98 by 2026-11-10 #promise',
    ]);
    const lines = n.problems.map((p) => `${p.line}: ${p.message}`);
    assert.deepEqual(lines, [
      '13: the #promise has no promised date: write it as "by YYYY-MM-DD"; the promise is not counted',
      '14: the #promise date 2026-02-30 does not exist; the promise is not counted',
      '15: the #promise names ZZ-99, which is not an invoice of this note; the promise is not counted',
      '16: the #promise names ZZ-98, which is not an invoice of this note; it is judged on A-1',
    ]);
    assert.deepEqual(n.promises.map((p) => p.entry.line), [16]);
    assert.ok(n.problems.every((p) => p.severity === 'warning'));
  });

  it('counts #broken-promise entries by hand, where invoices are not tracked', () => {
    const s = signalOf(scoreClient(['client: P'], ['- 2026-11-10 Promised payment "this week" five weeks ago #broken-promise']), 'payment')!;
    assert.match(s.detail, /^1 promise broken \(2026-11-10\)$/);
    assert.equal(s.points, Math.round(80 * 0.5 ** (17 / 90)) / 10, 'as heavy as a broken promise found from the invoices');
  });

  it('sets aside the oldest promises naming no invoice beyond the judging budget, with one problem', () => {
    const invoices = Array.from({ length: 2000 }, (_, i) => `  - {id: X-${i}, amount: 1, due: 2026-01-01}`);
    const promises = Array.from({ length: 600 }, (_, k) => `- ${formatIsoDay(day('2025-01-01') + k)} will pay by 2026-02-01 #promise`);
    const n = readClient(['client: H', 'invoices:', ...invoices], promises);
    assert.equal(n.promises.length, 500, '1,000,000 / 2,000 invoices');
    assert.equal(n.promises[0].entry.date, day('2025-01-01') + 100, 'the newest are kept');
    const problems = n.problems.filter((p) => /#promise/.test(p.message));
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^100 #promise entries naming no invoice, this one and older, are not counted: each would be judged against all 2000 invoices/);
    assert.equal(problems[0].line, n.log.find((e) => e.date === day('2025-01-01') + 99)!.line);
    assert.ok(Number.isFinite(frictionScore(n, settings(), AS_OF).score));
  });

  it('stays finite and linear on a hostile promise', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => invoiceLines(`X-${i}`, '2026-10-01')).flat();
    const words = Array.from({ length: 2000 }, (_, i) => `X-${i} Y-${i}`).join(' ');
    const r = scoreClient(['client: H', 'invoices:', ...ids], [`- 2026-11-01 ${words} by 2026-11-05 #promise`]);
    assert.ok(Number.isFinite(r.score));
  });

  it('reads any #promise text without throwing: a promise with a real date, or a problem on its line', () => {
    const word = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('A-1', 'a-1', 'ZZ-9', 'by', '2026-11-20', '2026-02-30', '2026-13-01', '(A-1)', '"A-1",', 'A-1.', '#promise'));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const problems: LineProblem[] = [];
        const entry = { line: 7, date: day('2026-11-01'), text: `${words.join(' ')} #promise`, tags: ['promise' as const], tagBits: TAG_BIT.promise, contact: true };
        const out = readPromises([entry], ['A-1', 'B-2'], problems);
        assert.equal(out.length + problems.filter((p) => /not counted/.test(p.message)).length, 1, 'counted, or said why not');
        for (const p of problems) assert.equal(p.line, 7);
        for (const promise of out) {
          assert.ok(Number.isInteger(promise.by));
          for (const id of promise.invoiceIds) assert.ok(['A-1', 'B-2'].includes(id));
        }
      }),
      { numRuns: 500 },
    );
  });
});
