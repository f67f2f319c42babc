/** The planner on notes written to be awkward: encodings, layouts, names, repeats. */
import assert from 'node:assert/strict';
import { applyTextEdits } from '../../src/core/import/editList';
import { ExportReading, readExport } from '../../src/core/import/exportFile';
import { NoteText, planImport, PlanOptions } from '../../src/core/import/plan';
import { newNoteText } from '../../src/core/noteEdits';
import { day, settings } from './helpers';

const TOGGL = 'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (USD)';
const FRESHBOOKS = 'Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Date Due,Line Total,Currency';

function toggl(...rows: string[][]): string {
  // client, description, date, time, duration, tags
  return [TOGGL, ...rows.map(([client, description, date, time, duration, tags = '']) => ['Ana', 'a@x.example', client, '', '', csv(description), 'Yes', date, time, date, time, duration, csv(tags), '0'].join(','))].join('\n');
}

function invoices(...rows: string[][]): string {
  // client, id, issued, status, paid, due, total
  return [FRESHBOOKS, ...rows.map(([client, id, issued, status, paid, due, total]) => [client, id, issued, status, paid, due, total, 'EUR'].join(','))].join('\n');
}

function csv(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function read(source: string, text: string): Extract<ExportReading, { ok: true }> {
  const r = readExport(source, text, { synonyms: {} });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r as Extract<ExportReading, { ok: true }>;
}

function run(notes: NoteText[], exports: [string, string][], options: Partial<PlanOptions> = {}) {
  const plan = planImport(exports.map(([s, t]) => read(s, t)), notes, { settings: settings(), ...options });
  const after = notes.map((n) => {
    const p = plan.notes.find((x) => x.file === n.file);
    return p ? { ...n, text: applyTextEdits(n.text, p.edits) } : n;
  });
  return { plan, after, text: after[0].text };
}

const A = (text: string): NoteText[] => [{ file: 'clients/a.md', text }];

describe('import planner', () => {
  it('keeps a byte-order mark and CRLF, and writes its lines with CRLF', () => {
    const note = '\ufeff---\r\nclient: Acme\r\ninvoices: []   # none yet\r\n---\r\n\r\n# Acme\r\n\r\n## Log\r\n- 2026-11-02 Kick-off\r\n\r\n## Notes\r\nKept.\r\n';
    const { text, plan } = run(A(note), [
      ['t.csv', toggl(['Acme', 'Design', '2026-11-03', '09:00:00', '01:30:00', 'urgent'])],
      ['i.csv', invoices(['Acme', 'A-1', '2026-11-01', 'paid', '2026-11-20', '2026-11-30', '100'])],
    ]);
    assert.equal(
      text,
      '\ufeff---\r\nclient: Acme\r\ninvoices:   # none yet\r\n  - id: A-1\r\n    amount: 100\r\n    issued: 2026-11-01\r\n    due: 2026-11-30\r\n    paid: 2026-11-20\r\n---\r\n\r\n# Acme\r\n\r\n## Log\r\n- 2026-11-02 Kick-off\r\n- 2026-11-03 09:00 1.5h Design #urgent\r\n\r\n## Notes\r\nKept.\r\n',
    );
    assert.deepEqual(plan.notes[0].changes, ['invoice A-1, EUR 100, issued 2026-11-01, due 2026-11-30, paid 2026-11-20', '- 2026-11-03 09:00 1.5h Design #urgent']);
  });

  it('imports into a note made by New Client Note (invoices: [], the first log line)', () => {
    const note = newNoteText('Fresh Start', day('2026-11-01'), settings(), 'en');
    const { text } = run(A(note), [['i.csv', invoices(['Fresh Start', 'FS-1', '2026-11-02', 'sent', '', '2026-12-02', '500'])]]);
    assert.equal(text, note.replace('invoices: []\n', 'invoices:\n  - id: FS-1\n    amount: 500\n    issued: 2026-11-02\n    due: 2026-12-02\n'));
  });

  it('creates ## Log at the end of a note that has none', () => {
    const { text } = run(A('---\nclient: Acme\n---\n# Acme\n\nNotes only.'), [['t.csv', toggl(['Acme', 'Design', '2026-11-03', '09:00:00', '00:45:00'])]]);
    assert.equal(text, '---\nclient: Acme\n---\n# Acme\n\nNotes only.\n\n## Log\n- 2026-11-03 09:00 45m Design\n');
  });

  it('adds to a note whose log ends in an unclosed code block before the block, where the entry still counts (as Log Interaction does)', () => {
    const note = '---\nclient: Acme\n---\n## Log\n- 2026-11-02 Kick-off\n```\ncode\n';
    const { plan, text } = run(A(note), [['t.csv', toggl(['Acme', 'Design', '2026-11-03', '09:00:00', '00:45:00'])]]);
    assert.equal(text, '---\nclient: Acme\n---\n## Log\n- 2026-11-02 Kick-off\n- 2026-11-03 09:00 45m Design\n```\ncode\n');
    assert.equal(plan.notes[0].entriesAdded, 1);
    assert.deepEqual(plan.problems, []);
  });

  it('matches a client by an alias, and reports names no note has', () => {
    const note = '---\nclient: Northwind Studio\naliases: [NW Studio, "Northwind, Inc."]\n---\n## Log\n';
    const { plan } = run(A(note), [['t.csv', toggl(['northwind inc', 'Design', '2026-11-03', '09:00:00', '00:45:00'], ['NW-Studio', 'Call', '2026-11-04', '09:00:00', '00:15:00'], ['Acme', 'x', '2026-11-04', '09:00:00', '00:15:00'])]]);
    assert.equal(plan.notes[0].entriesAdded, 2);
    assert.deepEqual(plan.unmatched, [{ client: 'Acme', rows: 1, source: 't.csv', line: 4 }]);
  });

  it('imports a name the user sent to a note, and remembers it there as an alias', () => {
    const note = '---\nclient: Northwind Studio   # the name\nstatus: active\n---\n## Log\n- 2026-11-02 Kick-off\n';
    const rows = toggl(['Northwind Furniture', 'Design', '2026-11-03', '09:00:00', '00:45:00']);
    const first = run(A(note), [['t.csv', rows]], { choices: [{ client: 'Northwind Furniture', file: 'clients/a.md' }] });
    assert.equal(first.text, '---\nclient: Northwind Studio   # the name\naliases: [Northwind Furniture]\nstatus: active\n---\n## Log\n- 2026-11-02 Kick-off\n- 2026-11-03 09:00 45m Design\n');
    assert.deepEqual(first.plan.notes[0].changes, ['alias "Northwind Furniture"', '- 2026-11-03 09:00 45m Design']);
    const second = run(first.after, [['t.csv', rows]]);
    assert.deepEqual(second.plan.unmatched, []);
    assert.equal(second.plan.notes[0].edits.length, 0);
    assert.equal(second.plan.notes[0].skipped, 1);
  });

  it('does not guess between two notes with the same name', () => {
    const notes = [
      { file: 'clients/a.md', text: '---\nclient: Lotus Tech\n---\n' },
      { file: 'clients/b.md', text: '---\nclient: Lotus-Tech\n---\n' },
    ];
    const { plan } = run(notes, [['t.csv', toggl(['LOTUS TECH', 'x', '2026-11-03', '09:00:00', '00:45:00'])]]);
    assert.deepEqual(plan.notes, []);
    assert.match(plan.problems[0].message, /^client "LOTUS TECH" \(1 row\) matches several notes \(clients\/a\.md, clients\/b\.md\); add it to the aliases of the right one/);
  });

  it('adds an entry repeated in one export twice, but one in two overlapping exports once', () => {
    const row = ['Acme', 'Standup', '2026-11-03', '09:00:00', '00:15:00'];
    const { plan } = run(A('---\nclient: Acme\n---\n## Log\n'), [
      ['a.csv', toggl(row, row)],
      ['b.csv', toggl(row, ['Acme', 'Review', '2026-11-04', '10:00:00', '01:00:00'])],
    ]);
    assert.deepEqual(plan.notes[0].changes, ['- 2026-11-03 09:00 15m Standup', '- 2026-11-03 09:00 15m Standup', '- 2026-11-04 10:00 1h Review']);
    assert.equal(plan.notes[0].skipped, 1);
  });

  it('sees an entry as there when only its tags, case or spacing changed in the note', () => {
    const note = '---\nclient: Acme\n---\n## Log\n- 2026-11-03 09:00 15m  standup   #vague\n';
    const { plan } = run(A(note), [['t.csv', toggl(['Acme', 'Standup', '2026-11-03', '09:00:00', '00:15:00'])]]);
    assert.equal(plan.notes[0].edits.length, 0);
    assert.equal(plan.notes[0].skipped, 1);
  });

  it('writes entries in date order among themselves, after the existing ones', () => {
    const note = '---\nclient: Acme\n---\n## Log\n- 2026-12-01 Later entry\n';
    const { text } = run(A(note), [['t.csv', toggl(['Acme', 'B', '2026-11-04', '09:00:00', '00:15:00'], ['Acme', 'A', '2026-11-03', '17:00:00', '00:15:00'], ['Acme', 'A2', '2026-11-03', '08:00:00', '00:15:00'])]]);
    assert.equal(text, `${note}- 2026-11-03 08:00 15m A2\n- 2026-11-03 17:00 15m A\n- 2026-11-04 09:00 15m B\n`);
  });

  it('knows an invoice by its id whatever its case or leading zeros, and fills in only a missing paid date', () => {
    const note = '---\nclient: Acme\ninvoices:\n  - id: 104\n    amount: 1800\n  - id: a-2\n    paid: 2026-10-01\n---\n';
    const { text, plan } = run(A(note), [
      ['i.csv', invoices(['Acme', '0000104', '2026-11-01', 'paid', '2026-11-20', '2026-11-30', '1800'], ['Acme', 'A-2', '2026-09-01', 'paid', '2026-10-05', '2026-09-30', '50'])],
    ]);
    assert.equal(text, note.replace('    amount: 1800\n', '    amount: 1800\n    paid: 2026-11-20\n'));
    assert.deepEqual([plan.notes[0].paidFilledIn, plan.notes[0].invoicesAdded, plan.notes[0].skipped], [1, 0, 1]);
  });

  it('refuses a note whose invoices it cannot edit, and says why', () => {
    const note = '---\nclient: Acme\ninvoices: [\n  {id: A}]\n---\n## Log\n';
    const { plan, text } = run(A(note), [
      ['i.csv', invoices(['Acme', 'B', '2026-11-01', 'sent', '', '2026-11-30', '10'])],
      ['t.csv', toggl(['Acme', 'x', '2026-11-03', '09:00:00', '00:45:00'])],
    ]);
    assert.equal(text, note);
    assert.equal(plan.problems[0].message, 'the import was not added to this note: its invoices is written in a form that cannot be edited line by line (a list over several lines); nothing in it was changed');
  });

  it('reports a row problem with its line and imports the rest', () => {
    const { plan } = run(A('---\nclient: Acme\n---\n'), [['t.csv', toggl(['Acme', 'x', '2026-02-30', '09:00:00', '00:45:00'], ['Acme', 'y', '2026-11-03', '25:00:00', '00:45:00'], ['Acme', 'z', '2026-11-03', '09:00:00', '48:00:00'], ['Acme', 'ok', '2026-11-03', '09:00:00', '00:45:00'])]]);
    assert.deepEqual(plan.problems, [
      { file: 't.csv', line: 2, message: 'Start date "2026-02-30" is not a date; the row was not imported' },
      { file: 't.csv', line: 3, message: 'Start time "25:00:00" is not a time of day; the row was not imported' },
      { file: 't.csv', line: 4, message: 'the duration 48h is longer than a day; fix the entry in the time tracker first; the row was not imported' },
    ]);
    assert.equal(plan.notes[0].entriesAdded, 1);
  });
});
