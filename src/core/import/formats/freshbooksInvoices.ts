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
        context.problem(row.line, context.l10n.t('{0}; the row was not imported', context.l10n.t('{0} is empty', 'Invoice #')));
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
        context.problem(group[0].line, context.l10n.t('invoice {0}: {1}; it was not imported', id, err.message));
      }
    }
    return records;
  },
};

function invoiceOf(id: string, rows: Row[], context: ReadContext): InvoiceRecord {
  const first = rows[0];
  const l10n = context.l10n;
  const client = first.text('Client Name');
  const status = first.text('Invoice Status').toLowerCase();
  const same = (column: string) => rows.every((r) => r.text(column) === first.text(column));
  for (const column of ['Client Name', 'Date Issued', 'Invoice Status', 'Date Paid', 'Date Due', 'Currency']) {
    if (!same(column)) throw new RowProblem(l10n.t('its lines disagree on {0}', column));
  }
  if (status === 'draft') throw new RowProblem(l10n.t('it is a draft'));
  let amount = 0;
  for (const row of rows) {
    const line = row.amount('Line Total');
    if (line === undefined) throw new RowProblem(l10n.t('{0} is empty on line {1}', 'Line Total', row.line));
    amount += line;
  }
  amount = Math.round(amount * 100) / 100;
  if (amount < 0) throw new RowProblem(l10n.t('its total is negative'));
  let paid: CalendarDay | undefined;
  if (PAID.has(status) || (!first.has('Invoice Status') && first.text('Date Paid'))) {
    paid = first.date('Date Paid');
    if (paid === undefined) context.problem(first.line, l10n.t('invoice {0} is marked paid but has no Date Paid; paid: was left for you to fill in', id));
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
