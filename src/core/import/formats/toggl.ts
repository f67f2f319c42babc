/** Toggl Track, detailed report (`Start date`, `Start time`, `Duration` as H:MM:SS). */
import { eachRow, ExportFormat, TimeColumns, timeRow } from './format';

const COLUMNS: TimeColumns = { client: 'Client', date: 'Start date', start: 'Start time', description: 'Description', task: 'Task', project: 'Project', tags: 'Tags' };

export const toggl: ExportFormat = {
  name: 'toggl',
  label: 'Toggl Track detailed report',
  required: ['Client', 'Description', 'Start date', 'Start time', 'Duration'],
  known: ['User', 'Email', 'Client', 'Project', 'Task', 'Description', 'Billable', 'Start date', 'Start time', 'End date', 'End time', 'Duration', 'Tags'],
  dateColumns: ['Start date'],
  read: (rows, context) => eachRow(rows, context, (row) => timeRow(row, context, COLUMNS, row.clockDuration('Duration'))),
};
