import assert from 'node:assert/strict';
import matter from 'gray-matter';
import { splitFrontmatter } from '../../src/core/read/frontmatter';
import { loadYaml } from '../../src/core/read/yaml';
import { generateNote, random } from '../bench/generateNotes';

// gray-matter on the whole note, with an engine that hands back the text it
// was given: the reference for where the frontmatter and the body are.
const refuse = () => {
  throw new Error('not run');
};
const WHOLE_NOTE = {
  language: 'yaml',
  engines: { yaml: { parse: (text: string) => ({ text }) }, js: { parse: refuse }, javascript: { parse: refuse } },
};

/** Splits as gray-matter does on the whole note, or says why the reader does not hand it the note. */
function reference(text: string): { matter: string; content: string; data: unknown } {
  const file = matter(text, WHOLE_NOTE as never) as unknown as { matter: string; content: string; isEmpty?: boolean };
  return { matter: file.matter, content: file.content, data: file.isEmpty ? {} : loadYaml(file.matter) };
}

/**
 * Where gray-matter closes the block with a line that is `---` alone (its
 * closer is the first `\n---`, whatever follows on the line), the reader
 * splits the same: the same fields and the same body. It differs on purpose
 * elsewhere: `----` or `--- text` close nothing, `--- # comment` closes as in
 * YAML, and a lone `\r` is a line break as in the editor.
 */
function assertSplitsLikeGrayMatter(text: string): boolean {
  const fm = splitFrontmatter(text);
  if (fm.problems.length > 0 || fm.data === undefined) return false;
  const closer = text.indexOf('\n---', text.indexOf('\n'));
  const rest = text.slice(closer + 4, closer + 6);
  if (/\r(?!\n)/.test(text) || !(rest === '' || rest[0] === '\n' || rest === '\r\n')) return false;
  const ref = reference(text);
  assert.equal(fm.body, ref.content, `body differs on ${JSON.stringify(text.slice(0, 120))}`);
  assert.deepStrictEqual(fm.data, ref.data);
  return true;
}

describe('frontmatter split', () => {
  it('gray-matter, handed the frontmatter block, splits notes as it does handed the whole note', () => {
    const shapes = [
      '---\n---\n',
      '---\n---',
      '---\na: 1\n---',
      '---\na: 1\n---\nbody',
      '---\na: 1\n---\r\nbody',
      '---\r\na: 1\r\n---\r\n\r\nbody\r\n',
      '---\na: 1\n---\n\n\nbody',
      '---\na: 1\n----\nbody',
      '---\na: 1\n--- trailing\nbody',
      '---\na: 1\n---\r\rbody',
      '---yaml\na: 1\n---\nbody',
      '---yml\na: 1\n---\nbody',
      '--- \na: 1\n---\nbody',
      '---  yaml  \r\na: 1\n---\nbody',
      '---\n# only a comment\n---\nbody',
      '---\n\n\n---\n\nbody',
      '---\na: 1\n---\n---\nb: 2\n---\n',
      '---\na: "x\n---"\n---\nbody',
    ];
    let answered = 0;
    for (const text of shapes) if (assertSplitsLikeGrayMatter(text)) answered++;
    assert.ok(answered >= shapes.length - 5, `only ${answered} shapes were split`);

    const r = random(3);
    const edits = ['\r', '\n', '\r\n', '\n---', '---', '\n--- x', ' ', '#', '\n\n'];
    for (let i = 0; i < 300; i++) {
      let text = generateNote(i);
      assert.ok(assertSplitsLikeGrayMatter(text), `generated note ${i} was not split`);
      if (i % 3 === 0) text = text.replace(/\n/g, '\r\n');
      for (let k = 0; k < 3; k++) {
        const at = Math.floor(r() * text.length);
        text = text.slice(0, at) + edits[Math.floor(r() * edits.length)] + text.slice(at);
      }
      try {
        assertSplitsLikeGrayMatter(text);
      } catch (err) {
        if (err instanceof assert.AssertionError) throw err;
        // loadYaml rejected the edited block: the note reports a problem instead.
      }
    }
  });
});
