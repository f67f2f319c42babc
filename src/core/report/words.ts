/**
 * The report's small words in the report's language, shared by the HTML,
 * the SVG and the markdown: counts, the ageing buckets, the reminder tones,
 * why a client has no effective rate, hours and rates per hour. The chart
 * models keep ids and numbers (`friendly`, `no hours logged`, `0–30 days`);
 * these name them to people.
 */
import { L10n } from '../l10n';
import { roundHours } from '../text';
import { AGEING_BUCKETS } from './ageing';
import { ReminderTone } from './messages';
import { RateRow } from './rate';

/** `1 former`, `2 former`. */
export function formerCount(n: number, l10n: L10n): string {
  return l10n.t('{0} former', n);
}

/** `1 problem`, `3 problems`. */
export function problemCount(n: number, l10n: L10n): string {
  return n === 1 ? l10n.t('{0} problem', n) : l10n.t('{0} problems', n);
}

/** The name of an ageing bucket (an index in AGEING_BUCKETS). */
export function bucketLabel(index: number, l10n: L10n): string {
  switch (index) {
    case 0:
      return l10n.t('0–30 days');
    case 1:
      return l10n.t('31–60 days');
    case 2:
      return l10n.t('61–90 days');
    case 3:
      return l10n.t('90+ days');
    default:
      return AGEING_BUCKETS[index]?.label ?? '';
  }
}

export function toneLabel(tone: ReminderTone, l10n: L10n): string {
  switch (tone) {
    case 'friendly':
      return l10n.t('friendly');
    case 'firm':
      return l10n.t('firm');
    case 'final':
      return l10n.t('final');
  }
}

/** Why a client has no effective rate. */
export function missingLabel(missing: NonNullable<RateRow['missing']>, l10n: L10n): string {
  return missing === 'no hours logged' ? l10n.t('no hours logged') : missing === 'too few hours' ? l10n.t('too few hours logged to tell') : l10n.t('no agreed rate');
}

/** `12.5h`: hours to one decimal. */
export function hoursText(hours: number, l10n: L10n): string {
  return l10n.t('{0}h', roundHours(hours));
}

/** `EUR 84/h`: an amount (already formatted, and escaped for where it goes) per hour. */
export function perHour(amount: string, l10n: L10n): string {
  return l10n.t('{0}/h', amount);
}

/** `no share (USD)`: a client paid in another currency than the shares' (the currency escaped by `escape` for where it goes). */
export function noShare(currency: string | undefined, l10n: L10n, escape: (text: string) => string): string {
  return currency !== undefined ? l10n.t('no share ({0})', escape(currency)) : l10n.t('not counted: the note has no currency');
}

/**
 * `No exchange rate for USD (setting clientFriction.exchangeRates): its
 * clients have no share of the income.` Undefined when every currency has
 * one. The codes come from notes: `escape` makes them safe where they go.
 */
export function missingRatesText(missing: readonly string[], l10n: L10n, escape: (text: string) => string): string | undefined {
  if (missing.length === 0) return undefined;
  const list = missing.map(escape).join(', ');
  return missing.length === 1
    ? l10n.t('No exchange rate for {0} (setting clientFriction.exchangeRates): its clients have no share of the income.', list)
    : l10n.t('No exchange rates for {0} (setting clientFriction.exchangeRates): their clients have no share of the income.', list);
}

/** `Counted in MYR at your rates: 1 USD = 4.45 MYR.` Undefined when nothing was converted. */
export function ratesUsedText(home: string, rates: readonly { currency: string; rate: number }[], l10n: L10n, escape: (text: string) => string): string | undefined {
  if (rates.length === 0 || !home) return undefined;
  const list = rates.map((r) => `1 ${escape(r.currency)} = ${formatRate(r.rate)} ${escape(home)}`).join(', ');
  return l10n.t('Counted in {0} at your exchange rates: {1}.', escape(home), list);
}

/** A rate as the user wrote it, without float noise (`4.45`, `0.0123`). */
function formatRate(rate: number): string {
  return String(Number(rate.toPrecision(6)));
}
