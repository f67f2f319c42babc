/** Harvest, detailed time report: a date and decimal hours per row, no start time and no tags. */
import { eachRow, ExportFormat, TimeColumns, timeRow } from './format';

const COLUMNS: TimeColumns = { client: 'Client', date: 'Date', description: 'Notes', task: 'Task', project: 'Project' };

export const harvestTime: ExportFormat = {
  name: 'harvest-time',
  label: 'Harvest detailed time report',
  required: ['Date', 'Client', 'Hours'],
  known: ['Date', 'Client', 'Project', 'Project Code', 'Task', 'Notes', 'Hours', 'Hours Rounded', 'Billable?', 'Invoiced?', 'Approved?', 'First Name', 'Last Name', 'Roles', 'Department', 'Employee?', 'Currency'],
  dateColumns: ['Date'],
  read: (rows, context) =>
    eachRow(rows, context, (row) => {
      const hours = row.amount('Hours');
      return timeRow(row, context, COLUMNS, hours === undefined ? undefined : hours * 3600);
    }),
};
