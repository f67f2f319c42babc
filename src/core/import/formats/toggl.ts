/** Toggl Track, detailed report (`Start date`, `Start time`, `Duration` as H:MM:SS). */
import { RowProblem } from '../rows';
import { timeRecord } from '../timeEntry';
import { eachRow, ExportFormat } from './format';

export const toggl: ExportFormat = {
  name: 'toggl',
  label: 'Toggl Track detailed report',
  required: ['Client', 'Description', 'Start date', 'Start time', 'Duration'],
  known: ['User', 'Email', 'Client', 'Project', 'Task', 'Description', 'Billable', 'Start date', 'Start time', 'End date', 'End time', 'Duration', 'Tags'],
  dateColumns: ['Start date'],
  read: (rows, context) =>
    eachRow(rows, context, (row) => {
      const seconds = row.clockDuration('Duration');
      if (seconds === undefined) throw new RowProblem('Duration is empty');
      return timeRecord(
        {
          source: context.source,
          line: row.line,
          client: row.text('Client'),
          date: row.requiredDate('Start date'),
          start: row.clock('Start time'),
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
