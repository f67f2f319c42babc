import assert from 'node:assert/strict';
import { readTable } from '../../src/core/import/csvTable';
import { detectFormat, FORMATS } from '../../src/core/import/formats';

describe('import: formats and tables', () => {
  it('recognises each format by its header names, in any order and case', () => {
    const headers: Record<string, string> = {
      toggl: 'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()',
      clockify: 'Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,End Date,End Time,Duration (h),Duration (decimal),Billable Rate (USD),Billable Amount (USD)',
      'harvest-time': 'Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,Billable?,Invoiced?,Approved?,First Name,Last Name,Roles,Employee?,Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,External Reference URL',
      'harvest-invoices': 'Issue Date,Last Payment Date,ID,PO Number,Client,Subject,Invoice Amount,Paid Amount,Balance,Subtotal,Discount,Tax,Tax2,Currency,Currency Symbol,Document Type',
      'freshbooks-invoices': 'Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Item Name,Item Description,Rate,Quantity,Discount Percentage,Line Subtotal,Tax 1 Type,Tax 1 Amount,Tax 2 Type,Tax 2 Amount,Line Total,Currency',
    };
    for (const format of FORMATS) {
      const header = headers[format.name].split(',');
      assert.equal(detectFormat(header)?.name, format.name);
      assert.equal(detectFormat([...header].reverse().map((h) => ` ${h.toUpperCase()} `))?.name, format.name, `${format.name}, shuffled`);
    }
    assert.equal(detectFormat(['Date', 'Customer', 'Minutes']), undefined);
  });

  it('reads a table with quoted line breaks and numbers its rows by file line', () => {
    const { table, defects } = readTable('\ufeffa,b\r\n1,"x\r\ny"\r\n\r\n3,4\r\n', ',');
    assert.deepEqual(defects, []);
    assert.deepEqual(table.header, ['a', 'b']);
    assert.deepEqual(table.rows, [
      { line: 2, cells: ['1', 'x\r\ny'] },
      { line: 5, cells: ['3', '4'] },
    ]);
  });

  it('refuses rows that do not line up with the header, but not trailing empty cells', () => {
    const { table, defects, defectCount } = readTable('a,b\n1,2,\n1\n1,2,3\n', ',');
    assert.deepEqual(table.rows, [{ line: 2, cells: ['1', '2'] }]);
    assert.equal(defectCount, 2);
    assert.deepEqual(defects.map((d) => d.line), [3, 4]);
  });
});
