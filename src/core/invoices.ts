/**
 * Questions about a note's invoices as of a date: paid or not, overdue and by
 * how many days. The scorer, the offboarding checklist and the scripts ask
 * them the same way.
 */
import { CalendarDay } from './dates';
import { Invoice } from './read/note';
import { PaymentPromise } from './read/promise';
import { FrictionSettings } from './settings';

/** Paid on or before the date (or marked paid without a date). */
export function isPaidBy(invoice: Invoice, asOf: CalendarDay): boolean {
  return invoice.paidUndated === true || (invoice.paid !== undefined && invoice.paid <= asOf);
}

export interface OverdueInvoice {
  invoice: Invoice;
  daysOverdue: number;
}

/** Unpaid invoices past their due date plus grace, as of the date, most overdue first. */
export function overdueInvoices(invoices: readonly Invoice[], settings: FrictionSettings, asOf: CalendarDay): OverdueInvoice[] {
  const unpaidFor = (i: Invoice) => (isPaidBy(i, asOf) || (i.issued !== undefined && i.issued > asOf) ? undefined : asOf - i.due!);
  return pastGrace(invoices, settings, unpaidFor)
    .map(({ invoice, days }) => ({ invoice, daysOverdue: days }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.invoice.line - b.invoice.line);
}

/** Unpaid invoices as of the date (overdue or not). */
export function unpaidInvoices(invoices: readonly Invoice[], asOf: CalendarDay): Invoice[] {
  return invoices.filter((i) => !isPaidBy(i, asOf) && (i.issued === undefined || i.issued <= asOf));
}

/**
 * The earliest due date of the invoices unpaid as of the date (issued by
 * then); undefined when none is. What the reminders look at first: a note
 * whose earliest unpaid invoice is not overdue has no reminder due.
 */
export function earliestUnpaidDue(invoices: readonly Invoice[], asOf: CalendarDay): CalendarDay | undefined {
  let first: CalendarDay | undefined;
  for (const i of invoices) {
    if (i.due === undefined || isPaidBy(i, asOf) || (i.issued !== undefined && i.issued > asOf)) continue;
    if (first === undefined || i.due < first) first = i.due;
  }
  return first;
}

export interface LatePayment {
  invoice: Invoice;
  /** Days after the due date it was paid. */
  days: number;
}

/** Invoices paid by the date, later than their due date plus grace, in note order. */
export function latePayments(invoices: readonly Invoice[], settings: FrictionSettings, asOf: CalendarDay): LatePayment[] {
  return pastGrace(invoices, settings, (i) => (i.paid !== undefined && i.paid <= asOf ? i.paid - i.due! : undefined));
}

/** The invoices with a due date whose days late (undefined: not counted) pass the grace days, in note order. */
function pastGrace(invoices: readonly Invoice[], settings: FrictionSettings, daysLate: (invoice: Invoice) => number | undefined): LatePayment[] {
  const out: LatePayment[] = [];
  for (const invoice of invoices) {
    if (invoice.due === undefined) continue;
    const days = daysLate(invoice);
    if (days !== undefined && days > settings.graceDays) out.push({ invoice, days });
  }
  return out;
}

export interface Lateness {
  invoice: Invoice;
  /** Days late (0 when paid on time or early); for an unpaid invoice, the days overdue so far. */
  days: number;
  unpaid: boolean;
}

/** Invoices in a pattern of lateness: the last this many, each later than the one before. */
export const ESCALATION_RUN = 3;

/**
 * Lateness that keeps getting worse: the last three invoices due by the date
 * (by due date), each later than the one before and the newest beyond grace;
 * an unpaid invoice counts with its days overdue so far, once past its grace
 * days. Undefined when the pattern is not there.
 */
export function escalatingLateness(invoices: readonly Invoice[], settings: FrictionSettings, asOf: CalendarDay): Lateness[] | undefined {
  // An unpaid invoice still within its grace days is not late yet, nor on
  // time yet: it has no place in the pattern until one or the other is known.
  const due = invoices.filter(
    (i) => i.due !== undefined && i.due <= asOf && (i.issued === undefined || i.issued <= asOf) && (isPaidBy(i, asOf) || asOf - i.due > settings.graceDays),
  );
  if (due.length < ESCALATION_RUN) return undefined;
  due.sort((a, b) => a.due! - b.due! || a.line - b.line);
  const run = due.slice(-ESCALATION_RUN).map((invoice): Lateness => {
    const unpaid = !isPaidBy(invoice, asOf);
    const settled = unpaid ? asOf : (invoice.paid ?? invoice.due!);
    return { invoice, days: Math.max(0, settled - invoice.due!), unpaid };
  });
  for (let i = 1; i < run.length; i++) if (run[i].days <= run[i - 1].days) return undefined;
  return run[run.length - 1].days > settings.graceDays ? run : undefined;
}

export interface PromiseJudgement {
  /** `pending` until the promised day plus grace has passed. */
  state: 'kept' | 'broken' | 'pending';
  /** The promised day plus grace: paid by then is kept. */
  deadline: CalendarDay;
  /** What was promised. */
  promised: Invoice[];
  /** What was not paid by the deadline (broken promises only). */
  missed: Invoice[];
}

/**
 * A promise to pay, as of a date: kept when what it named was paid on or
 * before the promised day plus grace, broken when that day has passed with
 * any of it unpaid. Naming no invoice promises every invoice unpaid on the
 * day it was made.
 */
export function judgePromise(
  promise: PaymentPromise,
  invoices: readonly Invoice[],
  settings: FrictionSettings,
  asOf: CalendarDay,
  byId: ReadonlyMap<string, readonly Invoice[]> = invoicesById(invoices),
): PromiseJudgement {
  const deadline = promise.by + settings.graceDays;
  const promised =
    promise.invoiceIds.length > 0 ? promise.invoiceIds.flatMap((id) => byId.get(id) ?? []) : unpaidInvoices(invoices, promise.entry.date);
  const missed = promised.filter((i) => !isPaidBy(i, Math.min(deadline, asOf)));
  if (missed.length === 0) return { state: 'kept', deadline, promised, missed };
  return asOf > deadline ? { state: 'broken', deadline, promised, missed } : { state: 'pending', deadline, promised, missed: [] };
}

/** Income counts the payments of this many days up to the as-of date. */
export const INCOME_DAYS = 365;

/** What was paid in the INCOME_DAYS days up to the date (by `paid` date; undated payments are not counted). */
export function paidInLastYear(invoices: readonly Invoice[], asOf: CalendarDay): number {
  let sum = 0;
  for (const i of invoices) {
    if (i.paid !== undefined && i.paid <= asOf && i.paid > asOf - INCOME_DAYS && i.amount !== undefined) sum += i.amount;
  }
  return Math.round(sum * 100) / 100;
}

/** Invoices by id (an id listed twice keeps both), to judge many promises without a scan each. */
export function invoicesById(invoices: readonly Invoice[]): Map<string, Invoice[]> {
  const out = new Map<string, Invoice[]>();
  for (const i of invoices) {
    const same = out.get(i.id);
    if (same) same.push(i);
    else out.set(i.id, [i]);
  }
  return out;
}
