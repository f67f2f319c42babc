import assert from 'node:assert/strict';
import { formatIsoDay } from '../../src/core/dates';
import { parseAmountText, parseClientNoteBytes } from '../../src/core/read/note';
import { clientNote, day, note, settings } from './helpers';

const FULL = clientNote(
  [
    'client: Northwind Studio          # display name',
    'status: Active',
    'contact: Dana Whitfield <dana@northwind.example>',
    'since: 2025-02-10',
    'rate: 90',
    'currency: EUR',
    'notice_days: 30',
    'revisions_included: 2',
    'contract: contracts/northwind-msa.pdf',
    'scope: Brand refresh and marketing site',
    'invoices:',
    '  - id: NW-014',
    '    amount: "2,400"',
    '    issued: 2026-09-01',
    '    due: 2026-09-30',
    '    paid: 2026-10-21',
    '  - id: NW-019',
    '    amount: 3100',
    '    due: 2026-10-14',
    'tags: [retainer, design]',
    'unknown_key: kept and ignored',
  ],
  ['- 2026-11-03 23:40 WhatsApp about the hero image #urgent', '- 2026-11-05 1.5h Call about a blog #Scope-Creep', '- [ ] a task', '- [x] done task'],
);

describe('reading a note', () => {
  it('reads every field of the spec', () => {
    const n = note(FULL);
    assert.deepEqual(n.problems, []);
    assert.equal(n.name, 'Northwind Studio');
    assert.equal(n.status, 'active');
    assert.deepEqual(n.contact, { name: 'Dana Whitfield', email: 'dana@northwind.example' });
    assert.equal(n.rate, 90);
    assert.equal(n.currency, 'EUR');
    assert.equal(n.noticeDays, 30);
    assert.equal(n.revisionsIncluded, 2);
    assert.equal(n.contract, 'contracts/northwind-msa.pdf');
    assert.deepEqual(n.tags, ['retainer', 'design']);
    assert.equal(n.invoices.length, 2);
    assert.deepEqual(
      { ...n.invoices[0] },
      { id: 'NW-014', amount: 2400, issued: day('2026-09-01'), due: day('2026-09-30'), paid: day('2026-10-21'), line: 13 },
    );
    assert.equal(n.invoices[1].paid, undefined);
    assert.equal(n.invoices[1].line, 18);
    assert.equal(n.log.length, 2);
    assert.deepEqual(n.log[0].tags, ['urgent']);
    assert.equal(n.log[0].minutes, 23 * 60 + 40);
    assert.deepEqual(n.log[1].tags, ['scope-creep']);
    assert.equal(n.log[1].hours, 1.5);
    assert.deepEqual(
      n.tasks.map((t) => t.checked),
      [false, true],
    );
  });

  it('[tz] reads due dates as calendar dates in any time zone', () => {
    const n = note(FULL);
    assert.equal(formatIsoDay(n.invoices[0].due!), '2026-09-30');
    assert.equal(formatIsoDay(n.invoices[0].paid!), '2026-10-21');
    assert.equal(formatIsoDay(n.since!), '2025-02-10');
  });

  it('reads a contact mapping', () => {
    const n = note(clientNote(['contact:', '  name: Siti', '  email: siti@x.example', '  phone: "+60 12"']));
    assert.deepEqual(n.contact, { name: 'Siti', email: 'siti@x.example', phone: '+60 12' });
  });

  it('reads aliases: a list of names, or one name; reports the rest', () => {
    assert.deepEqual(note(clientNote(['aliases: [NW Studio, "Northwind, Inc.", 42]'])).aliases, ['NW Studio', 'Northwind, Inc.', '42']);
    assert.deepEqual(note(clientNote(['aliases:', '  - NW Studio'])).aliases, ['NW Studio']);
    assert.deepEqual(note(clientNote(['aliases: NW Studio'])).aliases, ['NW Studio']);
    assert.deepEqual(note(clientNote([])).aliases, []);
    const wrong = note(clientNote(['client: A', 'aliases: {a: 1}']));
    assert.deepEqual(wrong.aliases, []);
    assert.deepEqual(wrong.problems.map((p) => [p.line, p.message]), [[3, 'aliases should be a list of names, not a mapping']]);
    const item = note(clientNote(['aliases: [NW, [x], ""]']));
    assert.deepEqual(item.aliases, ['NW']);
    assert.deepEqual(item.problems.map((p) => p.message), ['aliases should be a list of names; a list was skipped', 'aliases should be a list of names; "" was skipped']);
  });

  it('falls back to the first H1, then to the file name', () => {
    assert.equal(note('---\nstatus: lead\n---\n\n# From The Heading\n').name, 'From The Heading');
    assert.equal(note('Some text\n\nSetext Title\n===\n').name, 'Setext Title');
    assert.equal(note('no heading at all\n', 'clients/acme-corp.md').name, 'acme-corp');
  });

  it('reads tolerant numbers and rejects ambiguous ones', () => {
    const cases: [string, number | undefined][] = [
      ['2,400', 2400],
      ['€1,200', 1200],
      ['€1,200.50', 1200.5],
      ['RM 3 000', 3000],
      ['1.200,50', 1200.5],
      ['12,5', 12.5],
      ['90', 90],
      ['USD 90', 90],
      ['1,2,3', undefined],
      ['abc', undefined],
      ['12.34.56', undefined],
    ];
    for (const [text, expected] of cases) assert.equal(parseAmountText(text), expected, text);
  });

  it('reports a wrong value on its own line and keeps the rest', () => {
    const n = note(clientNote(['client: X', 'rate: lots', 'status: angry', 'notice_days: 2.5', 'since: 2026-02-30', 'revisions_included: [1]']));
    const byLine = Object.fromEntries(n.problems.map((p) => [p.line, p.message]));
    assert.match(byLine[3], /rate "lots" is not a number/);
    assert.match(byLine[4], /status "angry" is not one of/);
    assert.match(byLine[5], /notice_days should be a whole number/);
    assert.match(byLine[6], /since 2026-02-30 is not a real date/);
    assert.match(byLine[7], /revisions_included should be a number, not a list/);
    assert.equal(n.name, 'X');
    assert.equal(n.status, 'active');
  });

  it('places invoice problems on the invoice field line', () => {
    const n = note(
      clientNote(['client: X', 'invoices:', '  - id: A', '    amount: 5', '  - id: B', '    amount: "€-200"', '    due: 2026-13-45', '  - just text']),
    );
    const lines = n.problems.map((p) => `${p.line}: ${p.message}`);
    assert.ok(lines.some((l) => /^7: invoice B: amount -200 is negative/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /^8: invoice B: due 2026-13-45 is not a real date/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /^9: invoice 3 should be a mapping/.test(l)), lines.join('\n'));
    assert.equal(n.invoices.length, 2);
  });

  describe('malformed input: never a crash, always a note, never a silent drop', () => {
    const cases: Record<string, string> = {
      'an empty file': '',
      'only ---': '---',
      'only --- and a newline': '---\n',
      'no closing ---': '---\nclient: Open\n\n# Open Ended\n- 2026-11-02 #urgent\n',
      'frontmatter that is a list': '---\n- a\n- b\n---\n# Listy\n',
      'frontmatter that is a scalar': '---\njust a string\n---\n# Scalar\n',
      'a broken YAML block': '---\nclient: Gallo\n rate: 75\n---\n# Gallo Group\n',
      'a tab-indented block': '---\nclient: Tabby\ninvoices:\n\t- id: 1\n---\n',
      'garbage': '\u0000\u0001\u0002---\n:::\n',
    };
    for (const [label, text] of Object.entries(cases)) {
      it(label, () => {
        const n = note(text, 'clients/odd.md');
        assert.ok(n.name.length > 0, 'a name');
        for (const p of n.problems) {
          assert.ok(p.line >= 1, 'problem has a line');
          assert.ok(p.message.length > 5, 'problem has words');
        }
      });
    }

    it('reports an unclosed frontmatter and still reads the log', () => {
      const n = note(cases['no closing ---']);
      assert.match(n.problems[0].message, /never closed/);
      assert.equal(n.problems[0].line, 1);
      assert.equal(n.log.length, 1);
      assert.equal(n.name, 'Open Ended');
    });

    it('reports a list or scalar frontmatter', () => {
      assert.match(note(cases['frontmatter that is a list']).problems[0].message, /must be a list of "key: value" lines, not a list/);
      assert.match(note(cases['frontmatter that is a scalar']).problems[0].message, /not "just a string"/);
    });

    it('reports broken YAML on its line, with the H1 as the name', () => {
      const n = note(cases['a broken YAML block']);
      assert.equal(n.problems[0].line, 3);
      assert.match(n.problems[0].message, /^the frontmatter cannot be read here: this line is indented differently .*\(YAML: bad indentation/);
      assert.equal(n.name, 'Gallo Group');
    });

    it('strips a byte-order mark', () => {
      const n = note(`\ufeff${FULL}`);
      assert.deepEqual(n.problems, []);
      assert.equal(n.name, 'Northwind Studio');
    });

    it('reads CRLF notes the same as LF notes', () => {
      const lf = note(FULL);
      const crlf = note(FULL.replace(/\n/g, '\r\n'));
      assert.deepEqual(crlf.problems, []);
      assert.deepEqual(crlf.invoices, lf.invoices);
      assert.deepEqual(crlf.log, lf.log);
      assert.equal(crlf.name, lf.name);
    });

    it('warns about invalid UTF-8 and reads the rest', () => {
      const bytes = Buffer.concat([Buffer.from('---\nclient: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n- 2026-11-02 x #urgent\n')]);
      const n = parseClientNoteBytes(bytes, { file: 'x.md', fileStem: 'x', settings: settings() });
      assert.match(n.problems[0].message, /not valid UTF-8/);
      assert.equal(n.problems[0].line, 2);
      assert.equal(n.name, 'Caf\ufffd');
      assert.equal(n.log.length, 1);
    });

    it('refuses a note over the size cap, with a problem and the file name', () => {
      const big = Buffer.alloc(5 * 1024 * 1024, 'a');
      const n = parseClientNoteBytes(big, { file: 'big.md', fileStem: 'big', settings: settings() });
      assert.equal(n.name, 'big');
      assert.match(n.problems[0].message, /5\.0 MB, over the 1\.0 MB limit/);
      const roomy = parseClientNoteBytes(big, { file: 'big.md', fileStem: 'big', settings: settings({ maxNoteSizeKB: 8192 }) });
      assert.equal(roomy.problems.length, 0);
    });

    it('keeps __proto__ keys as data, never as prototypes', () => {
      const n = note('---\n__proto__:\n  polluted: yes\nclient: Proto\ninvoices:\n  - __proto__: {id: X}\n    id: P-1\n---\n');
      assert.equal(n.name, 'Proto');
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(n.invoices[0].id, 'P-1');
    });

    it('survives a YAML alias bomb in a known field', () => {
      const bomb = ['---', 'client: Bomb', 'a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'tags: *e', 'invoices: *e', '---'].join('\n');
      const n = note(bomb);
      assert.equal(n.name, 'Bomb');
      assert.ok(n.problems.length > 0);
    });

    it('never runs ---js frontmatter, and says so', () => {
      const g = globalThis as Record<string, unknown>;
      delete g.__clientFrictionPwned;
      for (const lang of ['js', 'javascript', 'JS']) {
        const n = note(`---${lang}\n{ client: (globalThis.__clientFrictionPwned = 'ran') }\n---\n# Sneaky\n`);
        assert.equal(g.__clientFrictionPwned, undefined, 'the code ran');
        assert.match(n.problems[0].message, /JavaScript frontmatter \(---js\) is never run/);
        assert.equal(n.name, 'Sneaky');
      }
    });

    it('does not read JSON or other frontmatter languages', () => {
      const n = note('---json\n{"client": "J"}\n---\n# Jay\n');
      assert.match(n.problems[0].message, /frontmatter in "json" is not read/);
      assert.equal(n.name, 'Jay');
    });
  });
});
