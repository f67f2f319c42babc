/**
 * Amounts across currencies: each client is paid in its own currency, and
 * income is counted in the home currency through the user's own exchange
 * rates (settings `homeCurrency`, `exchangeRates`; nothing is fetched). An
 * amount is shown in its own currency with the converted figure beside it,
 * `USD 2,000 ≈ MYR 8,900`; a currency without a rate is never guessed.
 */
import { formatAmount } from './text';

/** The key a currency is counted under: trimmed, upper case; '' for none. */
export function currencyKey(currency: string | undefined): string {
  return (currency ?? '').trim().toUpperCase();
}

/** What converts amounts into the home currency. */
export interface HomeMoney {
  /** The home currency's key ('' when the notes name none). */
  currency: string;
  /** Home-currency units per unit of each other currency that has a rate, by key. */
  rates: Readonly<Record<string, number>>;
  /** Whether an amount in no currency counts as the home currency (it does once the home currency is set). */
  unnamedIsHome?: boolean;
}

/** Home-currency units per unit of `currency`: 1 for the home currency, undefined without a rate. */
export function rateOf(money: HomeMoney, currency: string | undefined): number | undefined {
  const key = currencyKey(currency);
  if (key === money.currency || (key === '' && money.unnamedIsHome)) return 1;
  return Object.hasOwn(money.rates, key) ? money.rates[key] : undefined;
}

/** The amount in the home currency (to the cent), or undefined when its currency has no rate. */
export function toHome(amount: number, currency: string | undefined, money: HomeMoney): number | undefined {
  const rate = rateOf(money, currency);
  return rate === undefined ? undefined : Math.round(amount * rate * 100) / 100;
}

/** Whether an amount in this currency is converted (another currency than the home one, with a rate). */
export function isConverted(currency: string | undefined, money: HomeMoney): boolean {
  return rateOf(money, currency) !== undefined && currencyKey(currency) !== money.currency && currencyKey(currency) !== '';
}

/**
 * `USD 2,000 ≈ MYR 8,900` for an amount in a converted currency, else the
 * amount alone (`EUR 2,400`). Plain text: escape it for where it goes.
 */
export function formatMoney(amount: number, currency: string | undefined, money: HomeMoney | undefined): string {
  const own = formatAmount(amount, currency || undefined);
  if (!money || !isConverted(currency, money)) return own;
  return `${own} ≈ ${formatAmount(toHome(amount, currency, money)!, money.currency || undefined)}`;
}
