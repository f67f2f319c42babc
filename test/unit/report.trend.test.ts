import assert from 'node:assert/strict';
import { formatIsoDay } from '../../src/core/dates';
import { clientFacts } from '../../src/core/report/facts';
import { textSparkline } from '../../src/core/report/markdown';
import { trendChart } from '../../src/core/report/trend';
import { AS_OF, clientNote, day, note, readExample } from './helpers';
import { fromNote, noFacts, S, summary } from './reportHelpers';

describe('report: trend', () => {
  it('has 26 weekly points up to the as-of date; a note that starts mid-window has none before it', () => {
    const text = clientNote(
      ['client: Late Starter', 'since: 2026-10-01', 'rate: 50', 'currency: EUR'],
      ['- 2026-10-03 Saturday email #after-hours', '- 2026-11-07 Saturday call #after-hours #urgent', '- 2026-11-20 21:00 late call #urgent'],
    );
    const facts = clientFacts(note(text), S, AS_OF);
    assert.equal(facts.weekly.length, 26);
    assert.equal(facts.start, day('2026-10-01'));
    const chart = trendChart([{ summary: summary('Late Starter', 0), facts }], AS_OF);
    assert.equal(chart.days.length, 26);
    assert.equal(formatIsoDay(chart.days[25]), '2026-11-27');
    assert.equal(chart.days[25] - chart.days[0], 25 * 7);
    // Weekly points before 2026-10-01 are missing, not zero; from the start on, each is the score as of that day.
    chart.days.forEach((d, i) => {
      if (d < day('2026-10-01')) assert.equal(facts.weekly[i], null, formatIsoDay(d));
      else assert.equal(typeof facts.weekly[i], 'number', formatIsoDay(d));
    });
    const first = chart.days.findIndex((d) => d >= day('2026-10-01'));
    assert.equal(formatIsoDay(chart.days[first]), '2026-10-02');
    assert.equal(facts.weekly[first], 0, 'nothing had happened yet on 2026-10-02');
    assert.ok(facts.weekly[25]! > facts.weekly[first + 1]!, 'the score grows with the later entries');
    assert.equal(textSparkline(facts.weekly).slice(0, first), '\u2007'.repeat(first));
  });

  it('the weekly points are the score as of each day: the last one is the summary score', () => {
    const c = fromNote(readExample('northwind-studio.md'), 'clients/northwind-studio.md');
    assert.equal(c.facts.weekly[25], c.summary.score);
    assert.ok(c.facts.weekly.every((s) => s !== null));
  });

  it('lists the worst risers first, then by score and name', () => {
    const s = (name: string, score: number, delta: number) => ({ summary: summary(name, score, { trend: { days: 30, scoreThen: score - delta, delta } }), facts: noFacts });
    const chart = trendChart([s('Flat', 80, 0), s('Riser', 40, 20), s('Faller', 10, -15), s('Small', 50, 5), s('Also small', 60, 5)], AS_OF);
    assert.deepEqual(chart.series.map((x) => x.name), ['Riser', 'Also small', 'Small', 'Flat', 'Faller']);
    assert.deepEqual(chart.series.map((x) => x.scoreThen), [20, 55, 45, 80, 25]);
  });
});
