/**
 * What the report needs of one note beyond its summary: the weekly scores of
 * the trend, the unpaid invoices of the ageing chart, and what was paid and
 * logged over the last 12 months. One small record per note, computed from
 * the note, the settings and the as-of date, so the webview, the HTML file
 * and the tests read the same numbers; the charts (pareto.ts, trend.ts, …)
 * are pure functions of these records.
 */
import { CalendarDay } from '../dates';
import { isPaidBy } from '../invoices';
import { ClientNote } from '../read/note';
import { ClientSummary } from '../rank/portfolio';
import { frictionScore } from '../score/friction';
import { FrictionSettings } from '../settings';

/** Weekly points of the trend, the last one on the as-of date. */
export const TREND_WEEKS = 26;
/** The change shown beside each sparkline is over this many days. */
export const TREND_DAYS = 30;
/** The window of the effective rate and of income: the last 12 months. */
export const YEAR_DAYS = 365;

export interface UnpaidInvoice {
  id: string;
  amount?: number;
  due?: CalendarDay;
  /** 1-based line of the invoice in the note, to open it at. */
  line: number;
}

export interface ClientFacts {
  /** The day of the first thing the note records (`since`, an entry, an invoice); undefined when it records nothing dated. */
  start?: CalendarDay;
  /** The score at each of the TREND_WEEKS weekly points, oldest first; null before the note starts. */
  weekly: (number | null)[];
  /** The score TREND_DAYS days before the as-of date. */
  scoreThen: number;
  /** Invoices issued by the as-of date and unpaid on it, in note order. */
  unpaid: UnpaidInvoice[];
  /** Amount of the invoices paid in the last YEAR_DAYS days (by `paid` date). */
  paidInYear: number;
  /** Hours logged in the last YEAR_DAYS days. */
  hoursInYear: number;
}

/** A ranked (or former) client as the report sees it: the index's summary and the note's report facts. */
export interface ReportClient {
  summary: ClientSummary;
  facts: ClientFacts;
}

/**
 * The score of the note as it stood on a day. The one place the report asks
 * for a past score: entries, invoices and payments dated after the day do
 * not count then (frictionScore's as-of rule).
 */
export function scoreOn(note: ClientNote, settings: FrictionSettings, day: CalendarDay): number {
  return frictionScore(note, settings, day, { evidence: false }).score;
}

/** The weekly points of the trend, oldest first: as-of minus 25 weeks, …, as-of. */
export function trendDays(asOf: CalendarDay): CalendarDay[] {
  return Array.from({ length: TREND_WEEKS }, (_, i) => asOf - 7 * (TREND_WEEKS - 1 - i));
}

export function clientFacts(note: ClientNote, settings: FrictionSettings, asOf: CalendarDay): ClientFacts {
  const start = startOf(note);
  const weekly = trendDays(asOf).map((day) => (start === undefined || day < start ? null : scoreOn(note, settings, day)));
  const unpaid: UnpaidInvoice[] = [];
  let paidInYear = 0;
  for (const i of note.invoices) {
    if (i.issued !== undefined && i.issued > asOf) continue;
    if (!isPaidBy(i, asOf)) unpaid.push({ id: i.id, amount: i.amount, due: i.due, line: i.line });
    else if (i.paid !== undefined && inYear(i.paid, asOf)) paidInYear += i.amount ?? 0;
  }
  let hoursInYear = 0;
  for (const e of note.log) if (e.hours && inYear(e.date, asOf)) hoursInYear += e.hours;
  return { start, weekly, scoreThen: scoreOn(note, settings, asOf - TREND_DAYS), unpaid, paidInYear, hoursInYear };
}

/** Within the YEAR_DAYS days that end on the as-of date. */
function inYear(day: CalendarDay, asOf: CalendarDay): boolean {
  return day <= asOf && day > asOf - YEAR_DAYS;
}

function startOf(note: ClientNote): CalendarDay | undefined {
  let start = note.since;
  const seen = (day: CalendarDay | undefined) => {
    if (day !== undefined && (start === undefined || day < start)) start = day;
  };
  for (const e of note.log) seen(e.date);
  for (const i of note.invoices) seen(i.issued ?? i.due ?? i.paid);
  return start;
}
