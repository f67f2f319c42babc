/** The score over time: the note as of a day, the 30-day trend, a weekly series. */
import assert from 'node:assert/strict';
import { noteAsOf } from '../../src/core/noteAsOf';
import { frictionScore } from '../../src/core/score/friction';
import { describeTrend, frictionSeries, TREND_DAYS, trendArrow, trendDirection, trendOf, weeklyDays } from '../../src/core/score/trend';
import { generateNote } from '../bench/generateNotes';
import { ago, AS_OF, day, invoiceLines, note, readClient, settings } from './helpers';

describe('trend', () => {
  it('is the score as of 30 days earlier from the same note, and the change since', () => {
    const fm = ['client: T', 'invoices:', ...invoiceLines('T-1', '2026-10-01', '2026-11-20')];
    const log = [`- ${ago(60)} #revision`, `- ${ago(10)} Shouted #rude`, `- ${ago(5)} 23:30 call`];
    const n = readClient(fm, log);
    const s = settings();
    const now = frictionScore(n, s, AS_OF).score;
    const t = trendOf(n, s, AS_OF);
    assert.equal(t.days, TREND_DAYS);
    // 30 days earlier the payment (2026-11-20) and the two recent entries had not happened: T-1 was overdue.
    const then = frictionScore(readClient(['client: T', 'invoices:', ...invoiceLines('T-1', '2026-10-01')], [`- ${ago(60)} #revision`]), s, AS_OF - 30).score;
    assert.deepEqual(t, { days: 30, scoreThen: then, delta: now - then });
    assert.equal(trendDirection(t), t.delta >= 5 ? 'up' : t.delta <= -5 ? 'down' : undefined);
  });

  it('is zero then for a note with nothing before the window', () => {
    const n = readClient(['client: New', 'invoices:', ...invoiceLines('N-1', ago(10), undefined, 500, ago(20))], [`- ${ago(12)} First call`, `- ${ago(3)} #rude`]);
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
    assert.deepEqual([t(18), t(-6), t(4), t(0)].map((x) => describeTrend(x)), ['up 18 in 30 days', 'down 6 in 30 days', 'steady over 30 days (+4)', 'steady over 30 days']);
  });

  it('reads the note as of a day: later entries, promises and invoices left out, later payments unpaid', () => {
    const n = readClient(['client: A', 'invoices:', ...invoiceLines('A-1', '2026-10-01', '2026-11-20'), ...invoiceLines('A-2', '2026-12-01', undefined, 100, '2026-11-10')], [
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
