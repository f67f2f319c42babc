/**
 * The log reader against CommonMark (issue 20, item 9): the 652 examples of
 * the CommonMark 0.31.2 spec (the `commonmark-spec` package), with a date put
 * after every list marker, read by the body scanner and by markdown-it (what
 * VS Code's preview shows). The examples where the two disagree are listed,
 * each with why, in KNOWN and in the README ("The log reader and
 * CommonMark"): a new difference, or one that goes away, fails the test.
 */
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { scanBody } from '../../src/core/read/markdownBody';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const spec = require('commonmark-spec') as { tests: { markdown: string; number: number; section: string }[] };

/**
 * Where the scanner, a line scanner without CommonMark's containers, reads
 * otherwise than markdown-it: an entry counted that the preview shows as
 * something else (+), or one missed (−).
 */
const KNOWN: Record<number, string> = {
  110: '+ a list item indented 4 spaces after a paragraph and a blank line is indented code',
  238: '+ an indented list item after a block quote is a lazy continuation of its paragraph',
  289: '+ a list item indented 4 spaces at the start of the document is indented code',
  304: '+ an ordered item numbered other than 1 cannot interrupt a paragraph: it continues it',
  312: '+ a fifth item indented 4 spaces under one indented 3 continues its paragraph',
  313: '+ an item indented 4 spaces after a blank line, outside the list, is indented code',
  318: '− a fence opened on a list item\'s own line hides the next item from the scanner (it sees its closing line as an opening)',
};

const md = new MarkdownIt({ html: true });

/** The example with `2026-01-01 ` after every list marker at the start of a line. */
function dated(markdown: string): string {
  return markdown.replace(/→/g, '\t').replace(/^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)/gm, '$12026-01-01 ');
}

/** Lines of the list items whose text starts with a date, per markdown-it (as markdownBody.test.ts reads them). */
function reference(body: string): number[] {
  const lines = body.split('\n');
  const out: number[] = [];
  for (const token of md.parse(body, {})) {
    if (token.type === 'list_item_open' && token.map && /^\s*(?:[-*+]|\d+[.)])\s+\d{4}-\d{2}-\d{2}(?:\s|$)/.test(lines[token.map[0]])) out.push(token.map[0] + 1);
  }
  return out;
}

describe('log reader against the CommonMark spec examples (markdown-it as the reference)', () => {
  it('reads the dated list items of every example as markdown-it does, but for the differences the README explains', () => {
    assert.equal(spec.tests.length, 652);
    let dated_ = 0;
    const differ: number[] = [];
    const wrong: string[] = [];
    for (const example of spec.tests) {
      const body = dated(example.markdown);
      const want = reference(body);
      const got = scanBody(body, 1, {}).log.map((e) => e.line);
      if (want.length === 0 && got.length === 0) continue;
      dated_++;
      if (JSON.stringify(want) === JSON.stringify(got)) continue;
      differ.push(example.number);
      if (!(example.number in KNOWN)) wrong.push(`example ${example.number} (${example.section}): markdown-it ${JSON.stringify(want)}, scanner ${JSON.stringify(got)}`);
    }
    assert.deepEqual(wrong, [], 'differences not explained in the README');
    assert.deepEqual(differ, Object.keys(KNOWN).map(Number), 'a known difference went away: take it out of KNOWN and the README');
    assert.equal(dated_, 82);
  });
});
