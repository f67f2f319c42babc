/**
 * Income as the report reads it: what a client paid in the last 12 months
 * and its share of what all ranked clients paid, in the currency most of them
 * use (note-format.md, "Flags, trend and income").
 *
 * The judgment issue computes income for the whole product; until its core
 * API is merged, `incomeOf` knows nothing and the report says so instead of
 * computing income a second way. It is the one function to re-point.
 */
import { ClientSummary } from '../rank/portfolio';

export interface ClientIncome {
  paid12m: number;
  currency?: string;
  /** 0–1, or null for a client in another currency than most, or when nobody paid anything. */
  share: number | null;
}

/** A client at this share of the income or more is a concentration risk (until the setting exists). */
export const CONCENTRATION_THRESHOLD = 0.4;

export function incomeOf(_summary: ClientSummary): ClientIncome | undefined {
  return undefined;
}
