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
      if (!id) throw new RowProblem('ID is empty');
      const type = row.text('Document Type');
      if (/credit/i.test(type)) throw new RowProblem(`${id} is a ${type.toLowerCase()}, not an invoice`);
      const amount = row.amount('Invoice Amount');
      if (amount !== undefined && amount < 0) throw new RowProblem(`invoice ${id} has a negative amount`);
      const balance = row.amount('Balance');
      const lastPayment = row.date('Last Payment Date');
      let paid: number | undefined;
      if (balance === 0 && amount !== undefined && amount > 0) {
        if (lastPayment === undefined) context.problem(row.line, `invoice ${id} is paid in full but has no Last Payment Date; paid: was left for you to fill in`);
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
