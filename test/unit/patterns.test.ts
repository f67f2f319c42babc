/**
 * What seasoned freelancers weigh beyond the first six signals (issue 9):
 * silence, promises to pay, chargebacks, escalating lateness, hard flags, the
 * trend and the income beside the score, and the calibration of the weights.
 */
import assert from 'node:assert/strict';
import { formatIsoDay, weekday } from '../../src/core/dates';
import { escalatingLateness, judgePromise, paidInLastYear } from '../../src/core/invoices';
import { noteAsOf } from '../../src/core/noteAsOf';
import { buildPortfolio, incomeShare, scoreHeadline, summarizeClient } from '../../src/core/rank/portfolio';
import { frictionScore, FrictionResult } from '../../src/core/score/friction';
import { describeTrend, frictionSeries, TREND_DAYS, trendArrow, trendDirection, trendOf, weeklyDays } from '../../src/core/score/trend';
import { SignalId } from '../../src/core/settings';
import { generateNote } from '../bench/generateNotes';
import { AS_OF, clientNote, day, note, settings } from './helpers';

function read(frontmatter: string[], log: string[] = [], s = settings()) {
  return note(clientNote(frontmatter, log), 'clients/t.md', s);
}

function score(frontmatter: string[], log: string[] = [], s = settings(), asOf = AS_OF): FrictionResult {
  return frictionScore(read(frontmatter, log, s), s, asOf);
}

function signal(result: FrictionResult, id: SignalId) {
  return result.signals.find((x) => x.id === id);
}

/** `YYYY-MM-DD` of AS_OF (2026-11-27) minus `days`. */
function ago(days: number): string {
  return formatIsoDay(AS_OF - days);
}

const INVOICE = (id: string, due: string, paid?: string, amount = 1000, issued?: string) => [
  `  - id: ${id}`,
  `    amount: ${amount}`,
  ...(issued ? [`    issued: ${issued}`] : []),
  `    due: ${due}`,
  ...(paid ? [`    paid: ${paid}`] : []),
];

describe('new tags', () => {
  it('reads #waiting, #reply (#replied), #promise, #broken-promise and #chargeback (#dispute, #refund-demand)', () => {
    const n = read(['client: T'], [
      '- 2026-11-02 Sent the draft for approval #waiting',
      '- 2026-11-03 They #Replied',
      '- 2026-11-04 Paid by 2026-11-20 #promise',
      '- 2026-11-05 Said again it is coming #broken-promise',
      '- 2026-11-06 Bank reversal #chargeback',
      '- 2026-11-07 Card #dispute',
      '- 2026-11-08 Wants the deposit back #refund-demand',
    ]);
    assert.deepEqual(n.log.map((e) => e.tags), [['waiting'], ['reply'], ['promise'], ['broken-promise'], ['chargeback'], ['chargeback'], ['chargeback']]);
  });
});

describe('silence', () => {
  const fm = ['client: Q'];

  it('counts a #waiting left unanswered past the reply window, growing with the days and never fading', () => {
    const at = (days: number) => signal(score(fm, [`- ${ago(days)} Sent the invoice query #waiting`]), 'silence');
    assert.equal(at(7), undefined, 'within the 7-day window');
    const s = at(21)!;
    assert.match(s.detail, /^1 message unanswered past the 7-day reply window \(longest 21 days, since 2026-11-06\)$/);
    assert.match(s.evidence[0].text, /^no reply for 21 days: 2026-11-06 Sent the invoice query #waiting$/);
    assert.ok(at(40)!.points > s.points, 'grows with the days');
    // An open wait does not fade: 2 + 0.4 per day beyond the window.
    assert.equal(s.points, 7.6);
  });

  it('closes every open #waiting before a #reply; one answered late counts a little and fades', () => {
    const log = [`- ${ago(60)} Question about the brief #waiting`, `- ${ago(55)} Reminder #waiting`, `- ${ago(40)} They answered both #reply`];
    const s = signal(score(fm, log), 'silence')!;
    assert.equal(s.evidence.length, 2);
    assert.match(s.detail, /^2 answered late \(up to 20 days\)$/);
    assert.match(s.evidence[0].text, /^answered after 20 days \(on 2026-10-18\): /);
    assert.ok(s.points < 5, `answered late counts a little: ${s.points}`);
    const later = signal(score(fm, log, settings(), AS_OF + 200), 'silence');
    assert.ok(later === undefined || later.points < s.points / 2, 'and fades');
  });

  it('counts nothing for a #waiting answered on the last day of the window', () => {
    assert.equal(signal(score(fm, [`- ${ago(30)} Sent #waiting`, `- ${ago(23)} Answer #reply`]), 'silence'), undefined);
    assert.ok(signal(score(fm, [`- ${ago(30)} Sent #waiting`, `- ${ago(22)} Answer #reply`]), 'silence'));
  });

  it('lets a #reply before any #waiting close nothing', () => {
    const s = signal(score(fm, [`- ${ago(40)} Answer out of the blue #reply`, `- ${ago(20)} Sent #waiting`]), 'silence')!;
    assert.match(s.detail, /^1 message unanswered .* \(longest 20 days/);
  });

  it('reads an entry that is both a reply and a new question as closing, then opening', () => {
    const s = signal(score(fm, [`- ${ago(40)} Sent #waiting`, `- ${ago(38)} They answered with a question #reply #waiting`]), 'silence')!;
    assert.equal(s.evidence.length, 1);
    assert.match(s.evidence[0].text, /no reply for 38 days/);
  });

  it('follows the reply window of the settings, and counts a reply only from its own date on', () => {
    const log = [`- ${ago(12)} Sent #waiting`];
    assert.ok(signal(score(fm, log), 'silence'));
    assert.equal(signal(score(fm, log, settings({ replyDays: 14 })), 'silence'), undefined);
    // The reply is dated after the as-of date: as of then, the wait is still open.
    const withReply = [...log, `- ${ago(-3)} Answer #reply`];
    assert.match(signal(score(fm, withReply), 'silence')!.detail, /^1 message unanswered/);
    assert.match(signal(score(fm, withReply, settings(), AS_OF + 3), 'silence')!.detail, /^1 answered late \(up to 15 days\)$/);
  });
});

describe('promises to pay', () => {
  const fm = (...invoices: string[][]) => ['client: P', 'currency: EUR', 'invoices:', ...invoices.flat()];

  it('reads the first date as the promised one, and the invoices named', () => {
    const n = read(fm(INVOICE('NW-019', '2026-10-14'), INVOICE('NW-020', '2026-10-30')), ['- 2026-11-10 Dana: nw-019 will be paid by 2026-11-20, not 2026-11-30 #promise']);
    assert.equal(n.promises.length, 1);
    assert.equal(formatIsoDay(n.promises[0].by), '2026-11-20');
    assert.deepEqual(n.promises[0].invoiceIds, ['NW-019']);
    assert.deepEqual(n.problems, []);
  });

  it('counts a broken promise with the invoice it named, more than the lateness alone', () => {
    const invoices = fm(INVOICE('NW-019', '2026-10-14', undefined, 3100));
    const promised = score(invoices, ['- 2026-11-10 Dana: NW-019 is approved, paid by 2026-11-20 #promise']);
    const s = signal(promised, 'payment')!;
    assert.match(s.detail, /^promise broken \(promised on 2026-11-10 to pay NW-019 by 2026-11-20; still unpaid\); NW-019 unpaid, 44 days overdue/);
    const e = s.evidence.find((x) => /promised/.test(x.text))!;
    assert.equal(e.text, 'promised on 2026-11-10 to pay NW-019 by 2026-11-20; still unpaid');
    assert.ok(s.points > signal(score(invoices), 'payment')!.points);
  });

  it('weighs a broken promise more than the same invoice merely paid late', () => {
    const late = signal(score(fm(INVOICE('A-1', '2026-10-01', '2026-11-20'))), 'payment')!;
    const broken = signal(score(fm(INVOICE('A-1', '2026-10-01', '2026-11-20')), ['- 2026-10-05 Will pay A-1 by 2026-10-10 #promise']), 'payment')!;
    const promiseEvidence = broken.evidence.find((x) => /promised/.test(x.text))!;
    assert.match(promiseEvidence.text, /A-1 paid 2026-11-20$/);
    assert.ok(promiseEvidence.points > late.evidence[0].points, `${promiseEvidence.points} > ${late.evidence[0].points}`);
    assert.ok(broken.points > late.points);
  });

  it('does not let a broken promise fade while what it named is unpaid', () => {
    const invoices = fm(INVOICE('A-1', '2026-06-01'));
    const at = (asOf: number) => signal(score(invoices, ['- 2026-06-05 Will pay by 2026-06-10 #promise'], settings(), asOf), 'payment')!.evidence.find((e) => /promised/.test(e.text))!.points;
    assert.ok(at(AS_OF + 90) >= at(AS_OF));
  });

  it('keeps a promise paid by the promised date plus grace, and waits until then to judge it', () => {
    const kept = score(fm(INVOICE('A-1', '2026-10-01', '2026-10-22')), ['- 2026-10-15 Paid by 2026-10-20 #promise']);
    assert.doesNotMatch(signal(kept, 'payment')!.detail, /promise/, 'paid 2 days after the promised date, within 3 grace days');
    const pending = score(fm(INVOICE('A-1', '2026-10-01')), ['- 2026-11-20 Paid by 2026-11-25 #promise']);
    assert.doesNotMatch(signal(pending, 'payment')!.detail, /promise/, 'not yet past 2026-11-25 + 3 days');
    const broken = score(fm(INVOICE('A-1', '2026-10-01')), ['- 2026-11-20 Paid by 2026-11-23 #promise']);
    assert.match(signal(broken, 'payment')!.detail, /promise broken/);
  });

  it('judges a promise naming two invoices of which one was paid in time on the other', () => {
    const n = read(fm(INVOICE('A-1', '2026-10-01', '2026-10-18'), INVOICE('A-2', '2026-10-01')), ['- 2026-10-12 Will pay A-1 and A-2 by 2026-10-20 #promise']);
    const s = settings();
    const j = judgePromise(n.promises[0], n.invoices, s, AS_OF);
    assert.equal(j.state, 'broken');
    assert.deepEqual(j.missed.map((i) => i.id), ['A-2']);
    const e = signal(frictionScore(n, s, AS_OF), 'payment')!.evidence.find((x) => /promised/.test(x.text))!;
    assert.equal(e.text, 'promised on 2026-10-12 to pay A-1, A-2 by 2026-10-20; A-2 still unpaid');
  });

  it('promises every invoice unpaid on its date when it names none', () => {
    const n = read(fm(INVOICE('A-1', '2026-09-01', '2026-09-05'), INVOICE('A-2', '2026-10-01'), INVOICE('A-3', '2026-10-15', undefined, 500, '2026-11-01')), [
      '- 2026-10-20 "It will be processed this week", by 2026-10-23 #promise',
    ]);
    const j = judgePromise(n.promises[0], n.invoices, settings(), AS_OF);
    assert.deepEqual(j.promised.map((i) => i.id), ['A-2'], 'A-1 was paid, A-3 not issued yet');
    assert.equal(j.state, 'broken');
  });

  it('reports a promise with no date, an impossible date or only unknown invoices on its line, and does not count it', () => {
    const n = read(fm(INVOICE('A-1', '2026-10-01')), [
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
    const s = signal(score(['client: P'], ['- 2026-11-10 Promised payment "this week" five weeks ago #broken-promise']), 'payment')!;
    assert.match(s.detail, /^1 promise broken \(2026-11-10\)$/);
    assert.equal(s.points, Math.round(80 * 0.5 ** (17 / 90)) / 10, 'as heavy as a broken promise found from the invoices');
  });

  it('sets aside the oldest promises naming no invoice beyond the judging budget, with one problem', () => {
    const invoices = Array.from({ length: 2000 }, (_, i) => `  - {id: X-${i}, amount: 1, due: 2026-01-01}`);
    const promises = Array.from({ length: 600 }, (_, k) => `- ${formatIsoDay(day('2025-01-01') + k)} will pay by 2026-02-01 #promise`);
    const n = read(['client: H', 'invoices:', ...invoices], promises);
    assert.equal(n.promises.length, 500, '1,000,000 / 2,000 invoices');
    assert.equal(n.promises[0].entry.date, day('2025-01-01') + 100, 'the newest are kept');
    const problems = n.problems.filter((p) => /#promise/.test(p.message));
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^100 #promise entries naming no invoice, this one and older, are not counted: each would be judged against all 2000 invoices/);
    assert.equal(problems[0].line, n.log.find((e) => e.date === day('2025-01-01') + 99)!.line);
    assert.ok(Number.isFinite(frictionScore(n, settings(), AS_OF).score));
  });

  it('stays finite and linear on a hostile promise', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => INVOICE(`X-${i}`, '2026-10-01')).flat();
    const words = Array.from({ length: 2000 }, (_, i) => `X-${i} Y-${i}`).join(' ');
    const r = score(['client: H', 'invoices:', ...ids], [`- 2026-11-01 ${words} by 2026-11-05 #promise`]);
    assert.ok(Number.isFinite(r.score));
  });
});

describe('chargebacks and disputes', () => {
  it('weigh about as much as disrespect, in payment, and flag the client', () => {
    const r = score(['client: C'], ['- 2026-11-10 Reversed the card payment for the approved site #chargeback']);
    const s = signal(r, 'payment')!;
    assert.match(s.detail, /^chargeback or dispute on 2026-11-10$/);
    const rude = score(['client: C'], ['- 2026-11-10 Shouted #rude']);
    assert.equal(s.points, signal(rude, 'conduct')!.points);
    assert.deepEqual(r.flags.map((f) => f.id), ['chargeback']);
    assert.equal(r.band, 'strained');
  });
});

describe('escalating lateness', () => {
  const fm = (...invoices: string[][]) => ['client: E', 'invoices:', ...invoices.flat()];

  it('finds the last three invoices each later than the one before, the newest beyond grace', () => {
    const r = score(fm(INVOICE('E-1', '2026-07-01', '2026-07-06'), INVOICE('E-2', '2026-08-01', '2026-08-21'), INVOICE('E-3', '2026-09-01', '2026-10-06')));
    const s = signal(r, 'payment')!;
    assert.match(s.detail, /lateness escalating \(5 → 20 → 35 days\)/);
    assert.ok(s.evidence.some((e) => e.text === 'lateness escalating (5 → 20 → 35 days): E-1, E-2, E-3'));
  });

  it('weighs more than steady lateness of the same average', () => {
    const escalating = score(fm(INVOICE('E-1', '2026-07-01', '2026-07-21'), INVOICE('E-2', '2026-08-01', '2026-08-21'), INVOICE('E-3', '2026-09-01', '2026-09-21')));
    const steady = score(fm(INVOICE('E-1', '2026-07-01', '2026-07-06'), INVOICE('E-2', '2026-08-01', '2026-08-21'), INVOICE('E-3', '2026-09-01', '2026-10-06')));
    assert.doesNotMatch(signal(escalating, 'payment')!.detail, /escalating/, '20 → 20 → 20 is steady');
    assert.ok(signal(steady, 'payment')!.points > signal(escalating, 'payment')!.points);
  });

  it('counts an unpaid newest invoice with its days overdue so far', () => {
    const n = read(fm(INVOICE('E-1', '2026-08-01', '2026-08-06'), INVOICE('E-2', '2026-09-01', '2026-09-21'), INVOICE('E-3', formatIsoDay(AS_OF - 35))));
    const run = escalatingLateness(n.invoices, settings(), AS_OF)!;
    assert.deepEqual(run.map((l) => [l.invoice.id, l.days, l.unpaid]), [['E-1', 5, false], ['E-2', 20, false], ['E-3', 35, true]]);
    assert.equal(escalatingLateness(n.invoices, settings(), AS_OF - 20), undefined, 'as of 15 days overdue, not yet later than 20');
  });

  it('needs the newest beyond grace, strictly rising lateness, and three invoices due', () => {
    const s = settings();
    const of = (...invoices: string[][]) => escalatingLateness(read(fm(...invoices)).invoices, s, AS_OF);
    assert.equal(of(INVOICE('A', '2026-07-01', '2026-07-01'), INVOICE('B', '2026-08-01', '2026-08-02'), INVOICE('C', '2026-09-01', '2026-09-04')), undefined, '0 → 1 → 3: within grace');
    assert.equal(of(INVOICE('A', '2026-07-01', '2026-06-20'), INVOICE('B', '2026-08-01', '2026-07-30'), INVOICE('C', '2026-09-01', '2026-09-01')), undefined, 'early payments are not lateness');
    assert.equal(of(INVOICE('A', '2026-08-01', '2026-08-21'), INVOICE('B', '2026-09-01', '2026-10-06')), undefined, 'two invoices');
    assert.ok(of(INVOICE('Z', '2026-06-01', '2026-07-30'), INVOICE('A', '2026-07-01', '2026-07-02'), INVOICE('B', '2026-08-01', '2026-08-21'), INVOICE('C', '2026-09-01', '2026-10-06')), 'only the last three count');
    assert.equal(of(INVOICE('A', '2026-07-01', '2026-07-06'), INVOICE('B', '2026-08-01', '2026-08-21'), INVOICE('C', '2026-12-15')), undefined, 'an invoice not yet due does not count');
  });
});

describe('hard flags', () => {
  it('flag #disrespect/#rude and #chargeback of the last 180 days, by name, the latest entry of each', () => {
    const r = score(['client: F'], [`- ${ago(100)} #rude`, `- ${ago(20)} Insulting email #disrespect`, `- ${ago(10)} #dispute`]);
    assert.deepEqual(r.flags.map((f) => [f.id, formatIsoDay(f.day)]), [['disrespect', ago(20)], ['chargeback', ago(10)]]);
  });

  it('expire on day 181', () => {
    assert.deepEqual(score(['client: F'], [`- ${ago(180)} #rude`]).flags.map((f) => f.id), ['disrespect']);
    assert.deepEqual(score(['client: F'], [`- ${ago(181)} #rude`]).flags, []);
    assert.deepEqual(score(['client: F'], [`- ${ago(100)} #rude`], settings({ flagDays: 90 })).flags, []);
  });

  it('keep a flagged client at strained or above', () => {
    const r = score(['client: F'], [`- ${ago(170)} One abusive message #rude`]);
    assert.ok(r.rawPoints < 10, `faded: ${r.rawPoints}`);
    assert.equal(r.score, 35);
    assert.equal(r.band, 'strained');
    assert.equal(score(['client: F'], [`- ${ago(170)} #rude`], settings({ bandThresholds: { watch: 20, strained: 50, fire: 70 } })).score, 50);
  });
});

describe('trend', () => {
  it('is the score as of 30 days earlier from the same note, and the change since', () => {
    const fm = ['client: T', 'invoices:', ...INVOICE('T-1', '2026-10-01', '2026-11-20')];
    const log = [`- ${ago(60)} #revision`, `- ${ago(10)} Shouted #rude`, `- ${ago(5)} 23:30 call`];
    const n = read(fm, log);
    const s = settings();
    const now = frictionScore(n, s, AS_OF).score;
    const t = trendOf(n, s, AS_OF);
    assert.equal(t.days, TREND_DAYS);
    // 30 days earlier the payment (2026-11-20) and the two recent entries had not happened: T-1 was overdue.
    const then = frictionScore(read(['client: T', 'invoices:', ...INVOICE('T-1', '2026-10-01')], [`- ${ago(60)} #revision`]), s, AS_OF - 30).score;
    assert.deepEqual(t, { days: 30, scoreThen: then, delta: now - then });
    assert.equal(trendDirection(t), t.delta >= 5 ? 'up' : t.delta <= -5 ? 'down' : undefined);
  });

  it('is zero then for a note with nothing before the window', () => {
    const n = read(['client: New', 'invoices:', ...INVOICE('N-1', ago(10), undefined, 500, ago(20))], [`- ${ago(12)} First call`, `- ${ago(3)} #rude`]);
    const t = trendOf(n, settings(), AS_OF);
    assert.equal(t.scoreThen, 0);
    assert.equal(t.delta, frictionScore(n, settings(), AS_OF).score);
    assert.equal(trendDirection(t), 'up');
  });

  it('shows an arrow from a change of 5 points, and says it in words', () => {
    const t = (delta: number) => ({ days: 30, scoreThen: 10, delta });
    assert.equal(trendDirection(t(4)), undefined);
    assert.equal(trendDirection(t(5)), 'up');
    assert.equal(trendDirection(t(-5)), 'down');
    assert.deepEqual([t(18), t(-6), t(4), t(-2), t(0)].map(trendArrow), ['↑18', '↓6', '', '', '']);
    assert.deepEqual([t(18), t(-6), t(4), t(0)].map(describeTrend), ['up 18 in 30 days', 'down 6 in 30 days', 'steady over 30 days (+4)', 'steady over 30 days']);
  });

  it('reads the note as of a day: later entries, promises and invoices left out, later payments unpaid', () => {
    const n = read(['client: A', 'invoices:', ...INVOICE('A-1', '2026-10-01', '2026-11-20'), ...INVOICE('A-2', '2026-12-01', undefined, 100, '2026-11-10')], [
      '- 2026-10-05 Will pay A-1 by 2026-10-10 #promise',
      '- 2026-11-15 Later entry',
    ]);
    const then = noteAsOf(n, day('2026-11-01'));
    assert.deepEqual(then.invoices.map((i) => [i.id, i.paid]), [['A-1', undefined]]);
    assert.equal(then.log.length, 1);
    assert.equal(then.promises.length, 1);
    assert.equal(noteAsOf(n, day('2026-10-01')).promises.length, 0);
    assert.equal(noteAsOf(n, AS_OF), n, 'nothing after the day: the note itself');
    assert.equal(n.invoices[0].paid, day('2026-11-20'), 'the note is not changed');
  });

  it('gives a series of 26 weekly points that ends with today\'s score', () => {
    const s = settings();
    const n = note(generateNote(7), 'clients/g.md', s);
    const days = weeklyDays(AS_OF);
    assert.equal(days.length, 26);
    assert.equal(days[25], AS_OF);
    assert.equal(days[24], AS_OF - 7);
    const series = frictionSeries(n, s, days);
    assert.deepEqual(series[25].score, frictionScore(n, s, AS_OF).score);
    assert.deepEqual(series[21].score, frictionScore(n, s, AS_OF - 28).score);
    for (const p of series) assert.ok(Number.isFinite(p.score) && p.score >= 0 && p.score <= 100);
  });
});

describe('income', () => {
  const paid = (id: string, on: string, amount: number) => INVOICE(id, on, on, amount);

  it('is what was paid in the 365 days up to the as-of date, by paid date', () => {
    const n = read(['client: I', 'invoices:', ...paid('A', ago(400), 1000), ...paid('B', ago(365), 200), ...paid('C', ago(364), 300), ...paid('D', ago(0), 50), ...INVOICE('E', ago(10), undefined, 999)]);
    assert.equal(paidInLastYear(n.invoices, AS_OF), 350);
    assert.equal(paidInLastYear([], AS_OF), 0);
  });

  it('gives a share among ranked clients in the main currency; another currency has none', () => {
    const s = settings();
    const summary = (name: string, currency: string, amount: number, status = 'active') =>
      summarizeClient(read([`client: ${name}`, `status: ${status}`, `currency: ${currency}`, 'invoices:', ...paid(`${name}-1`, ago(30), amount)]), s, AS_OF);
    const p = buildPortfolio([summary('A', 'EUR', 600), summary('B', 'eur', 300), summary('C', 'EUR', 100), summary('D', 'MYR', 5000), summary('Old', 'EUR', 9000, 'former')]);
    assert.deepEqual(p.income, { currency: 'EUR', total: 1000 });
    const share = (name: string) => incomeShare([...p.clients, ...p.former].find((c) => c.name === name)!, p.income);
    assert.equal(share('A'), 0.6);
    assert.equal(share('B'), 0.3);
    assert.equal(share('D'), null, 'another currency');
  });

  it('has no shares when nobody paid anything', () => {
    const s = settings();
    const p = buildPortfolio([summarizeClient(read(['client: A', 'currency: EUR'], ['- 2026-11-20 #rude']), s, AS_OF)]);
    assert.equal(incomeShare(p.clients[0], p.income), null);
    assert.equal(p.pareto.shareOfIncome, null);
  });

  it('never lowers friction', () => {
    const log = ['- 2026-11-20 #rude', '- 2026-11-21 23:00 call'];
    assert.equal(score(['client: A', 'invoices:', ...paid('A-1', ago(5), 100000)], log).score, score(['client: A'], log).score);
  });

  it('gives the Pareto set\'s share of the income', () => {
    const s = settings();
    const a = summarizeClient(read(['client: A', 'currency: EUR', 'invoices:', ...paid('A-1', ago(30), 300)], ['- 2026-11-20 #rude', '- 2026-11-21 #rude']), s, AS_OF);
    const b = summarizeClient(read(['client: B', 'currency: EUR', 'invoices:', ...paid('B-1', ago(30), 700)], ['- 2026-11-21 #scope-creep']), s, AS_OF);
    const p = buildPortfolio([a, b]);
    assert.equal(p.pareto.clients, 1);
    assert.equal(p.pareto.shareOfIncome, 0.3);
  });
});

describe('the headline every surface shows', () => {
  it('is "score [arrow] [· ⚑ flags] · band"', () => {
    const s = settings();
    const flagged = summarizeClient(read(['client: F'], [`- ${ago(10)} #rude`, `- ${ago(5)} #chargeback`]), s, AS_OF);
    assert.equal(scoreHeadline(flagged), `${flagged.score} ↑${flagged.trend.delta} · ⚑ disrespect, chargeback · ${flagged.band}`);
    assert.equal(scoreHeadline(flagged, '<b>x</b>').startsWith('<b>x</b> ↑'), true);
    const calm = summarizeClient(read(['client: C']), s, AS_OF);
    assert.equal(scoreHeadline(calm), '0 · calm');
  });
});

describe('calibration (issue 9)', () => {
  it('takes nine revision rounds on one deliverable with two included, in five weeks, with weekend demands, to fire', () => {
    const log: string[] = [];
    for (let k = 0; k < 9; k++) {
      const d = AS_OF - 35 + Math.round((k * 35) / 8);
      log.push(`- ${formatIsoDay(d)} Feedback round ${k + 1}: another direction #revision`);
    }
    // Weekend demands: three of the rounds came with a Saturday or Sunday message.
    const weekends = [AS_OF - 33, AS_OF - 19, AS_OF - 5].map((d) => d - ((weekday(d) + 1) % 7));
    for (const d of weekends) log.push(`- ${formatIsoDay(d)} Weekend message: "need the new version Monday"`);
    const r = score(['client: R', 'revisions_included: 2'], log);
    assert.equal(r.signals[0].id, 'revisions');
    assert.equal(r.band, 'fire', `score ${r.score}`);
  });

  it('takes one abusive message alone, or one chargeback alone, to strained at least', () => {
    for (const tag of ['#rude', '#disrespect', '#chargeback', '#refund-demand']) {
      const r = score(['client: One'], [`- ${ago(40)} One message ${tag}`]);
      assert.ok(r.score >= 35, `${tag}: ${r.score}`);
    }
  });

  it('finds a client who pays on time and has gone quiet for three weeks worth a look, not on fire', () => {
    const fm = ['client: Quiet', 'rate: 80', 'invoices:', ...INVOICE('Q-1', '2026-09-30', '2026-09-28'), ...INVOICE('Q-2', '2026-10-31', '2026-10-30')];
    const r = score(fm, [`- ${ago(40)} 4h Work`, `- ${ago(21)} Sent the new pages for approval #waiting`, `- ${ago(14)} Reminder about the pages #waiting`]);
    assert.equal(r.signals[0].id, 'silence');
    assert.equal(r.band, 'watch', `score ${r.score}`);
  });

  it('keeps a single late payment as noise', () => {
    assert.equal(score(['client: L', 'invoices:', ...INVOICE('L-1', ago(40), ago(30))]).band, 'calm');
  });

  it('keeps every number finite on generated notes, with the new tags', () => {
    const s = settings();
    for (let i = 0; i < 200; i++) {
      const text = generateNote(i).replace(/#praise/g, '#waiting').replace(/#after-hours/g, '#reply').replace(/#late-payment/g, '#chargeback');
      const r = frictionScore(note(text, `clients/g${i}.md`, s), s, AS_OF);
      assert.ok(Number.isFinite(r.score) && Number.isFinite(r.rawPoints));
      for (const x of r.signals) assert.ok(Number.isFinite(x.points));
    }
  });
});
