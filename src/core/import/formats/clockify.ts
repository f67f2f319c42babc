/**
 * Clockify, detailed report. Dates and times follow the user's profile
 * (`MM/DD/YYYY` or `DD/MM/YYYY`, `01:26:00 PM` or `13:26:00`); the decimal
 * duration is preferred to the H:MM:SS one.
 */
import { eachRow, ExportFormat, TimeColumns, timeRow } from './format';

const COLUMNS: TimeColumns = { client: 'Client', date: 'Start Date', start: 'Start Time', description: 'Description', task: 'Task', project: 'Project', tags: 'Tags' };

export const clockify: ExportFormat = {
  name: 'clockify',
  label: 'Clockify detailed report',
  required: ['Client', 'Description', 'Start Date', 'Start Time'],
  oneOf: [['Duration (decimal)', 'Duration (h)']],
  known: ['Project', 'Client', 'Description', 'Task', 'User', 'Group', 'Email', 'Tags', 'Billable', 'Start Date', 'Start Time', 'End Date', 'End Time', 'Duration (h)', 'Duration (decimal)'],
  dateColumns: ['Start Date'],
  read: (rows, context) =>
    eachRow(rows, context, (row) => {
      const hours = row.amount('Duration (decimal)');
      return timeRow(row, context, COLUMNS, hours !== undefined ? hours * 3600 : row.clockDuration('Duration (h)'));
    }),
};
