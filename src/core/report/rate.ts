/**
 * Effective rate: what each client paid per hour logged over the last 12
 * months (paid ÷ hours), against the agreed `rate`. Currencies differ between
 * clients, so the chart compares each client's effective rate with its own
 * agreed rate (100% = paid exactly the agreed rate); the table gives the
 * amounts. The hours are those billed (not the last weeks' still waiting for
 * their invoice), and fewer than 10 tell no rate.
 */
import { HomeMoney, isConverted, toHome } from '../money';
import { ReportClient } from './facts';
import { byName } from './order';
import { BASE_POINTS } from '../score/points';

export interface RateRow {
  file: string;
  name: string;
  currency?: string;
  /** Paid in the last 12 months. */
  paid: number;
  /** Hours logged in the last 12 months. */
  hours: number;
  /** paid ÷ hours; null from fewer hours than tell a rate (10). */
  effective: number | null;
  /** The effective rate in the home currency, when the client's currency is converted: rates compare across clients. */
  effectiveHome?: number;
  agreed: number | null;
  /** effective ÷ agreed; null when either is missing. */
  ratio: number | null;
  /** Why there is no effective rate, when there is none. */
  missing?: 'no hours logged' | 'too few hours' | 'no agreed rate';
}

export interface RateChart {
  /** Clients with a ratio, lowest first (the most underpaid on top); then the others by name. */
  rows: RateRow[];
}

/** `money`: the home currency and the user's rates (the portfolio's income base), to compare effective rates across currencies. */
export function rateChart(clients: readonly ReportClient[], money?: HomeMoney): RateChart {
  const rows = clients.map(({ summary: c, facts: f }): RateRow => {
    const paid = c.income.paid12m;
    // A rate read from a few hours says nothing ("EUR 474/h, 499%" from 3 hours).
    const effective = f.hoursInYear >= BASE_POINTS.effortMinHours ? paid / f.hoursInYear : null;
    const agreed = c.rate !== undefined && c.rate > 0 ? c.rate : null;
    const ratio = effective !== null && agreed !== null ? effective / agreed : null;
    const row: RateRow = { file: c.file, name: c.name, currency: c.currency, paid, hours: f.hoursInYear, effective, agreed, ratio };
    if (effective !== null && money && isConverted(c.currency, money)) row.effectiveHome = toHome(effective, c.currency, money);
    if (effective === null) row.missing = f.hoursInYear > 0 ? 'too few hours' : 'no hours logged';
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
