/**
 * Insertions into frontmatter lists, on every layout a hand-written note
 * may have: each either gives exactly the expected text (and YAML reads the
 * list with the new items) or is refused with a reason.
 */
import assert from 'node:assert/strict';
import { appendToList, findFrontmatter, ListItem, setItemField } from '../../src/core/import/frontmatterLists';
import { applyTextEdits } from '../../src/core/import/editList';

const ITEM: ListItem = [
  ['id', 'NW-020'],
  ['amount', '1800'],
];
const NEW = { id: 'NW-020', amount: 1800 };

function append(text: string, items: ListItem[] = [ITEM], flow = false, after?: string): string {
  const edits = appendToList(text, flow ? 'aliases' : 'invoices', items, { flow, after });
  if (typeof edits === 'string') throw new Error(edits);
  return applyTextEdits(text, edits);
}

function dataOf(text: string): Record<string, unknown> {
  const found = findFrontmatter(text);
  assert.equal(found.kind, 'found', 'the frontmatter reads');
  return found.kind === 'found' ? found.frontmatter.data : {};
}

describe('import: appending to a frontmatter list', () => {
  it('appends to a block list after its last item, lined up with it, keeping comments', () => {
    const text = ['---', 'client: A   # the name', 'invoices:', '  - id: NW-019   # late', '    amount: 3100', '    # a comment', '', 'tags: [x]', '---', 'body', ''].join('\n');
    const out = append(text);
    assert.equal(out, text.replace('    amount: 3100\n', '    amount: 3100\n  - id: NW-020\n    amount: 1800\n'));
    assert.deepEqual(dataOf(out).invoices, [{ id: 'NW-019', amount: 3100 }, NEW]);
  });

  it('follows odd indentation: a list at the key, four spaces, extra spaces after the dash', () => {
    const compact = ['---', 'invoices:', '- id: A', '  amount: 1', '---', ''].join('\n');
    assert.equal(append(compact), compact.replace('  amount: 1\n', '  amount: 1\n- id: NW-020\n  amount: 1800\n'));
    const wide = ['---', 'invoices:', '    -   id: A', '        amount: 1', '---', ''].join('\n');
    assert.equal(append(wide), wide.replace('        amount: 1\n', '        amount: 1\n    -   id: NW-020\n        amount: 1800\n'));
    const dashAlone = ['---', 'invoices:', '  -', '    id: A', '---', ''].join('\n');
    assert.equal(append(dashAlone), dashAlone.replace('    id: A\n', '    id: A\n  - id: NW-020\n    amount: 1800\n'));
    for (const t of [compact, wide, dashAlone]) assert.equal((dataOf(append(t)).invoices as unknown[]).length, 2);
  });

  it('turns an empty flow list, an empty value or ~ into a block list, keeping the comment', () => {
    for (const [value, kept] of [
      [' []', ''],
      [' []   # none yet', '   # none yet'],
      ['', ''],
      ['   # none yet', '   # none yet'],
      [' ~', ''],
      [' null', ''],
    ]) {
      const text = ['---', `invoices:${value}`, 'tags: []', '---', ''].join('\n');
      const out = append(text);
      assert.equal(out, ['---', `invoices:${kept}`, '  - id: NW-020', '    amount: 1800', 'tags: []', '---', ''].join('\n'), JSON.stringify(value));
      assert.deepEqual(dataOf(out).invoices, [NEW]);
    }
  });

  it('appends inside a one-line flow list', () => {
    const text = ['---', 'invoices: [{id: A, amount: 1}]  # short', '---', ''].join('\n');
    const out = append(text);
    assert.equal(out, ['---', 'invoices: [{id: A, amount: 1}, {id: NW-020, amount: 1800}]  # short', '---', ''].join('\n'));
    assert.deepEqual(dataOf(out).invoices, [{ id: 'A', amount: 1 }, NEW]);
  });

  it('adds the key at the end of the frontmatter, or after a given key', () => {
    const text = ['---', 'client: A', 'status: active', '---', '# A', ''].join('\n');
    assert.equal(append(text), ['---', 'client: A', 'status: active', 'invoices:', '  - id: NW-020', '    amount: 1800', '---', '# A', ''].join('\n'));
    assert.equal(append(text, ['NW Studio'], true, 'client'), ['---', 'client: A', 'aliases: [NW Studio]', 'status: active', '---', '# A', ''].join('\n'));
    const multiline = ['---', 'client: >', '  A long', '  name', 'status: active', '---', ''].join('\n');
    assert.equal(append(multiline, ['"B"'], true, 'client'), multiline.replace('  name\n', '  name\naliases: ["B"]\n'));
    assert.equal(append(['---', '---', 'body'].join('\n')), ['---', 'invoices:', '  - id: NW-020', '    amount: 1800', '---', 'body'].join('\n'));
  });

  it('adds a frontmatter to a note without one, after a byte-order mark', () => {
    assert.equal(append('\ufeff# A\n'), '\ufeff---\ninvoices:\n  - id: NW-020\n    amount: 1800\n---\n# A\n');
    assert.equal(append('# A\r\n', ['X'], true), '---\r\naliases: [X]\r\n---\r\n# A\r\n');
  });

  it('keeps CRLF and a byte-order mark', () => {
    const text = '\ufeff---\r\nclient: A\r\ninvoices:\r\n  - id: A\r\n    amount: 1\r\n---\r\n# A\r\n';
    const out = append(text);
    assert.equal(out, '\ufeff---\r\nclient: A\r\ninvoices:\r\n  - id: A\r\n    amount: 1\r\n  - id: NW-020\r\n    amount: 1800\r\n---\r\n# A\r\n');
  });

  it('appends aliases in flow style, to a block list as a block', () => {
    assert.equal(append('---\naliases: [NW]\n---\n', ['"Northwind, Inc."'], true), '---\naliases: [NW, "Northwind, Inc."]\n---\n');
    assert.equal(append('---\naliases: []\n---\n', ['NW'], true), '---\naliases: [NW]\n---\n');
    assert.equal(append('---\naliases:   # other names\n---\n', ['NW'], true), '---\naliases: [NW]   # other names\n---\n');
    assert.equal(append('---\naliases:\n  - NW\n---\n', ['NWS'], true), '---\naliases:\n  - NW\n  - NWS\n---\n');
  });

  it('refuses what it cannot edit line by line', () => {
    const refused: [string, RegExp][] = [
      ['---\ninvoices:\n  id: A\n---\n', /not a list/],
      ['---\ninvoices: [\n  {id: A}]\n---\n', /a list over several lines/],
      ['---\ninvoices: A\n---\n', /not a list/],
      ['---\ninvoices:\n\t- id: A\n---\n', /cannot be read/],
      ['---\n"invoices":\n  - id: A\n---\n', /cannot be edited line by line/],
      ['---\nclient: [unclosed\n---\n', /cannot be read \(line 3: the frontmatter cannot be read here/],
      ['---\nclient: A\n', /cannot be read/],
      ['---json\n{}\n---\n', /cannot be read/],
    ];
    for (const [text, why] of refused) {
      const r = appendToList(text, 'invoices', [ITEM], { flow: false });
      assert.equal(typeof r, 'string', text);
      assert.match(r as string, why, text);
    }
  });
});

describe('import: filling in a field of a list item', () => {
  const note = ['---', 'invoices:', '  - id: A', '    amount: 1', '    paid:        # not yet', '  - id: B', '    amount: 2', '  - {id: C}', 'tags: []', '---', ''].join('\n');

  it('fills an empty value in place, keeping its comment', () => {
    const edit = setItemField(note, 'invoices', 0, 'paid', '2026-11-20');
    assert.equal(typeof edit, 'object');
    assert.equal(applyTextEdits(note, [edit as never]), note.replace('    paid:        # not yet', '    paid: 2026-11-20        # not yet'));
  });

  it('adds the key after the item when it is missing', () => {
    const edit = setItemField(note, 'invoices', 1, 'paid', '2026-11-20');
    const out = applyTextEdits(note, [edit as never]);
    assert.equal(out, note.replace('    amount: 2\n', '    amount: 2\n    paid: 2026-11-20\n'));
    assert.deepEqual(dataOf(out).invoices, [{ id: 'A', amount: 1, paid: null }, { id: 'B', amount: 2, paid: '2026-11-20' }, { id: 'C' }]);
  });

  it('replaces paid: false and paid: ~, and refuses a date already there or a one-line item', () => {
    const text = ['---', 'invoices:', '  - id: A', '    paid: false', '  - id: B', '    paid: ~ # ?', '  - id: C', '    paid: 2026-01-01', '---', ''].join('\n');
    assert.equal(applyTextEdits(text, [setItemField(text, 'invoices', 0, 'paid', '2026-11-20') as never]), text.replace('paid: false', 'paid: 2026-11-20'));
    assert.equal(applyTextEdits(text, [setItemField(text, 'invoices', 1, 'paid', '2026-11-20') as never]), text.replace('paid: ~ # ?', 'paid: 2026-11-20 # ?'));
    assert.match(setItemField(text, 'invoices', 2, 'paid', '2026-11-20') as string, /already filled in/);
    assert.match(setItemField(note, 'invoices', 2, 'paid', '2026-11-20') as string, /one line/);
  });
});
