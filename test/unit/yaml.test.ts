import assert from 'node:assert/strict';
import { load, CORE_SCHEMA } from 'js-yaml';
import { fastLoad, GAVE_UP, loadYaml, YamlError } from '../../src/core/read/yaml';
import { generateNote, random } from '../bench/generateNotes';

/** js-yaml's answer, or the error it throws. */
function reference(text: string): { value?: unknown; error?: string } {
  try {
    return { value: load(text, { schema: CORE_SCHEMA }) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/** Whenever the fast path answers, js-yaml must answer exactly the same. */
function assertAgrees(text: string): boolean {
  const fast = fastLoad(text);
  if (fast === GAVE_UP) return false;
  const ref = reference(text);
  assert.equal(ref.error, undefined, `fast path accepted what js-yaml rejects:\n${text}\njs-yaml: ${ref.error}`);
  assert.deepStrictEqual(fast, ref.value, `fast path differs from js-yaml on:\n${text}`);
  return true;
}

function frontmatterOf(note: string): string {
  return note.slice(3, note.indexOf('\n---', 3));
}

describe('YAML fast path', () => {
  it('reads realistic notes exactly as js-yaml does, without giving up', () => {
    for (let i = 0; i < 300; i++) {
      assert.ok(assertAgrees(frontmatterOf(generateNote(i))), `gave up on generated note ${i}`);
    }
  });

  const FRAGMENTS = [
    'client: Northwind Studio',
    'client: "Quoted: with colon"',
    "client: 'it''s quoted'",
    'client: a: b',
    'client: value # comment',
    'client: value#not-a-comment',
    'client: C#',
    'rate: 90',
    'rate: -5',
    'rate: 1.5',
    'rate: 0x1F',
    'rate: 1e3',
    'rate: .5',
    'rate: +1',
    'rate: 007',
    'rate: -0',
    'rate: 12:30',
    'rate: "2,400"',
    'rate: 2,400',
    'since: 2026-02-30',
    'since: 2026-09-30',
    'since: 2026-09-30T10:00:00Z',
    'ok: true',
    'ok: True',
    'ok: yes',
    'ok: on',
    'empty:',
    'empty: ~',
    'empty: null',
    'empty: NULL',
    'empty: # only a comment',
    'tags: [a, b c, "d"]',
    'tags: []',
    'tags: [a, [b]]',
    'tags: [a, {b: c}]',
    'tags: [1, 2]',
    'tags: [a,, b]',
    'tags: {a: 1}',
    'contact:\n  name: Dana\n  email: dana@x.example',
    'contact:\n  name: Dana\n   email: bad indent',
    'contact:\n    deep: 1\n  shallower: 2',
    'invoices:\n  - id: A\n    amount: 1\n  - id: B\n    paid: 2026-01-01',
    'invoices:\n- id: A\n  amount: 1\n- id: B',
    'invoices:\n  -   id: A\n      amount: 3',
    'invoices:\n  - id: A\n   amount: 1',
    'invoices:\n  - A\n  - B\n  -\n  - - nested',
    'invoices:\n  -\n    id: A',
    'list:\n  - a\nnext: 1',
    'scope: first line\n  continued line',
    'scope: |\n  block',
    'scope: >\n  folded',
    'anchor: &a 1',
    'alias: *a',
    'tagged: !!str 5',
    'dup: 1\ndup: 2',
    '__proto__: x',
    'key with spaces: 1',
    'quoted "inner": 1',
    '"quoted key": 1',
    '? complex',
    '- top level list',
    'text: "escaped \\" quote"',
    'text: "unterminated',
    "text: 'two'' quotes'' here'",
    'text: "a" trailing',
    'text: -dash start',
    'text: @at',
    'text: `tick',
    'text: %percent',
    'text: 50%',
    'text: ünïcödé and emoji 🎉',
    'text:    lots of space   ',
    'text: ends in a no-break space\u00a0',
    'text: ideographic\u3000space',
    'tags: [nbsp\u00a0, b]',
    'text: line\u2028separator',
    '# a comment line',
    '',
    '   ',
    'key:value',
    'key :value',
    '...',
    '---',
  ];

  it('agrees with js-yaml on hand-picked shapes, alone and combined', () => {
    let answered = 0;
    for (const a of FRAGMENTS) {
      if (assertAgrees(a)) answered++;
      for (const b of FRAGMENTS) if (assertAgrees(`${a}\n${b}`)) answered++;
    }
    assert.ok(answered > 1000, `the fast path answered only ${answered} combinations`);
  });

  it('agrees with js-yaml on 20,000 random documents built from those shapes', () => {
    const r = random(42);
    let answered = 0;
    for (let n = 0; n < 20_000; n++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(r() * 6);
      for (let k = 0; k < count; k++) {
        let line = FRAGMENTS[Math.floor(r() * FRAGMENTS.length)];
        if (r() < 0.15) line = line.replace(/^/gm, ' '.repeat(Math.floor(r() * 4)));
        if (r() < 0.1) line = line.replace(/\n/g, '\r\n');
        lines.push(line);
      }
      if (assertAgrees(lines.join('\n'))) answered++;
    }
    assert.ok(answered > 1500, `the fast path answered only ${answered} documents`);
  });

  it('gives up on the features it does not read', () => {
    for (const text of ['a: &x 1\nb: *x', 'a: |\n  text', 'a: !!int 3', 'a: "esc\\n"', 'a: 1\na: 2', 'a: b\n  c', '\ta: 1']) {
      assert.equal(fastLoad(text), GAVE_UP, text);
    }
  });

  it('reports js-yaml errors with a position', () => {
    assert.throws(
      () => loadYaml('client: a\n rate: 1\n'),
      (err: unknown) => err instanceof YamlError && err.line === 1 && /bad indentation/.test(err.message),
    );
  });

  it('keeps bare dates as text: no Date objects, no rollover', () => {
    assert.deepStrictEqual(loadYaml('due: 2026-02-30\npaid: 2026-09-30'), { due: '2026-02-30', paid: '2026-09-30' });
    assert.deepStrictEqual(loadYaml('due: &d 2026-02-30\npaid: *d'), { due: '2026-02-30', paid: '2026-02-30' });
  });

  it('survives alias bombs and deep nesting without hanging', () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    ].join('\n');
    const value = loadYaml(bomb) as Record<string, unknown[]>;
    assert.equal(value.g.length, 9); // shared references, never expanded
    assert.throws(() => loadYaml(`a: ${'['.repeat(20000)}`), YamlError);
  });

  it('reads a frontmatter in place, within the note, as the same text sliced out of it', () => {
    const r = random(23);
    const edits = ['\n', ' ', '#', ':', '"', "'", '[', '\t', '- ', '\r', '\u00a0'];
    for (let i = 0; i < 300; i++) {
      let note = generateNote(i, 5);
      for (let k = 0; k < 3; k++) {
        const at = Math.floor(r() * note.length);
        note = note.slice(0, at) + edits[Math.floor(r() * edits.length)] + note.slice(at);
      }
      const end = note.indexOf('\n---', 3) + 1;
      if (end <= 4) continue;
      const slice = note.slice(4, end);
      assert.deepStrictEqual(fastLoad(note, 4, end), fastLoad(slice), `generated note ${i}`);
    }
  });
});
