import assert from 'node:assert/strict';
import { incomeBase } from '../../src/core/rank/portfolio';
import { concentrationChart } from '../../src/core/report/concentration';
import { paretoChart } from '../../src/core/report/pareto';
import { S, summary } from './reportHelpers';

describe('report: income and concentration', () => {
  it('income with two currencies: shares count the currency most clients use; the other client has none', () => {
    const ranked = [
      summary('Usd Big', 70, { currency: 'USD', income: { paid12m: 50000, currency: 'USD' } }),
      summary('Eur A', 50, { income: { paid12m: 3000, currency: 'EUR' } }),
      summary('Eur B', 20, { income: { paid12m: 1000, currency: 'eur' } }),
      summary('Eur C', 10, { income: { paid12m: 6000, currency: 'EUR' } }),
    ];
    const base = incomeBase(ranked);
    assert.deepEqual(base, { currency: 'EUR', total: 10000, rates: {}, unnamedIsHome: false, missing: ['USD'] });
    const chart = paretoChart(ranked, base);
    assert.deepEqual(chart.bars.map((b) => b.incomeShare), [null, 0.3, 0.1, 0.6]);
    // 70 + 50 = 120 of 150 = 80%: the vital few are the USD client and Eur A, who bring 30% of the EUR income.
    assert.equal(chart.vitalFew, 2);
    assert.equal(chart.shareOfIncome, 0.3);
    const conc = concentrationChart(ranked, base, S.concentrationShare);
    assert.equal(conc.currency, 'EUR');
    assert.deepEqual(conc.rows.map((r) => [r.name, r.share, r.risk]), [
      ['Eur C', 0.6, true],
      ['Eur A', 0.3, false],
      ['Eur B', 0.1, false],
      ['Usd Big', null, false],
    ]);
    assert.equal(conc.atRisk, 1);
    assert.deepEqual(conc.missing, ['USD'], 'the currency without a rate is named');
  });

  it('nobody paid anything: no shares and no main currency', () => {
    const ranked = [summary('A', 10), summary('B', 5)];
    const conc = concentrationChart(ranked, incomeBase(ranked), 0.4);
    assert.equal(conc.currency, null);
    assert.ok(conc.rows.every((r) => r.share === null && !r.risk));
    assert.equal(paretoChart(ranked, incomeBase(ranked)).shareOfIncome, null);
  });
});
