import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnippets } from '../../src/core/offboard/snippets';
import { readLogEntry } from '../../src/core/read/logEntry';
import { KNOWN_TAGS } from '../../src/core/tags';
import { repoRoot } from './helpers';

/** VS Code's own snippet parser, as monaco-editor ships it (the source of vs/editor/contrib/snippet/browser/snippetParser.ts). */
interface Marker {
  children: Marker[];
  toString(): string;
}
interface SnippetParserModule {
  SnippetParser: new () => { parse(value: string, insertFinalTabstop?: boolean): Marker & { placeholders: Marker[] } };
  Choice: new (...args: never[]) => Marker & { options: { value: string }[] };
  Placeholder: new (...args: never[]) => Marker & { index: number };
  Text: new (...args: never[]) => Marker & { value: string };
}
const PARSER = 'monaco-editor/editor/contrib/snippet/browser/snippetParser.js';
// An ES module: loaded with import(), which the compiled CommonJS test keeps (a variable keeps TypeScript from looking for its types).
const loadParser = () => import(PARSER) as Promise<SnippetParserModule>;

describe('snippets', () => {
  it('the committed snippets/markdown.json is what the language packs produce (npm run snippets)', () => {
    const committed = JSON.parse(readFileSync(join(repoRoot(), 'snippets', 'markdown.json'), 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(buildSnippets())));
  });

  it('has a unique prefix per snippet, and a script of each kind in each language', () => {
    const snippets = Object.values(buildSnippets());
    const prefixes = snippets.map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const p of ['cf-note', 'cf-log', 'cf-invoice', 'cf-offboard', 'cf-offboard-ms', 'cf-script-short', 'cf-script-ms-pay-final', 'cf-script-new-terms', 'cf-script-ms-new-terms']) assert.ok(prefixes.includes(p), p);
  });

  it("parses every snippet body by VS Code's snippet rules: no `${` left as text, every choice a real choice (issue 21)", async () => {
    const { SnippetParser, Choice, Text } = await loadParser();
    const walk = (m: Marker, visit: (m: Marker) => void) => {
      visit(m);
      for (const c of m.children) walk(c, visit);
    };
    for (const [name, snippet] of Object.entries(buildSnippets())) {
      const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
      const parsed = new SnippetParser().parse(body, true);
      walk(parsed, (m) => {
        // Text the parser could not read as a tab stop, a choice or a variable is inserted as it is.
        if (m instanceof Text) assert.doesNotMatch(m.value, /\$\{|\$[A-Z_0-9]/, `${name}: "${m.value}" would be inserted as text`);
        if (m instanceof Choice) assert.ok(m.options.length > 0 && m.options.every((o) => o.value !== ''), `${name}: a choice with an empty option`);
      });
    }
  });

  it('writes log entries the reader reads as the kind they teach: cf-log a contact, cf-work own work, with known tags', async () => {
    const { SnippetParser } = await loadParser();
    const snippets = Object.values(buildSnippets());
    const expand = (prefix: string) => {
      const s = snippets.find((x) => x.prefix === prefix)!;
      const body = (Array.isArray(s.body) ? s.body.join('\n') : s.body)
        .replace(/\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE/g, '2026-11-27')
        .replace(/\$CURRENT_HOUR:\$CURRENT_MINUTE/g, '21:30');
      return new SnippetParser().parse(body, true).toString();
    };
    const log = readLogEntry(expand('cf-log'), 2, 1, {}, []);
    assert.ok(log?.contact, expand('cf-log'));
    assert.equal(log!.minutes, 21 * 60 + 30);
    assert.equal(log!.tags.length, 1, expand('cf-log'));
    const work = readLogEntry(expand('cf-work'), 2, 1, {}, []);
    assert.equal(work?.contact, false, expand('cf-work'));
    assert.equal(work!.hours, 1.5);
    // Between them the two offer every known tag.
    const offered = snippets
      .filter((x) => x.prefix === 'cf-log' || x.prefix === 'cf-work')
      .flatMap((x) => [...(Array.isArray(x.body) ? x.body.join('\n') : x.body).matchAll(/#\$\{\d+\|([^|]*)\|\}/g)].flatMap((m) => m[1].split(',')));
    assert.deepEqual([...new Set(offered)].sort(), [...KNOWN_TAGS].sort());
  });
});
