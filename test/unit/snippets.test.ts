import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnippets } from '../../src/core/offboard/snippets';
import { repoRoot } from './helpers';

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
});
