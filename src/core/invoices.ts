/**
 * Questions about a note's invoices as of a date: paid or not, overdue and by
 * how many days. The scorer, the offboarding checklist and the scripts ask
 * them the same way.
 */
import { CalendarDay } from './dates';
import { Invoice } from './read/note';
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
  const out: OverdueInvoice[] = [];
  for (const invoice of invoices) {
    if (invoice.due === undefined || isPaidBy(invoice, asOf)) continue;
    if (invoice.issued !== undefined && invoice.issued > asOf) continue;
    const days = asOf - invoice.due;
    if (days > settings.graceDays) out.push({ invoice, daysOverdue: days });
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || a.invoice.line - b.invoice.line);
}

/** Unpaid invoices as of the date (overdue or not). */
export function unpaidInvoices(invoices: readonly Invoice[], asOf: CalendarDay): Invoice[] {
  return invoices.filter((i) => !isPaidBy(i, asOf) && (i.issued === undefined || i.issued <= asOf));
}
