import assert from 'node:assert/strict';
import { nameKey, oneLine, readClock, readClockDuration, readCurrency, readNumber } from '../../src/core/import/cells';
import { findDateOrder, readDate } from '../../src/core/import/dateOrder';
import { detectFormat, FORMATS } from '../../src/core/import/formats';
import { readTable } from '../../src/core/import/csvTable';
import { entryLine, formatDuration, knownTags, lineKey } from '../../src/core/import/timeEntry';
import { ClientMatcher } from '../../src/core/import/clientMatch';
import { day } from './helpers';

describe('import: reading cells', () => {
  it('reads numbers with a decimal point or a decimal comma, as the file writes them', () => {
    const point: [string, number | undefined][] = [
      ['1234.5', 1234.5],
      ['1,234.50', 1234.5],
      ['$1,234.50', 1234.5],
      ['-$12.00', -12],
      ['EUR 900', 900],
      ['0.75', 0.75],
      ['1,5', 1.5],
      ['1,500', 1500],
      ['12abc', undefined],
      ['1.2.3', undefined],
      ['', undefined],
    ];
    for (const [text, n] of point) assert.equal(readNumber(text, '.'), n, text);
    const comma: [string, number | undefined][] = [
      ['1,25', 1.25],
      ['1.234,50', 1234.5],
      ['1.500', 1500],
      ['1.5', 1.5],
      ['87,50 €', 87.5],
      ['1 234,5', 1234.5],
    ];
    for (const [text, n] of comma) assert.equal(readNumber(text, ','), n, text);
  });

  it('reads times of day in 24-hour and 12-hour forms', () => {
    assert.equal(readClock('13:26:00'), 13 * 60 + 26);
    assert.equal(readClock('01:26:00 PM'), 13 * 60 + 26);
    assert.equal(readClock('12:05 am'), 5);
    assert.equal(readClock('12:05 p.m.'), 12 * 60 + 5);
    assert.equal(readClock('9:05'), 9 * 60 + 5);
    for (const bad of ['24:00', '13:00 PM', '9:60', 'noon', '0:30 AM']) assert.equal(readClock(bad), undefined, bad);
  });

  it('reads H:MM:SS durations, also beyond a day', () => {
    assert.equal(readClockDuration('01:26:00'), 86 * 60);
    assert.equal(readClockDuration('0:45'), 45 * 60);
    assert.equal(readClockDuration('36:00:00'), 36 * 3600);
    assert.equal(readClockDuration('1:75:00'), undefined);
  });

  it('reads currency codes as exports write them', () => {
    assert.equal(readCurrency('Euro - EUR'), 'EUR');
    assert.equal(readCurrency('usd'), 'USD');
    assert.equal(readCurrency('US Dollar (USD)'), 'USD');
    assert.equal(readCurrency('€'), undefined);
    assert.equal(readCurrency(''), undefined);
  });

  it('makes a description one safe line of markdown', () => {
    assert.equal(oneLine('  Information architecture\r\nand a\tfirst  outline '), 'Information architecture and a first outline');
    assert.equal(oneLine('a <!-- hidden --> b <b>c</b> 3 < 4'), 'a &lt;!-- hidden --> b &lt;b>c&lt;/b> 3 < 4');
    assert.equal(oneLine('line\u2028separator\u0000nul'), 'line separator nul');
  });

  it('compares client names ignoring case, accents, spaces and punctuation', () => {
    assert.equal(nameKey('CEDAR & PINE architects'), nameKey('Cedar & Pine Architects'));
    assert.equal(nameKey('Café Olé, Ltd.'), nameKey('cafe ole ltd'));
    assert.notEqual(nameKey('Northwind'), nameKey('Northwind Studio'));
    const m = new ClientMatcher([['Northwind Studio', 'NW Studio'], ['Lotus Tech'], ['Lotus-Tech']]);
    assert.deepEqual(m.match('nw studio'), { kind: 'note', note: 0 });
    assert.deepEqual(m.match('LOTUS TECH'), { kind: 'ambiguous', notes: [1, 2] });
    assert.deepEqual(m.match('Acme'), { kind: 'none' });
    m.choose('Lotus Tech', 2);
    assert.deepEqual(m.match('lotus tech'), { kind: 'note', note: 2 });
  });
});

describe('import: dates and their order', () => {
  it('reads ISO dates and day-month dates in the order given', () => {
    assert.equal(readDate('2026-11-03', undefined), day('2026-11-03'));
    assert.equal(readDate('2026/11/03', undefined), day('2026-11-03'));
    assert.equal(readDate('2026-11-03 13:26', undefined), day('2026-11-03'));
    assert.equal(readDate('03/11/2026', 'dmy'), day('2026-11-03'));
    assert.equal(readDate('03/11/2026', 'mdy'), day('2026-03-11'));
    assert.equal(readDate('03.11.26', 'dmy'), day('2026-11-03'));
    assert.equal(readDate('05/05/2026', undefined), day('2026-05-05'), 'equal numbers need no order');
    assert.equal(readDate('03/11/2026', undefined), undefined, 'an order is needed');
    assert.equal(readDate('31/02/2026', 'dmy'), undefined);
    assert.equal(readDate('2026-13-45', undefined), undefined);
    assert.equal(readDate('1850-01-01', undefined), undefined, 'before 1900');
    assert.equal(readDate('Nov 3, 2026', 'mdy'), undefined);
  });

  it('finds the order of a file from any day above 12, and says when it cannot', () => {
    const cells = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 2 }));
    assert.deepEqual(findDateOrder(cells('2026-11-03')), { kind: 'none' });
    assert.deepEqual(findDateOrder(cells('03/11/2026', '23/11/2026')), { kind: 'found', order: 'dmy' });
    assert.deepEqual(findDateOrder(cells('03/11/2026', '11/23/2026')), { kind: 'found', order: 'mdy' });
    assert.deepEqual(findDateOrder(cells('05/05/2026', '03/11/2026')), { kind: 'ambiguous', example: { text: '03/11/2026', line: 3 } });
    assert.equal(findDateOrder(cells('13/01/2026', '01/13/2026')).kind, 'conflict');
  });
});

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

describe('import: time entries as log lines', () => {
  it('writes durations as 2h, 1.5h or 45m, and reads them back to the same minute', () => {
    assert.equal(formatDuration(45), '45m');
    assert.equal(formatDuration(120), '2h');
    assert.equal(formatDuration(90), '1.5h');
    assert.equal(formatDuration(86), '1.43h');
    assert.equal(formatDuration(0), '0m');
    for (let m = 0; m <= 24 * 60; m++) {
      const key = lineKey(`- 2026-11-03 ${formatDuration(m)} x`, {});
      assert.equal(key, `${day('2026-11-03')}||${m}|x`, `${m} minutes`);
    }
  });

  it('turns Tags cells into known tags (synonyms and settings included), and leaves others out', () => {
    assert.deepEqual(knownTags('Urgent, scope creep, billable, #rude, After_Hours', {}), ['urgent', 'scope-creep', 'disrespect', 'after-hours']);
    assert.deepEqual(knownTags('asap', { asap: 'urgent' }), ['urgent']);
    assert.deepEqual(knownTags('', {}), []);
  });

  it('keeps a tag the description already has once', () => {
    const line = entryLine({ kind: 'time', source: 's', line: 2, client: 'c', date: day('2026-11-03'), start: 9 * 60, minutes: 30, text: 'Call #urgent', tags: ['urgent', 'revision'] });
    assert.equal(line, '- 2026-11-03 09:00 30m Call #urgent #revision');
  });
});
