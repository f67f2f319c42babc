/**
 * Harvest, invoice report: one row per invoice. It has no due date (the
 * import says so and leaves `due:` to the user); an invoice is paid when its
 * balance is zero, on its last payment date.
 */
import { InvoiceRecord } from '../records';
import { RowProblem } from '../rows';
import { readCurrency } from '../cells';
import { eachRow, ExportFormat } from './format';

export const harvestInvoices: ExportFormat = {
  name: 'harvest-invoices',
  label: 'Harvest invoice report',
  required: ['Issue Date', 'ID', 'Client', 'Invoice Amount', 'Balance'],
  known: ['Issue Date', 'Last Payment Date', 'ID', 'PO Number', 'Client', 'Subject', 'Invoice Amount', 'Paid Amount', 'Balance', 'Subtotal', 'Discount', 'Tax', 'Tax2', 'Currency', 'Currency Symbol', 'Document Type'],
  dateColumns: ['Issue Date', 'Last Payment Date'],
  noDueDates: true,
  read: (rows, context) =>
    eachRow(rows, context, (row): InvoiceRecord => {
      const id = row.text('ID');
      const l10n = context.l10n;
      if (!id) throw new RowProblem(l10n.t('{0} is empty', 'ID'));
      const type = row.text('Document Type');
      if (/credit/i.test(type)) throw new RowProblem(l10n.t('{id} is a {type}, not an invoice', { id, type: type.toLowerCase() }));
      const amount = row.amount('Invoice Amount');
      if (amount !== undefined && amount < 0) throw new RowProblem(l10n.t('invoice {0} has a negative amount', id));
      const balance = row.amount('Balance');
      const lastPayment = row.date('Last Payment Date');
      let paid: number | undefined;
      if (balance === 0 && amount !== undefined && amount > 0) {
        if (lastPayment === undefined) context.problem(row.line, l10n.t('invoice {0} is paid in full but has no Last Payment Date; paid: was left for you to fill in', id));
        paid = lastPayment;
      }
      return {
        kind: 'invoice',
        source: context.source,
        line: row.line,
        client: row.text('Client'),
        id,
        amount,
        currency: readCurrency(row.text('Currency')),
        issued: row.date('Issue Date'),
        paid,
      };
    }),
};
