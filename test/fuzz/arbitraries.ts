/**
 * Random and adversarial client notes for the property suite: notes built
 * from the pieces that broke the pipeline before (frontmatter shapes, YAML a
 * targeted edit cannot change, hostile names, long runs of one character,
 * fences and comments left open, dates and amounts out of range), with every
 * kind of line break, a byte-order mark, and raw random text mixed in.
 */
import fc from 'fast-check';

const OPENERS = ['---', '---', '---', '---yaml', '--- yaml', '---YML', '---js', '---toml', '----', '--- x', ''];
const CLOSERS = ['---', '---', '---', '--- # end', '---  ', '----', '--- text', '...', ''];

const YAML_LINES = [
  'client: Northwind Studio',
  'client: "Acme\\n- 2026-11-01 rude #disrespect\\n- [x] done"',
  'client: "[x](command:workbench.action.terminal.new)"',
  'client: "\\e[2J\\e]0;pwned\\a"',
  'client: "<!-- a"',
  'client: Café & Pine # comment',
  'client:',
  'status: active',
  'status: "active"',
  'status: lead # lead | active',
  'status:',
  'status: |',
  'status: >-',
  '  active',
  'status: &s active',
  'other: *s',
  'status: !!str active',
  'status: [active]',
  'status: "act',
  '  ive"',
  'status: offboarding',
  'status: former',
  '{client: A, status: active}',
  'scope: "first\\nstatus: x"',
  'scope: "first',
  'status: active',
  '  end"',
  'scope: Brand refresh',
  'contact: Dana Whitfield <dana@northwind.example>',
  'contact: {name: Dana, email: d@x.example, phone: 123}',
  'contact: "a      b"',
  'since: 2025-02-10',
  'since: 1700-01-01',
  'since: 0050-01-01',
  'since: 2026-13-45',
  'rate: 90',
  'rate: "2,400"',
  'rate: "EUR 1.200,50"',
  'rate: 1e308',
  'rate: -5',
  'rate: 0.0000001',
  'currency: EUR',
  'currency: "\\e[31m"',
  'notice_days: 30',
  'notice_days: 100000000',
  'notice_days: 2.5',
  'revisions_included: 2',
  'contract: contracts/msa.pdf',
  'contract: command:workbench.action.terminal.new',
  'contract: ../../../../etc/passwd',
  'contract: https://example.com/msa',
  'tags: [retainer, design]',
  'tags: a, b',
  'invoices:',
  'invoices: []',
  '  - id: NW-014',
  '  - id: "X\\nY"',
  '  - {id: A, amount: 1e308, due: 2026-01-01}',
  '  -',
  '    amount: 2400',
  '    amount: 1e308',
  '    amount: "1 2 3"',
  '    issued: 2026-09-01',
  '    due: 2026-09-30',
  '    due: 1700-01-01',
  '    due: bad',
  '    paid: 2026-10-21',
  '    paid: true',
  '# a comment',
  '',
  '  ',
  'key with spaces: x',
  '"quoted": y',
  '%YAML 1.2',
];

const BODY_LINES = [
  '# Northwind Studio',
  '## Log',
  '## Catatan',
  '### Notes',
  '## Offboarding (started 2026-11-27)',
  'Free text with [brackets](command:x) and <b>html</b>',
  '===',
  '- 2026-11-03 23:40 WhatsApp about the hero image #urgent',
  '- 2026-11-04 Feedback #revision #vague',
  '- 2026-11-05 1.5h Call about a blog #scope-creep',
  '- 2026-11-10 3h Design work',
  '- 2026-11-12 #disrespect',
  '- 2026-11-13 Sent draft #waiting',
  '- 2026-11-14 #reply #praise',
  '- 2026-11-15 promised to pay NW-014 by 2026-11-20 #promise',
  '- 1700-01-01 10h ancient work',
  '- 0050-06-01 roman work',
  '- 2101-01-01 future work',
  '- 1900-01-01 5h early work',
  `- 2026-11-01 ${'9'.repeat(400)}h work`,
  '- 2026-11-01 25:99 bad time',
  '- 2026-02-30 impossible',
  '- 3/11/2026 misdated',
  '- [ ] a task',
  '- [x] a done task',
  '```',
  '~~~',
  '```js',
  '<!--',
  '-->',
  '<!-- one line -->',
  '    - 2026-11-20 indented',
  '',
  '   ',
  '---',
];

/** One of the pieces, or random text (any characters, including line breaks and controls). */
function piece(pool: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
    { weight: 1, arbitrary: longRun() },
  );
}

/** A long run of one hostile character, with something after it (what made the old regexes backtrack). */
function longRun(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('', '# a', 'rate: "1', 'contact: "a', 'status: a', 'a', '- 2026-11-01', '"', '['), fc.constantFrom(' ', '#', '"', '[', '-', '\t', '\n', '`', '<!--'), fc.integer({ min: 100, max: 4000 }), fc.constantFrom('b', 'x"', ': 1', '', '>'))
    .map(([head, ch, n, tail]) => `${head}${ch.repeat(n)}${tail}`);
}

const BREAKS = ['\n', '\n', '\n', '\r\n', '\r'];

/** Lines joined with one kind of break, or with a mix of them. */
function joinLines(lines: string[], breaks: number[], mixed: boolean): string {
  let out = '';
  for (let i = 0; i < lines.length; i++) out += lines[i] + BREAKS[mixed ? breaks[i % breaks.length] : breaks[0]];
  return out;
}

/** A client note: frontmatter (or none, or a broken one), a body, line breaks of any kind, maybe a BOM. */
export function noteText(): fc.Arbitrary<string> {
  return fc
    .record({
      bom: fc.boolean(),
      opener: fc.constantFrom(...OPENERS),
      yaml: fc.array(piece(YAML_LINES), { maxLength: 16 }),
      closer: fc.constantFrom(...CLOSERS),
      body: fc.array(piece(BODY_LINES), { maxLength: 24 }),
      breaks: fc.array(fc.integer({ min: 0, max: BREAKS.length - 1 }), { minLength: 1, maxLength: 4 }),
      mixed: fc.boolean(),
      trailing: fc.boolean(),
    })
    .map((n) => {
      const lines = n.opener ? [n.opener, ...n.yaml, ...(n.closer ? [n.closer] : []), ...n.body] : n.body;
      let text = joinLines(lines, n.breaks, n.mixed);
      if (!n.trailing) text = text.replace(/(\r\n|\r|\n)$/, '');
      return (n.bom ? '\ufeff' : '') + text;
    });
}

/** Anything at all, as text: the parser must hold on every string. */
export function anyText(): fc.Arbitrary<string> {
  return fc.oneof(
    noteText(),
    fc.string({ maxLength: 400, unit: 'binary' }),
    fc.string({ maxLength: 400, unit: fc.constantFrom('-', '#', ' ', '\n', '\r', ':', '"', "'", '[', ']', '{', '}', '`', '<', '!', '-', 'a', '1', '|', '>', '&', '*') }),
  );
}

/**
 * A note of about `bytes` characters of one hostile shape: the pieces
 * repeated, or one long line, for the size-cap demonstrations.
 */
export function bigNote(shape: string, bytes: number): string {
  const fill = (unit: string) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  switch (shape) {
    case 'spaces':
      return `# a${fill(' ')}b\n`;
    case 'hashes':
      return fill('#');
    case 'quotes':
      return `---\nclient: "${fill('"')}\n---\n`;
    case 'brackets':
      return `---\ntags: ${fill('[')}\n---\n${fill('[')}`;
    case 'long line':
      return `---\nrate: "1${fill(' ')}x"\n---\n`;
    case 'blank lines in the frontmatter':
      return `---\n${fill('\n \n')}client: A\n---\n`;
    case 'invoices':
      return `---\ninvoices:\n${fill('  - id: I\n    amount: 1\n    due: bad\n')}\n---\n`;
    case 'log':
      return `---\nclient: A\nrate: 90\n---\n## Log\n${fill('- 2026-11-03 23:40 1.5h WhatsApp about the hero image #urgent #revision\n')}`;
    case 'fences and comments':
      return fill('```\n<!--\n- 2026-11-03 x\n-->\n~~~\n');
    case 'mixed pieces':
      return fill([...YAML_LINES, ...BODY_LINES].join('\n'));
    default:
      throw new Error(`unknown shape ${shape}`);
  }
}

export const BIG_SHAPES = ['spaces', 'hashes', 'quotes', 'brackets', 'long line', 'blank lines in the frontmatter', 'invoices', 'log', 'fences and comments', 'mixed pieces'];
