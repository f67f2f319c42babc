/**
 * Concentration: each client's share of the income, with the line at which a
 * client becomes a concentration risk (40%, a setting): losing such a client
 * is a decision about the freelancer's income, not just about friction.
 * Shares are the portfolio's (incomeBase, incomeShare): the main currency's
 * income of the ranked clients; nothing is converted.
 */
import { ClientSummary, IncomeBase, incomeShare } from '../rank/portfolio';
import { byName } from './order';

export interface ConcentrationRow {
  file: string;
  name: string;
  paid: number;
  currency?: string;
  /** 0–1, or null for a client paid in another currency (nothing is converted). */
  share: number | null;
  /** At or above the threshold. */
  risk: boolean;
}

export interface ConcentrationChart {
  /** Clients with a share, largest first; then the others, largest amount first. */
  rows: ConcentrationRow[];
  /** The currency the shares are counted in ('' when most clients name none); null when nobody paid anything. */
  currency: string | null;
  threshold: number;
  /** How many clients are at or above the threshold. */
  atRisk: number;
}

/** `threshold`: the concentration share (settings.concentrationShare). */
export function concentrationChart(ranked: readonly ClientSummary[], income: IncomeBase, threshold: number): ConcentrationChart {
  const rows = ranked.map((c): ConcentrationRow => {
    const share = incomeShare(c, income);
    return { file: c.file, name: c.name, paid: c.income.paid12m, currency: c.income.currency, share, risk: share !== null && share >= threshold };
  });
  rows.sort((a, b) => {
    if ((a.share === null) !== (b.share === null)) return a.share === null ? 1 : -1;
    if (a.share !== null && b.share !== null && a.share !== b.share) return b.share - a.share;
    if (a.paid !== b.paid) return b.paid - a.paid;
    return byName(a, b);
  });
  return { rows, currency: income.total > 0 ? income.currency : null, threshold, atRisk: rows.filter((r) => r.risk).length };
}
