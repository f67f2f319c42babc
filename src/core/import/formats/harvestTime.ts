/** Harvest, detailed time report: a date and decimal hours per row, no start time and no tags. */
import { RowProblem } from '../rows';
import { timeRecord } from '../timeEntry';
import { eachRow, ExportFormat } from './format';

export const harvestTime: ExportFormat = {
  name: 'harvest-time',
  label: 'Harvest detailed time report',
  required: ['Date', 'Client', 'Hours'],
  known: ['Date', 'Client', 'Project', 'Project Code', 'Task', 'Notes', 'Hours', 'Hours Rounded', 'Billable?', 'Invoiced?', 'Approved?', 'First Name', 'Last Name', 'Roles', 'Department', 'Employee?', 'Currency'],
  dateColumns: ['Date'],
  read: (rows, context) =>
    eachRow(rows, context, (row) => {
      const hours = row.amount('Hours');
      if (hours === undefined) throw new RowProblem('Hours is empty');
      return timeRecord(
        {
          source: context.source,
          line: row.line,
          client: row.text('Client'),
          date: row.requiredDate('Date'),
          seconds: hours * 3600,
          description: row.text('Notes'),
          task: row.text('Task'),
          project: row.text('Project'),
        },
        context.synonyms,
      );
    }),
};
