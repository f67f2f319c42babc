/**
 * The note as it stood at the end of a day: log entries, promises and
 * invoices dated after it are left out, and payments made after it are not
 * paid yet. The scorer reads every note through it, so "the score as of a
 * day" (the trend, a weekly chart) is the same function as today's score.
 *
 * Cheap by design: nothing is re-read, the lists are filtered only when
 * something falls after the day (usually nothing does, and the note itself
 * comes back), and only the invoices paid after the day are copied.
 */
import { CalendarDay } from './dates';
import { LogEntry } from './read/logEntry';
import { ClientNote, Invoice } from './read/note';
import { PaymentPromise } from './read/promise';

export function noteAsOf(note: ClientNote, day: CalendarDay): ClientNote {
  const log = logAsOf(note.log, day);
  const promises = promisesAsOf(note.promises, day);
  const invoices = invoicesAsOf(note.invoices, day);
  if (log === note.log && promises === note.promises && invoices === note.invoices) return note;
  return { ...note, log, promises, invoices };
}

/** The entries dated up to the day (the list itself when all are). */
export function logAsOf(log: LogEntry[], day: CalendarDay): LogEntry[] {
  return keepWhere(log, (e) => e.date <= day);
}

/** The promises made up to the day (the list itself when all were). */
export function promisesAsOf(promises: PaymentPromise[], day: CalendarDay): PaymentPromise[] {
  return keepWhere(promises, (p) => p.entry.date <= day);
}

/** Invoices issued by the day (or undated), unpaid when their payment came after it. */
export function invoicesAsOf(invoices: Invoice[], day: CalendarDay): Invoice[] {
  let out: Invoice[] | undefined;
  for (let i = 0; i < invoices.length; i++) {
    const invoice = invoices[i];
    const issuedLater = invoice.issued !== undefined && invoice.issued > day;
    const paidLater = invoice.paid !== undefined && invoice.paid > day;
    if (!out && (issuedLater || paidLater)) out = invoices.slice(0, i);
    if (!out || issuedLater) continue;
    out.push(paidLater ? { ...invoice, paid: undefined } : invoice);
  }
  return out ?? invoices;
}

/**
 * The items that pass `keep`, as a new array only when some do not: notes
 * rarely hold entries dated after the as-of date, so this usually returns
 * `list` itself (read-only here) instead of copying it.
 */
function keepWhere<T>(list: T[], keep: (item: T) => boolean): T[] {
  for (let i = 0; i < list.length; i++) if (!keep(list[i])) return list.filter(keep);
  return list;
}
