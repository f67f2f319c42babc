/**
 * Invoice ageing: unpaid invoices past their due date in buckets of days
 * overdue (0–30, 31–60, 61–90, 90+) per currency, and each invoice with its
 * next payment reminder — friendly from the first day overdue, firm after 14
 * days, final after 30 (settings) — so the reminder can be sent from the row.
 *
 * Days overdue count from the due date (the as-of date minus the due date),
 * without the grace days the score allows: ageing is what an accountant
 * would see.
 */
import { CalendarDay } from '../dates';
import { ScriptId } from '../offboard/templates';
import { HomeMoney, isConverted, toHome } from '../money';
import { FrictionSettings } from '../settings';
import { ReportClient } from './facts';
import { REMINDER_TONES, ReminderTone } from './messages';

export type { ReminderTone } from './messages';

/** The payment reminder script of each tone. */
export const REMINDER_SCRIPTS: Readonly<Record<ReminderTone, ScriptId>> = Object.freeze({
  friendly: 'paymentFriendly',
  firm: 'paymentFirm',
  final: 'paymentFinal',
});

export interface AgeingBucket {
  label: string;
  /** Days overdue, inclusive; `to` is Infinity for the last bucket. */
  from: number;
  to: number;
}

export const AGEING_BUCKETS: readonly AgeingBucket[] = Object.freeze([
  { label: '0–30 days', from: 1, to: 30 },
  { label: '31–60 days', from: 31, to: 60 },
  { label: '61–90 days', from: 61, to: 90 },
  { label: '90+ days', from: 91, to: Infinity },
]);

export interface NextReminder {
  day: CalendarDay;
  tone: ReminderTone;
}

export interface AgeingInvoice {
  file: string;
  client: string;
  id: string;
  amount?: number;
  currency: string;
  due: CalendarDay;
  daysOverdue: number;
  /** Index in AGEING_BUCKETS. */
  bucket: number;
  next: NextReminder;
  /** Line of the invoice in the note. */
  line: number;
}

export interface CurrencyAgeing {
  /** The currency as the notes write it; '' for notes without one. */
  currency: string;
  /** Per bucket: invoices and the sum of their known amounts. */
  buckets: { count: number; total: number }[];
  count: number;
  total: number;
  /** The total in the home currency, when this currency is converted (another currency with a rate). */
  inHome?: number;
}

export interface AgeingChart {
  /** One row per currency, the largest total overdue first. */
  currencies: CurrencyAgeing[];
  /** Overdue invoices, most overdue first. */
  invoices: AgeingInvoice[];
  /** Unpaid invoices not yet overdue, per currency. */
  notYetDue: { currency: string; count: number; total: number }[];
  /** Unpaid invoices without a due date (they cannot age). */
  undated: number;
  /** Everything overdue in the home currency, when several currencies are overdue and each has a rate. */
  homeTotal?: { currency: string; total: number };
}

export function bucketOf(daysOverdue: number): number {
  const i = AGEING_BUCKETS.findIndex((b) => daysOverdue >= b.from && daysOverdue <= b.to);
  return i < 0 ? 0 : i;
}

/**
 * The next reminder on a schedule of one reminder per tone, each on the day
 * the invoice reaches its days overdue: the first whose day is today or
 * later; past the final day, the final reminder again, today.
 */
export function nextReminder(due: CalendarDay, asOf: CalendarDay, settings: FrictionSettings): NextReminder {
  for (const tone of REMINDER_TONES) {
    const day = due + settings.reminderDays[tone];
    if (day >= asOf) return { day, tone };
  }
  return { day: asOf, tone: 'final' };
}

/** `money`: the home currency and the user's rates (the portfolio's income base), to give converted totals. */
export function ageingChart(clients: readonly ReportClient[], settings: FrictionSettings, asOf: CalendarDay, money?: HomeMoney): AgeingChart {
  const invoices: AgeingInvoice[] = [];
  const notYetDue = new Map<string, { currency: string; count: number; total: number }>();
  let undated = 0;
  for (const { summary: c, facts } of clients) {
    const currency = c.currency ?? '';
    for (const i of facts.unpaid) {
      if (i.due === undefined) {
        undated++;
        continue;
      }
      const daysOverdue = asOf - i.due;
      if (daysOverdue < 1) {
        const row = notYetDue.get(currency) ?? { currency, count: 0, total: 0 };
        row.count++;
        row.total += i.amount ?? 0;
        notYetDue.set(currency, row);
        continue;
      }
      invoices.push({
        file: c.file,
        client: c.name,
        id: i.id,
        amount: i.amount,
        currency,
        due: i.due,
        daysOverdue,
        bucket: bucketOf(daysOverdue),
        next: nextReminder(i.due, asOf, settings),
        line: i.line,
      });
    }
  }
  invoices.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));

  const byCurrency = new Map<string, CurrencyAgeing>();
  for (const i of invoices) {
    let row = byCurrency.get(i.currency);
    if (!row) byCurrency.set(i.currency, (row = { currency: i.currency, buckets: AGEING_BUCKETS.map(() => ({ count: 0, total: 0 })), count: 0, total: 0 }));
    const amount = i.amount ?? 0;
    row.buckets[i.bucket].count++;
    row.buckets[i.bucket].total += amount;
    row.count++;
    row.total += amount;
  }
  const currencies = [...byCurrency.values()].sort((a, b) => b.total - a.total || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  const pending = [...notYetDue.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  const chart: AgeingChart = { currencies, invoices, notYetDue: pending, undated };
  if (money) {
    for (const row of currencies) if (isConverted(row.currency, money)) row.inHome = toHome(row.total, row.currency, money);
    const inHome = currencies.map((row) => toHome(row.total, row.currency, money));
    if (currencies.length > 1 && inHome.every((x) => x !== undefined)) {
      chart.homeTotal = { currency: money.currency, total: Math.round(inHome.reduce((a, b) => a! + b!, 0)! * 100) / 100 };
    }
  }
  return chart;
}
