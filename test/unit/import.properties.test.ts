/**
 * Properties of an import over generated notes and exports (fast-check):
 * it never loses a byte outside its insertions (the only text it removes is
 * an empty marker such as `[]` or `~`), it never drops a row silently, and
 * a second import adds nothing. And the CSV layer reads back any table.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nameKey } from '../../src/core/import/cells';
import { readTable } from '../../src/core/import/csvTable';
import { applyTextEdits } from '../../src/core/import/editList';
import { toggl } from '../../src/core/import/formats/toggl';
import { planImport } from '../../src/core/import/plan';
import { ImportRecord } from '../../src/core/import/records';
import { timeRecord } from '../../src/core/import/timeEntry';
import { parseClientNote } from '../../src/core/read/note';
import { day, settings } from './helpers';

const S = settings();

// ---- notes ---------------------------------------------------------------

const invoiceItem = fc.record({
  id: fc.constantFrom('A-1', 'A-2', 'b-3', '007', '12', 'INV 9'),
  amount: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
  paid: fc.constantFrom(undefined, '2026-10-01', '~', 'false', ''),
  comment: fc.boolean(),
});

const layout = fc.record({ dash: fc.constantFrom(0, 2, 4), gap: fc.constantFrom(1, 3) });

const invoicesBlock = fc.oneof(
  fc.constant<string[]>([]),
  fc.constantFrom(['invoices: []'], ['invoices:'], ['invoices: ~'], ['invoices: []   # none yet'], ['invoices: [{id: F-1, amount: 5}]']),
  fc.record({ items: fc.array(invoiceItem, { maxLength: 3 }), layout }).map(({ items, layout: l }) => {
    const seen = new Set<string>();
    const lines = ['invoices:'];
    for (const item of items) {
      if (seen.has(item.id.toUpperCase().replace(/^0+/, ''))) continue;
      seen.add(item.id.toUpperCase().replace(/^0+/, ''));
      const key = ' '.repeat(l.dash + 1 + l.gap);
      lines.push(`${' '.repeat(l.dash)}-${' '.repeat(l.gap)}id: ${/^\d/.test(item.id) ? `"${item.id}"` : item.id}${item.comment ? '   # note' : ''}`);
      if (item.amount !== undefined) lines.push(`${key}amount: ${item.amount}`);
      if (item.paid !== undefined) lines.push(`${key}paid:${item.paid ? ` ${item.paid}` : ''}`);
      if (item.comment) lines.push(`${key}# a comment`);
    }
    return lines;
  }),
);

const aliasesBlock = fc.constantFrom<string[]>([], ['aliases: [Acme Ltd]'], ['aliases: []'], ['aliases:', '  - ACME LIMITED'], ['aliases:   # other names']);

const otherKeys = fc
  .subarray([['status: active'], ['currency: EUR'], ['scope: Web # what'], ['tags: [retainer, web]'], ['# a comment line'], ['contact:', '  name: Dana'], ['rate: 90'], ['notes: |', '  # not a comment', '  text']])
  .map((groups) => groups.flat());

const logLines = fc.subarray([
  '- 2026-11-02 Kick-off',
  '- 2026-11-03 09:00 1.5h Design #urgent',
  '- 2026-11-04 10:00 45m Call',
  '  - a sub-item',
  '- [ ] a task',
  '<!-- a comment -->',
  'A paragraph line.',
]);

const body = fc.record({
  h1: fc.boolean(),
  log: fc.oneof(fc.constant<string[] | undefined>(undefined), logLines),
  after: fc.constantFrom<string[]>([], ['## Notes', 'Kept as is.'], ['```', '- 2026-11-09 in code', '```'], ['## Offboarding', '- [x] Cool down']),
  final: fc.constantFrom('', '\n', '\n\n'),
});

const note = fc
  .record({
    frontmatter: fc.boolean(),
    clientComment: fc.boolean(),
    invoices: invoicesBlock,
    aliases: aliasesBlock,
    keys: otherKeys,
    invoicesFirst: fc.boolean(),
    body,
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
  })
  .map((n) => {
    const fm = n.frontmatter
      ? ['---', `client: Acme${n.clientComment ? '   # the name' : ''}`, ...n.aliases, ...(n.invoicesFirst ? [...n.invoices, ...n.keys] : [...n.keys, ...n.invoices]), '---']
      : [];
    const lines = [...fm, ...(n.body.h1 || !n.frontmatter ? ['', '# Acme', ''] : ['']), ...(n.body.log ? ['## Log', ...n.body.log] : []), ...(n.body.after.length ? ['', ...n.body.after] : [])];
    return `${n.bom ? '\ufeff' : ''}${lines.join(n.eol)}${n.body.final.replace(/\n/g, n.eol)}`;
  });

// ---- exports ---------------------------------------------------------------

const description = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('<!-- hidden', '#urgent call', '2h 10:00 review', '- [ ] task', '```', 'line\nbreak', 'Design', '  ', 'a\u2028b', '#rude'),
);

const timeRow = fc.record({
  day: fc.integer({ min: 0, max: 60 }),
  start: fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: undefined }),
  seconds: fc.integer({ min: 0, max: 10 * 3600 }),
  description,
  tags: fc.constantFrom('', 'urgent', 'Scope creep, billable', 'rude'),
  client: fc.constantFrom('Acme', 'acme', 'ACME LIMITED', 'Acme Ltd'),
});

const invoiceRow = fc.record({
  id: fc.constantFrom('A-1', 'A-2', 'B-3', '0007', '12', 'NEW-1', 'NEW 2'),
  amount: fc.option(fc.integer({ min: 0, max: 100000 }).map((c) => c / 100), { nil: undefined }),
  issued: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  paid: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
});

const records = fc.tuple(fc.array(timeRow, { maxLength: 6 }), fc.array(invoiceRow, { maxLength: 4 })).map(([times, invoices]): ImportRecord[] => [
  ...times.map((t, i) =>
    timeRecord({ source: 'x.csv', line: i + 2, client: t.client, date: day('2026-11-01') + t.day, start: t.start, seconds: t.seconds, description: t.description, tags: t.tags }, {}),
  ),
  ...invoices.map((v, i): ImportRecord => ({
    kind: 'invoice',
    source: 'x.csv',
    line: 100 + i,
    client: 'Acme',
    id: v.id,
    amount: v.amount,
    issued: v.issued === undefined ? undefined : day('2026-10-01') + v.issued,
    paid: v.paid === undefined ? undefined : day('2026-10-01') + v.paid,
  })),
]);

function plan(text: string, recs: ImportRecord[]) {
  const reading = { ok: true as const, source: 'x.csv', format: toggl, rows: recs.length, records: recs, problems: [] };
  return planImport([reading], [{ file: 'clients/acme.md', text }], { settings: S });
}

// What an import may remove: an empty list or value marker it replaces.
const REMOVABLE = /^(?:[ \t]*(?:\[\s*\]|~|null|Null|NULL)|false|~|null|Null|NULL|)$/;

describe('import: properties', function () {

  it('never loses a byte outside its insertions, never drops a row silently, and a second import adds nothing', () => {
    fc.assert(
      fc.property(note, records, (text, recs) => {
        const first = plan(text, recs);
        const names = new Set(['acme', ...(text.includes('[Acme Ltd]') ? ['acmeltd'] : []), ...(text.includes('- ACME LIMITED') ? ['acmelimited'] : [])]);
        const matched = recs.filter((r) => names.has(nameKey(r.client)));
        const notePlan = first.notes[0];
        const refused = first.problems.some((p) => p.file === 'clients/acme.md');
        for (const edit of notePlan?.edits ?? []) assert.match(text.slice(edit.start, edit.end), REMOVABLE, 'only an empty marker is removed');
        if (!refused && matched.length) {
          assert.ok(notePlan, 'the note is in the plan');
          assert.equal(notePlan.entriesAdded + notePlan.invoicesAdded + notePlan.paidFilledIn + notePlan.skipped, matched.length, 'every row is added or counted as there');
        }
        if (!notePlan?.edits.length) return;
        const after = applyTextEdits(text, notePlan.edits);
        const before = parseClientNote(text, { file: 'a', fileStem: 'a', settings: S });
        const now = parseClientNote(after, { file: 'a', fileStem: 'a', settings: S });
        assert.equal(now.log.length, before.log.length + notePlan.entriesAdded);
        assert.equal(now.invoices.length, before.invoices.length + notePlan.invoicesAdded);
        assert.equal(now.name, before.name);
        assert.equal(after.charCodeAt(0) === 0xfeff, text.charCodeAt(0) === 0xfeff, 'the byte-order mark stays');
        if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(after.replace(/^\n/, '')), 'CRLF stays CRLF');
        const again = plan(after, recs);
        assert.deepEqual(
          again.notes.flatMap((n) => n.edits),
          [],
          'a second import adds nothing',
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reads back any table written as CSV (quotes, separators, line breaks, BOM)', () => {
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('a,b', 'a;b', 'say "hi"', 'two\nlines', 'two\r\nlines', ' padded ', ''));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.tuple(fc.array(fc.string({ minLength: 1, maxLength: 6 }).filter((h) => h.trim() !== ''), { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }))),
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        ([header, rows], delimiter, eol, bom) => {
          const quote = (c: string) => (/["\r\n,;]/.test(c) || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c);
          const dataRows = rows.filter((r) => !(r.length === 1 && r[0].trim() === ''));
          const text = `${bom ? '\ufeff' : ''}${[header, ...dataRows].map((r) => r.map(quote).join(delimiter)).join(eol)}${eol}`;
          const { table, defects } = readTable(text, delimiter);
          assert.deepEqual(defects, []);
          assert.deepEqual(table.header, header.map((h) => h.trim()));
          assert.deepEqual(table.rows.map((r) => r.cells), dataRows);
          // Each row's line is where it starts in the file.
          const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
          let line = 2;
          for (const [i, r] of dataRows.entries()) {
            assert.equal(table.rows[i].line, line);
            line += r.map(quote).join(delimiter).split(/\r\n|\n|\r/).length;
          }
          assert.ok(lines.length >= line - 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
