import assert from 'node:assert/strict';
import { incomeBase } from '../../src/core/rank/portfolio';
import { paretoChart, paretoSentence } from '../../src/core/report/pareto';
import { summary } from './reportHelpers';

describe('report: Pareto chart', () => {
  it('ties at the 80% cut: the fewest clients, the tie broken by the ranking order (name)', () => {
    const ranked = [summary('Alpha', 40), summary('Bravo', 20), summary('Charlie', 20), summary('Delta', 20)];
    const chart = paretoChart(ranked, incomeBase(ranked));
    assert.equal(chart.vitalFew, 3);
    assert.deepEqual(chart.bars.map((b) => b.vital), [true, true, true, false]);
    assert.deepEqual(chart.bars.map((b) => Math.round(b.cumulative * 100)), [40, 60, 80, 100]);
    assert.equal(chart.shareOfFriction, 0.8);
  });

  it('equal scores everywhere: every client is needed to reach 80% when the slices are too coarse', () => {
    const ranked = ['A', 'B', 'C', 'D'].map((n) => summary(n, 25));
    const chart = paretoChart(ranked, incomeBase(ranked));
    assert.equal(chart.vitalFew, 4);
    assert.equal(chart.sentence, '4 of 4 clients carry 100% of the friction.');
    for (const b of chart.bars) assert.equal(b.frictionShare, 0.25);
  });

  it('one client carries everything and brings all the income', () => {
    const ranked = [summary('Solo', 42, { income: { paid12m: 1000, currency: 'EUR' } })];
    const chart = paretoChart(ranked, incomeBase(ranked));
    assert.equal(chart.vitalFew, 1);
    assert.equal(chart.bars[0].cumulative, 1);
    assert.equal(chart.bars[0].incomeShare, 1);
    assert.equal(chart.sentence, '1 of 1 client carries 100% of the friction and brings 100% of the income.');
  });

  it('says so when nobody carries friction, or there is nobody', () => {
    const calm = [summary('A', 0), summary('B', 0)];
    assert.equal(paretoChart(calm, incomeBase(calm)).sentence, 'None of the 2 clients carries any friction.');
    assert.equal(paretoChart([], incomeBase([])).sentence, 'No clients yet.');
    assert.equal(paretoSentence(3, 12, 0.81, 0.24), '3 of 12 clients carry 81% of the friction and bring 24% of the income.');
  });
});
