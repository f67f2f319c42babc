/**
 * Concentration: each client's share of the income, with the line at which a
 * client becomes a concentration risk (40%, a setting): losing such a client
 * is a decision about the freelancer's income, not just about friction.
 * Shares are the portfolio's (incomeBase, incomeShare): the ranked clients'
 * income in the home currency, other currencies converted at the user's own
 * rates; a client whose currency has no rate has no share.
 */
import { isConverted } from '../money';
import { ClientSummary, IncomeBase, incomeInHome, incomeShare, ratesUsed } from '../rank/portfolio';
import { byName } from './order';

export interface ConcentrationRow {
  file: string;
  name: string;
  paid: number;
  currency?: string;
  /** What it paid in the home currency, when its currency is converted (another currency with a rate). */
  paidHome?: number;
  /** 0–1, or null for a client paid in a currency without a rate. */
  share: number | null;
  /** At or above the threshold. */
  risk: boolean;
}

export interface ConcentrationChart {
  /** Clients with a share, largest first; then the others, largest amount first. */
  rows: ConcentrationRow[];
  /** The currency the shares are counted in ('' when most clients name none); null when nobody paid anything. */
  currency: string | null;
  /** The rates that converted a client's income, by currency (sorted by currency). */
  rates: { currency: string; rate: number }[];
  /** The currencies of ranked clients without a rate (their clients have no share). */
  missing: readonly string[];
  threshold: number;
  /** How many clients are at or above the threshold. */
  atRisk: number;
}

/** `threshold`: the concentration share (settings.concentrationShare). */
export function concentrationChart(ranked: readonly ClientSummary[], income: IncomeBase, threshold: number): ConcentrationChart {
  const rows = ranked.map((c): ConcentrationRow => {
    const share = incomeShare(c, income);
    const row: ConcentrationRow = { file: c.file, name: c.name, paid: c.income.paid12m, currency: c.income.currency, share, risk: share !== null && share >= threshold };
    if (isConverted(c.income.currency, income)) row.paidHome = incomeInHome(c, income);
    return row;
  });
  rows.sort((a, b) => {
    if ((a.share === null) !== (b.share === null)) return a.share === null ? 1 : -1;
    if (a.share !== null && b.share !== null && a.share !== b.share) return b.share - a.share;
    if (a.paid !== b.paid) return b.paid - a.paid;
    return byName(a, b);
  });
  return {
    rows,
    currency: income.total > 0 ? income.currency : null,
    rates: ratesUsed(ranked, income),
    missing: income.missing,
    threshold,
    atRisk: rows.filter((r) => r.risk).length,
  };
}
