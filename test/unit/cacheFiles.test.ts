import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import type { CacheLine } from '../../src/core/rank/summaryCache';
import { cacheFilesIn, encodeLines, linesOf } from '../../src/node/cacheFiles';

/** What the lines are on disk: each followed by a line feed, as UTF-8. */
function expectedBytes(lines: readonly CacheLine[]): Buffer {
  return Buffer.from(lines.map((line) => `${typeof line === 'string' ? line : line.join('')}\n`).join(''), 'utf8');
}

async function encoded(lines: readonly CacheLine[]): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await encodeLines(lines, async (chunk) => {
    chunks.push(chunk);
  });
  return Buffer.concat(chunks);
}

// Text without line feeds: any UTF-16, lone surrogates included (they encode as U+FFFD, as Buffer.from does).
const line = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/\n/g, ' '));

describe('cacheFiles: the summary cache as lines', () => {
  it('encodes lines byte for byte as their text with line feeds, in pieces, for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (lines) => {
        assert.deepEqual(await encoded(lines), expectedBytes(lines));
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });

  it('writes a line given in pieces as the pieces joined, never joining them itself', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.array(fc.string({ unit: 'grapheme', maxLength: 10 }).map((p) => p.replace(/\n/g, ' ')), { maxLength: 4 })), { maxLength: 20 }), async (lines) => {
        const clean = lines.map((l) => (typeof l === 'string' ? l.replace(/\n/g, ' ') : l));
        assert.deepEqual(await encoded(clean), expectedBytes(clean));
      }),
      { seed: 20261131, numRuns: 300 },
    );
    const long = ['a'.repeat(700_000), '\t', 'é'.repeat(300_000)];
    assert.ok((await encoded([long, 'x'])).equals(expectedBytes([long, 'x'])));
  });

  it('reads back the lines it wrote (ASCII and not), with the empty piece after the last line feed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/\n/g, ' ')), { maxLength: 30 }), async (lines) => {
        assert.deepEqual(await linesOf(await encoded(lines)), [...lines, '']);
      }),
      { seed: 20261129, numRuns: 300 },
    );
  });

  it('splits any bytes as decoding them whole and splitting the text would', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        assert.deepEqual(await linesOf(bytes), Buffer.from(bytes).toString('utf8').split('\n'));
      }),
      { seed: 20261130, numRuns: 500 },
    );
  });

  it('writes lines longer than a chunk, and many chunks, whole', async () => {
    const lines = ['{"format":"x"}', 'é'.repeat(600_000), ...Array.from({ length: 3000 }, (_, i) => `line ${i} ${'x'.repeat(i % 900)}`), '€'.repeat(400_000), 'end'];
    const bytes = await encoded(lines);
    assert.ok(bytes.equals(expectedBytes(lines)));
    assert.deepEqual(await linesOf(bytes), [...lines, '']);
  });

  it('replaces a file on disk at once and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-cache-files-'));
    try {
      const files = cacheFilesIn(join(dir, 'cache'));
      assert.equal(await files.read('a.facts'), undefined);
      await files.write('a.facts', ['one', 'twö', '']);
      assert.equal(readFileSync(join(dir, 'cache', 'a.facts'), 'utf8'), 'one\ntwö\n\n');
      await files.write('a.facts', ['new']);
      assert.deepEqual(await files.read('a.facts'), ['new', '']);
      assert.deepEqual(readdirSync(join(dir, 'cache')), ['a.facts']);
      writeFileSync(join(dir, 'cache', 'b.facts'), 'no line feed at the end');
      assert.deepEqual(await files.read('b.facts'), ['no line feed at the end']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
