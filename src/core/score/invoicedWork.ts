/**
 * The work a client has been billed for, and what it paid.
 *
 * - The effective rate (the effort signal, the report) reads the hours logged
 *   against what was paid, leaving out the hours not billed yet: those after
 *   the latest invoice and of the last PENDING_DAYS (a month's work waiting
 *   for its invoice must not pull the rate down). Hours after the latest
 *   invoice that are older than that were never billed (a fixed price that
 *   ran over): they count.
 * - An extra revision round or change request was paid for when tagged
 *   `#billed`, or when the invoice that followed it billed that stretch's
 *   hours at the agreed rate (its amount within BILLED_HOURLY_TOLERANCE of
 *   the hours times the rate) and was paid or is not due yet: it then weighs
 *   a fraction of a free one. A fixed-price milestone rarely matches the hours, so it is not
 *   taken for hourly billing.
 */
import { CalendarDay } from '../dates';
import { isPaidBy } from '../invoices';
import { LogEntry } from '../read/logEntry';
import { Invoice } from '../read/note';
import type { ScoreContext } from './context';
import { BASE_POINTS } from './points';

/** Hours of the last this many days after the latest invoice wait for their invoice. */
export const PENDING_DAYS = 45;
/** An invoice bills a stretch by the hour when its amount is within this share of hours × rate. */
export const BILLED_HOURLY_TOLERANCE = 0.1;

export interface InvoicedWork {
  /** The latest invoice's issue date (its due date when undated), up to the as-of date. */
  billedThrough?: CalendarDay;
  /** Hours counted (all but those waiting for their invoice), and the same faded. */
  hours: number;
  weightedHours: number;
  /** What was paid, and the same faded by the day it was paid. */
  paid: number;
  weightedPaid: number;
  /** The latest counted entry with hours: the evidence's line. */
  lastWork?: LogEntry;
  /** Paid ÷ hours, both faded; undefined from fewer than EFFORT_MIN_HOURS hours, or none weighing anything. */
  effectiveRate?: number;
  /** The stretches of time each paid invoice billed by the hour at the agreed rate: (from, to]. */
  billedHourly: { from: CalendarDay; to: CalendarDay }[];
}

/** The latest invoice's issue date (its due date when undated) up to the as-of date: work through it has been billed. */
export function billedThroughOf(invoices: readonly Invoice[], asOf: CalendarDay): CalendarDay | undefined {
  let through: CalendarDay | undefined;
  for (const i of invoices) {
    const day = i.issued ?? i.due;
    if (day !== undefined && day <= asOf && (through === undefined || day > through)) through = day;
  }
  return through;
}

/** Whether hours logged on `date` are still waiting for their invoice: after the latest one, and of the last PENDING_DAYS. */
export function awaitsInvoice(date: CalendarDay, billedThrough: CalendarDay | undefined, asOf: CalendarDay): boolean {
  return (billedThrough === undefined || date > billedThrough) && date > asOf - PENDING_DAYS;
}

export function invoicedWork(ctx: ScoreContext): InvoicedWork {
  const { asOf, fade, note } = ctx;
  const dated = ctx.invoices
    .map((invoice) => ({ invoice, day: invoice.issued ?? invoice.due }))
    .filter((x): x is { invoice: typeof x.invoice; day: CalendarDay } => x.day !== undefined && x.day <= asOf)
    .sort((a, b) => a.day - b.day);
  const billedThrough = billedThroughOf(ctx.invoices, asOf);
  const work: InvoicedWork = { billedThrough, hours: 0, weightedHours: 0, paid: 0, weightedPaid: 0, billedHourly: [] };
  if (billedThrough === undefined) return work;
  for (const e of ctx.log) {
    if (!e.hours || awaitsInvoice(e.date, billedThrough, asOf)) continue;
    work.hours += e.hours;
    work.weightedHours += e.hours * fade(e.date);
    if (!work.lastWork || e.date >= work.lastWork.date) work.lastWork = e;
  }
  for (const i of ctx.invoices) {
    if (!isPaidBy(i, asOf) || i.amount === undefined) continue;
    work.paid += i.amount;
    // Faded as the work it pays for (done before the invoice), not as the
    // payment that came later: else a recent rate reads high.
    work.weightedPaid += i.amount * fade(i.issued ?? i.due ?? i.paid ?? asOf);
  }
  // Work old enough for its fade to underflow (hours logged in 1900 with a
  // short half-life) weighs nothing: no rate can be read from it (0/0).
  if (work.hours >= BASE_POINTS.effortMinHours && work.weightedHours > 0) work.effectiveRate = work.weightedPaid / work.weightedHours;

  const rate = note.rate;
  if (rate !== undefined && rate > 0) {
    let from = -Infinity;
    for (const { invoice, day } of dated) {
      let hours = 0;
      for (const e of ctx.log) if (e.hours && e.date > from && e.date <= day) hours += e.hours;
      const amount = invoice.amount;
      // Paid, or not due yet: billed either way (once overdue, payment counts it).
      const settled = isPaidBy(invoice, asOf) || (invoice.due !== undefined && asOf <= invoice.due + ctx.settings.graceDays);
      if (hours > 0 && amount !== undefined && settled && Math.abs(amount - hours * rate) <= hours * rate * BILLED_HOURLY_TOLERANCE) {
        work.billedHourly.push({ from, to: day });
      }
      from = day;
    }
  }
  return work;
}

/** Whether an extra round or change on this entry was paid for: tagged `#billed`, or in a stretch a paid invoice billed by the hour. */
export function isBilled(ctx: ScoreContext, e: LogEntry, billedBit: number): boolean {
  if ((e.tagBits & billedBit) !== 0) return true;
  return ctx.invoicedWork().billedHourly.some((s) => e.date > s.from && e.date <= s.to);
}
