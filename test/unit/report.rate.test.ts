import assert from 'node:assert/strict';
import { rateChart } from '../../src/core/report/rate';
import { clientNote } from './helpers';
import { fromNote } from './reportHelpers';

describe('report: effective rate', () => {
  it('is paid ÷ hours over the last 12 months against the agreed rate; no hours, or too few, means no rate', () => {
    const worked = fromNote(
      clientNote(
        ['client: Worked', 'rate: 100', 'currency: EUR', 'invoices:', '  - id: W1', '    amount: 2000', '    due: 2026-06-01', '    paid: 2026-06-01', '  - id: OLD', '    amount: 9999', '    due: 2025-01-01', '    paid: 2025-01-01'],
        ['- 2025-02-01 50h old work', '- 2026-05-01 20h recent work', '- 2026-05-02 20h more'],
      ),
      'clients/worked.md',
    );
    const idle = fromNote(clientNote(['client: Idle', 'rate: 80', 'currency: EUR', 'invoices:', '  - id: I1', '    amount: 500', '    due: 2026-06-01', '    paid: 2026-06-01'], ['- 2026-05-01 Call']), 'clients/idle.md');
    const unrated = fromNote(clientNote(['client: Unrated', 'currency: EUR'], ['- 2026-05-01 4h work']), 'clients/unrated.md');
    const chart = rateChart([idle, unrated, worked]);
    assert.deepEqual(
      chart.rows.map((r) => [r.name, r.paid, r.hours, r.effective, r.agreed, r.ratio, r.missing]),
      [
        ['Worked', 2000, 40, 50, 100, 0.5, undefined],
        ['Idle', 500, 0, null, 80, null, 'no hours logged'],
        ['Unrated', 0, 4, null, null, null, 'too few hours'],
      ],
    );
  });

  it('leaves out the hours still waiting for their invoice, and reads no rate from under 10 hours (issue 19)', () => {
    const few = fromNote(
      clientNote(['client: Few', 'rate: 95', 'currency: EUR', 'invoices:', '  - id: F1', '    amount: 4500', '    issued: 2026-11-01', '    due: 2026-11-15', '    paid: 2026-11-10'], ['- 2026-10-20 9.5h Work', '- 2026-11-20 30h This month, not invoiced yet']),
      'clients/few.md',
    );
    const [row] = rateChart([few]).rows;
    assert.deepEqual([row.hours, row.effective, row.missing], [9.5, null, 'too few hours']);
  });
});
