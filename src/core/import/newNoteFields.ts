/**
 * What an import knows of a client no note has yet, for the new note it
 * makes: the currency its amounts are in and its hourly rate (the export's
 * rate, or its amounts over its hours), so the new note is not a thin one.
 */
import { nameKey } from './cells';
import { ImportRecord } from './records';

export interface NewNoteFields {
  currency?: string;
  rate?: number;
}

export function newNoteFields(records: readonly ImportRecord[], client: string): NewNoteFields {
  const key = nameKey(client);
  const currencies = new Map<string, number>();
  const rates: number[] = [];
  let amount = 0;
  let minutes = 0;
  for (const r of records) {
    if (nameKey(r.client) !== key) continue;
    const currency = r.kind === 'invoice' ? r.currency : r.money?.currency;
    if (currency) currencies.set(currency, (currencies.get(currency) ?? 0) + 1);
    if (r.kind !== 'time' || !r.money) continue;
    if (r.money.rate !== undefined && r.money.rate > 0) rates.push(r.money.rate);
    if (r.money.amount !== undefined && r.money.amount > 0 && r.minutes > 0) {
      amount += r.money.amount;
      minutes += r.minutes;
    }
  }
  const currency = [...currencies].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  rates.sort((a, b) => a - b);
  const median = rates.length ? rates[rates.length >> 1] : undefined;
  const fromAmounts = minutes > 0 ? Math.round((amount / (minutes / 60)) * 100) / 100 : undefined;
  const rate = median ?? fromAmounts;
  return { ...(currency ? { currency } : {}), ...(rate !== undefined && Number.isFinite(rate) && rate > 0 ? { rate } : {}) };
}
