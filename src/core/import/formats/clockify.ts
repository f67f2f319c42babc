/**
 * Clockify, detailed report. Dates and times follow the user's profile
 * (`MM/DD/YYYY` or `DD/MM/YYYY`, `01:26:00 PM` or `13:26:00`); the decimal
 * duration is preferred to the H:MM:SS one.
 */
import { RowProblem } from '../rows';
import { timeRecord } from '../timeEntry';
import { eachRow, ExportFormat } from './format';

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
      const seconds = hours !== undefined ? hours * 3600 : row.clockDuration('Duration (h)');
      if (seconds === undefined) throw new RowProblem('the duration is empty');
      return timeRecord(
        {
          source: context.source,
          line: row.line,
          client: row.text('Client'),
          date: row.requiredDate('Start Date'),
          start: row.clock('Start Time'),
          seconds,
          description: row.text('Description'),
          task: row.text('Task'),
          project: row.text('Project'),
          tags: row.text('Tags'),
        },
        context.synonyms,
      );
    }),
};
