/**
 * What the report needs of one note beyond its summary: the weekly scores of
 * the trend, the unpaid invoices of the ageing chart, and the hours logged
 * over the last 12 months. One small record per note, computed from
 * the note, the settings and the as-of date, so the webview, the HTML file
 * and the tests read the same numbers; the charts (pareto.ts, trend.ts, …)
 * are pure functions of these records.
 */
import { CalendarDay } from '../dates';
import { INCOME_DAYS, isPaidBy } from '../invoices';
import { invoicesAsOf } from '../noteAsOf';
import { awaitsInvoice, billedThroughOf } from '../score/invoicedWork';
import { ClientNote } from '../read/note';
import { ClientSummary } from '../rank/portfolio';
import { frictionSeries, weeklyDays } from '../score/trend';
import { FrictionSettings } from '../settings';

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
  /** The score at each weekly point of `weeklyDays(asOf)`, oldest first; null before the note starts. */
  weekly: (number | null)[];
  /** Invoices issued by the as-of date and unpaid on it, in note order. */
  unpaid: UnpaidInvoice[];
  /** Hours logged in the INCOME_DAYS days up to the as-of date (income's window, so rate = income ÷ hours). */
  hoursInYear: number;
}

/**
 * A client as the report sees it: the index's summary (score, flags, the
 * 30-day trend, income) and the note's report facts.
 */
export interface ReportClient {
  summary: ClientSummary;
  facts: ClientFacts;
}

export function clientFacts(note: ClientNote, settings: FrictionSettings, asOf: CalendarDay): ClientFacts {
  const start = startOf(note);
  const days = weeklyDays(asOf);
  const first = start === undefined ? -1 : days.findIndex((d) => d >= start);
  const from = first < 0 ? days.length : first;
  const series = frictionSeries(note, settings, days.slice(from));
  const weekly = days.map((_, i) => (i < from ? null : series[i - from].score));
  const unpaid: UnpaidInvoice[] = [];
  for (const i of note.invoices) {
    if (i.issued !== undefined && i.issued > asOf) continue;
    if (!isPaidBy(i, asOf)) unpaid.push({ id: i.id, amount: i.amount, due: i.due, line: i.line });
  }
  // The hours billed (or never to be): those still waiting for their invoice would pull the rate down.
  let hoursInYear = 0;
  const through = billedThroughOf(invoicesAsOf(note.invoices, asOf), asOf);
  for (const e of note.log) if (e.hours && e.date <= asOf && e.date > asOf - INCOME_DAYS && !awaitsInvoice(e.date, through, asOf)) hoursInYear += e.hours;
  return { start, weekly, unpaid, hoursInYear };
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
