/**
 * Effective rate: what each client paid per hour logged over the last 12
 * months (paid ÷ hours), against the agreed `rate`. Currencies differ between
 * clients, so the chart compares each client's effective rate with its own
 * agreed rate (100% = paid exactly the agreed rate); the table gives the
 * amounts.
 */
import { ReportClient } from './facts';
import { byName } from './order';

export interface RateRow {
  file: string;
  name: string;
  currency?: string;
  /** Paid in the last 12 months. */
  paid: number;
  /** Hours logged in the last 12 months. */
  hours: number;
  /** paid ÷ hours; null without hours logged. */
  effective: number | null;
  agreed: number | null;
  /** effective ÷ agreed; null when either is missing. */
  ratio: number | null;
  /** Why there is no effective rate, when there is none. */
  missing?: 'no hours logged' | 'no agreed rate';
}

export interface RateChart {
  /** Clients with a ratio, lowest first (the most underpaid on top); then the others by name. */
  rows: RateRow[];
}

export function rateChart(clients: readonly ReportClient[]): RateChart {
  const rows = clients.map(({ summary: c, facts: f }): RateRow => {
    const paid = c.income.paid12m;
    const effective = f.hoursInYear > 0 ? paid / f.hoursInYear : null;
    const agreed = c.rate !== undefined && c.rate > 0 ? c.rate : null;
    const ratio = effective !== null && agreed !== null ? effective / agreed : null;
    const row: RateRow = { file: c.file, name: c.name, currency: c.currency, paid, hours: f.hoursInYear, effective, agreed, ratio };
    if (effective === null) row.missing = 'no hours logged';
    else if (agreed === null) row.missing = 'no agreed rate';
    return row;
  });
  rows.sort((a, b) => {
    if (a.ratio !== null && b.ratio !== null && a.ratio !== b.ratio) return a.ratio - b.ratio;
    if ((a.ratio === null) !== (b.ratio === null)) return a.ratio === null ? 1 : -1;
    return byName(a, b);
  });
  return { rows };
}
