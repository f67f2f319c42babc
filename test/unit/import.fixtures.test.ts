/**
 * Each fixture export imported into copies of the example notes, compared
 * byte for byte with the expected notes under test/fixtures/import/expected/
 * (with the JSON report); a second import adds nothing; malformed exports are
 * refused whole. `CF_UPDATE_IMPORT_FIXTURES=1` rewrites the expected files
 * (review the diff before committing them).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateOrder } from '../../src/core/import/dateOrder';
import { MAX_EXPORT_BYTES, readExport, readExports } from '../../src/core/import/exportFile';
import { NoteText } from '../../src/core/import/plan';
import { settings } from './helpers';
import { exampleNotes, FIXTURES, fixtureText, importInto } from './importHelpers';

const EXPECTED = join(FIXTURES, 'expected');
const UPDATE = process.env.CF_UPDATE_IMPORT_FIXTURES === '1';

const CASES: { name: string; steps: string[][]; dateOrder?: DateOrder; what: string }[] = [
  { name: 'toggl', steps: [['toggl.csv']], what: 'Toggl Track (BOM, CRLF, tags, a description with <!--, an unmatched client and rows without one)' },
  { name: 'toggl-overlap', steps: [['toggl.csv'], ['toggl-later.csv']], what: 'two overlapping Toggl exports, one after the other: only what is new' },
  { name: 'clockify', steps: [['clockify.csv']], what: 'Clockify, US profile (MM/DD/YYYY, 12-hour times, a quoted line break, a name in another case and spacing)' },
  { name: 'clockify-semicolon', steps: [['clockify-semicolon.csv']], what: 'Clockify with ; separators, decimal commas and DD/MM/YYYY' },
  { name: 'clockify-ambiguous-dmy', steps: [['clockify-ambiguous.csv']], dateOrder: 'dmy', what: 'Clockify whose dates read both ways, told dmy' },
  { name: 'harvest-time', steps: [['harvest-time.csv']], what: 'Harvest time (older export with Department; an impossible date; a note with broken YAML still gets log lines)' },
  { name: 'harvest-invoices', steps: [['harvest-invoices.csv']], what: 'Harvest invoices (no due dates; paid filled in; a credit note; another currency; broken YAML refused)' },
  { name: 'freshbooks-invoices', steps: [['freshbooks-invoices.csv']], what: 'FreshBooks invoice details (line items grouped; a draft; a paid date filled in)' },
  {
    name: 'everything',
    steps: [['toggl.csv', 'toggl-later.csv', 'clockify.csv', 'clockify-semicolon.csv', 'harvest-time.csv', 'harvest-invoices.csv', 'freshbooks-invoices.csv']],
    what: 'every readable export at once',
  },
];

describe('import: fixture exports into the example notes, byte for byte', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.what}`, () => {
      const original = exampleNotes();
      let notes: NoteText[] = original;
      const reports = [];
      for (const step of c.steps) {
        const { after, report } = importInto(notes, step, c.dateOrder);
        notes = after;
        reports.push(report);
      }
      const dir = join(EXPECTED, c.name);
      const changed = notes.filter((n, i) => n.text !== original[i].text);
      if (UPDATE) {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(join(dir, 'clients'), { recursive: true });
        for (const n of changed) writeFileSync(join(dir, n.file), n.text);
        writeFileSync(join(dir, 'report.json'), `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
      }
      const expectedFiles = readdirSync(join(dir, 'clients')).sort();
      assert.deepEqual(changed.map((n) => n.file.replace('clients/', '')), expectedFiles, 'the notes that change');
      for (const n of changed) assert.equal(n.text, readFileSync(join(dir, n.file), 'utf8'), `${n.file} as expected`);
      assert.deepEqual(reports.length === 1 ? reports[0] : reports, JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')));

      // Every original byte is still there, in order: the changes are insertions.
      for (const [i, n] of notes.entries()) assert.ok(isSubsequence(original[i].text, n.text), `${n.file} keeps every byte`);

      // A second import of the same files adds nothing.
      for (const step of c.steps) {
        const again = importInto(notes, step, c.dateOrder);
        assert.deepEqual(again.plan.notes.filter((n) => n.edits.length), [], `second import of ${step.join(', ')} adds nothing`);
        assert.deepEqual(again.after, notes);
      }
    });
  }

  it('counts what a second import skips', () => {
    const once = importInto(exampleNotes(), ['toggl.csv']);
    const twice = importInto(once.after, ['toggl.csv']);
    const northwind = twice.report.notes.find((n) => n.client === 'Northwind Studio')!;
    assert.deepEqual(northwind, { file: 'clients/northwind-studio.md', client: 'Northwind Studio', entriesAdded: 0, invoicesAdded: 0, paidFilledIn: 0, skipped: 4 });
  });
});

describe('import: malformed exports are refused whole, with one clear message', () => {
  const s = settings();
  const read = (name: string, text: string) => readExport(name, text, { synonyms: s.tagSynonyms });

  const cases: [string, string, RegExp, number][] = [
    ['ragged.csv', 'malformed', /^this row has 10 fields where the header has 14; the file looks cut short or edited by hand, so nothing was imported from it$/, 3],
    ['unknown.csv', 'format', /^the file is not an export this import knows \(its first columns are "Date", "Customer", "Minutes", "Comment"\); expected a Toggl Track/, 1],
    ['empty.csv', 'empty', /^the file is empty$/, 1],
    ['clockify-ambiguous.csv', 'dateOrder', /^its dates can be read two ways \(03\/11\/2026 is March 11 or 3 November\); say whether/, 2],
  ];
  for (const [name, reason, message, line] of cases) {
    it(`${name}: ${reason}`, () => {
      const r = read(name, fixtureText(name));
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.reason, reason);
      assert.match(r.error.message, message);
      assert.equal(r.error.line, line);
      assert.equal(r.error.file, name);
    });
  }

  it('a file of 50 MB is refused before it is parsed', () => {
    const row = 'Ana,ana@x.example,Northwind Studio,,,Design work,Yes,2026-11-24,09:30:00,2026-11-24,10:30:00,01:00:00,,90.00\n';
    const big = fixtureText('toggl.csv') + row.repeat(Math.ceil((50 * 1024 * 1024) / row.length));
    assert.ok(big.length > 50 * 1024 * 1024 && big.length > MAX_EXPORT_BYTES);
    const r = read('big.csv', big);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.reason, 'tooLarge');
      assert.equal(r.error.message, 'the file is 50.0 MB; an import reads exports of up to 20.0 MB: export a shorter period');
    }
  });

  it('a quote that is never closed, or text after a closing quote, is refused', () => {
    const unclosed = read('toggl.csv', fixtureText('toggl.csv').replace('Admin and invoicing', '"Admin and invoicing'));
    assert.equal(unclosed.ok, false);
    if (!unclosed.ok) assert.deepEqual(unclosed.error, { file: 'toggl.csv', line: 9, message: 'a quoted field is never closed; the file looks cut short or edited by hand, so nothing was imported from it' });
    const stray = read('toggl.csv', fixtureText('toggl.csv').replace('"Product pages, third batch"', '"Product pages," third batch'));
    assert.equal(stray.ok, false);
    if (!stray.ok) assert.match(stray.error.message, /^a quoted field has text after its closing quote \(a stray or a missing "\)/);
  });

  it('dates written both ways are refused', () => {
    const text = fixtureText('clockify.csv').replace('11/24/2026,09:05:00 AM', '24/11/2026,09:05:00 AM');
    const r = read('clockify.csv', text);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, /^its dates are written both day first \(24\/11\/2026 on line 4\) and month first \(11\/23\/2026 on line 2\)/);
  });

  it('--format forces a format, and says which columns are missing', () => {
    const r = readExport('toggl.csv', fixtureText('toggl.csv'), { synonyms: s.tagSynonyms, format: 'harvest-time' });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.error.message, 'the file does not have the columns of a Harvest detailed time report (missing Date, Hours)');
    const ok = readExport('toggl.csv', fixtureText('toggl.csv'), { synonyms: s.tagSynonyms, format: 'toggl' });
    assert.ok(ok.ok && ok.format.name === 'toggl' && ok.records.length === 8);
  });

  it('changes nothing in any note when an export is refused', () => {
    const { readings, refused } = readExports(
      ['toggl.csv', 'ragged.csv'].map((f) => ({ source: f, text: fixtureText(f) })),
      { synonyms: s.tagSynonyms },
    );
    assert.equal(refused.length, 1);
    assert.equal(readings.length, 1, 'the caller sees the refusal and writes nothing (the CLI exits 2)');
  });
});

/** Whether every character of `a` appears in `b`, in order. */
function isSubsequence(a: string, b: string): boolean {
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    j = b.indexOf(a[i], j);
    if (j < 0) return false;
    j++;
  }
  return true;
}
