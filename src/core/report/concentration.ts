/**
 * Concentration: each client's share of the income, with the line at which a
 * client becomes a concentration risk (40%, a setting): losing such a client
 * is a decision about the freelancer's income, not just about friction.
 */
import { ClientIncome } from './income';
import { byName } from './order';

export interface ConcentrationInput {
  file: string;
  name: string;
  income: ClientIncome;
}

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
  /** The currency the shares are counted in, when anyone was paid. */
  currency?: string;
  threshold: number;
  /** How many clients are at or above the threshold. */
  atRisk: number;
}

export function concentrationChart(clients: readonly ConcentrationInput[], threshold: number): ConcentrationChart {
  const rows = clients.map(({ file, name, income }): ConcentrationRow => ({
    file,
    name,
    paid: income.paid12m,
    currency: income.currency,
    share: income.share,
    risk: income.share !== null && income.share >= threshold,
  }));
  rows.sort((a, b) => {
    if ((a.share === null) !== (b.share === null)) return a.share === null ? 1 : -1;
    if (a.share !== null && b.share !== null && a.share !== b.share) return b.share - a.share;
    if (a.paid !== b.paid) return b.paid - a.paid;
    return byName(a, b);
  });
  const currency = rows.find((r) => r.share !== null)?.currency;
  return { rows, currency, threshold, atRisk: rows.filter((r) => r.risk).length };
}
