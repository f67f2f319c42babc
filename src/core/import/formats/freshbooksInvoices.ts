/**
 * FreshBooks, invoice details: one row per line item, grouped into invoices
 * by `Invoice #`; the amount is the sum of the line totals. Some exports add
 * `Date Due`. A draft was never sent, so it is not imported.
 */
import { CalendarDay } from '../../dates';
import { InvoiceRecord } from '../records';
import { Row, RowProblem } from '../rows';
import { readCurrency } from '../cells';
import { ExportFormat, ReadContext } from './format';

const PAID = new Set(['paid', 'auto-paid', 'autopaid']);

export const freshbooksInvoices: ExportFormat = {
  name: 'freshbooks-invoices',
  label: 'FreshBooks invoice details',
  required: ['Client Name', 'Invoice #', 'Date Issued', 'Line Total'],
  known: ['Client Name', 'Invoice #', 'Date Issued', 'Invoice Status', 'Date Paid', 'Date Due', 'Item Name', 'Item Description', 'Rate', 'Quantity', 'Discount Percentage', 'Line Subtotal', 'Tax 1 Type', 'Tax 1 Amount', 'Tax 2 Type', 'Tax 2 Amount', 'Line Total', 'Currency'],
  dateColumns: ['Date Issued', 'Date Paid', 'Date Due'],
  read: (rows, context) => {
    const groups = new Map<string, Row[]>();
    for (const row of rows) {
      const id = row.text('Invoice #');
      if (!id) {
        context.problem(row.line, 'Invoice # is empty; the row was not imported');
        continue;
      }
      const group = groups.get(id);
      if (group) group.push(row);
      else groups.set(id, [row]);
    }
    const records: InvoiceRecord[] = [];
    for (const [id, group] of groups) {
      try {
        records.push(invoiceOf(id, group, context));
      } catch (err) {
        if (!(err instanceof RowProblem)) throw err;
        context.problem(group[0].line, `invoice ${id}: ${err.message}; it was not imported`);
      }
    }
    return records;
  },
};

function invoiceOf(id: string, rows: Row[], context: ReadContext): InvoiceRecord {
  const first = rows[0];
  const client = first.text('Client Name');
  const status = first.text('Invoice Status').toLowerCase();
  const same = (column: string) => rows.every((r) => r.text(column) === first.text(column));
  for (const column of ['Client Name', 'Date Issued', 'Invoice Status', 'Date Paid', 'Date Due', 'Currency']) {
    if (!same(column)) throw new RowProblem(`its lines disagree on ${column}`);
  }
  if (status === 'draft') throw new RowProblem('it is a draft');
  let amount = 0;
  for (const row of rows) {
    const line = row.amount('Line Total');
    if (line === undefined) throw new RowProblem(`Line Total is empty on line ${row.line}`);
    amount += line;
  }
  amount = Math.round(amount * 100) / 100;
  if (amount < 0) throw new RowProblem('its total is negative');
  let paid: CalendarDay | undefined;
  if (PAID.has(status) || (!first.has('Invoice Status') && first.text('Date Paid'))) {
    paid = first.date('Date Paid');
    if (paid === undefined) context.problem(first.line, `invoice ${id} is marked paid but has no Date Paid; paid: was left for you to fill in`);
  }
  return {
    kind: 'invoice',
    source: context.source,
    line: first.line,
    client,
    id,
    amount,
    currency: readCurrency(first.text('Currency')),
    issued: first.date('Date Issued'),
    due: first.date('Date Due'),
    paid,
  };
}
