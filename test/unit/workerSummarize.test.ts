import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFile, rmSync, stat as statFile, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BulkSummarize, NoteIndex } from '../../src/core/rank/noteIndex';
import { summarizeNoteBytes } from '../../src/core/rank/portfolio';
import { CacheFiles, CacheLine, NoteStat, SummaryCache } from '../../src/core/rank/summaryCache';
import { fileStatOf, readNoteAsync } from '../../src/node/readNote';
import { summarizeInWorkers } from '../../src/node/workerSummarize';
import { generateNote } from '../bench/generateNotes';
import { AS_OF, settings } from './helpers';

const isNotFound = (err: Error) => (err as NodeJS.ErrnoException).code === 'ENOENT';

/** Cache files in memory, as text. */
class MemoryStore implements CacheFiles {
  readonly files = new Map<string, string>();
  async read(name: string): Promise<string[] | undefined> {
    return this.files.get(name)?.split('\n');
  }
  async write(name: string, lines: readonly CacheLine[]): Promise<void> {
    this.files.set(name, lines.map((line) => `${typeof line === 'string' ? line : line.join('')}\n`).join(''));
  }
}

/** Ids and what the index kept for them, in ranking order, plus the former clients. */
function contents(index: NoteIndex): unknown {
  return {
    ranked: index.rankedClients(),
    all: [...index.summaries()].sort((a, b) => (a.file < b.file ? -1 : 1)),
  };
}

describe('bulk reading', () => {
  it('takes what a bulk port reports and reads everything it leaves through the per-file port', async () => {
    const texts = new Map<string, string>();
    for (let i = 0; i < 40; i++) texts.set(`clients/c${i}.md`, generateNote(i));
    const portReads: string[] = [];
    const read = (id: string, done: (err: Error | null, data?: Uint8Array) => void) => {
      portReads.push(id);
      const text = texts.get(id);
      setImmediate(() => (text === undefined ? done(Object.assign(new Error(`ENOENT: ${id}`), { code: 'ENOENT' })) : done(null, Buffer.from(text))));
    };
    const ids = [...texts.keys(), 'clients/gone.md', 'clients/locked.md'];
    // Reports the even notes itself, fails two reads, leaves the odd notes.
    const bulk: BulkSummarize = async (bulkIds, job, sink) => {
      bulkIds.forEach((id, i) => {
        if (id === 'clients/gone.md') sink.failed(i, Object.assign(new Error('ENOENT: gone'), { code: 'ENOENT' }));
        else if (id === 'clients/locked.md') sink.failed(i, Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
        else if (i % 2 === 0) sink.summary(i, summarizeNoteBytes(id, job.stems[i], Buffer.from(texts.get(id)!), job.settings, job.asOf));
      });
    };
    const withBulk = new NoteIndex({ settings: settings(), asOf: AS_OF, read, bulk, isNotFound });
    await withBulk.build(ids);
    assert.deepEqual(portReads.sort(), [...texts.keys()].filter((_, i) => i % 2 === 1).sort());
    assert.equal(withBulk.get('clients/gone.md'), undefined, 'a note that is gone is dropped');
    assert.match(withBulk.get('clients/locked.md')!.problems[0].message, /could not be read: EACCES/);

    const portOnly = new NoteIndex({ settings: settings(), asOf: AS_OF, read, isNotFound });
    texts.set('clients/locked.md', ''); // the port cannot fail it: compare the rest
    await portOnly.build([...texts.keys()]);
    portOnly.remove('clients/locked.md');
    withBulk.remove('clients/locked.md');
    assert.deepEqual(contents(withBulk), contents(portOnly));
  });

  it('reads everything through the per-file port when the bulk port fails', async () => {
    const texts = new Map([...Array(10).keys()].map((i) => [`clients/c${i}.md`, generateNote(i)]));
    const read = (id: string, done: (err: Error | null, data?: Uint8Array) => void) => done(null, Buffer.from(texts.get(id)!));
    const bulk: BulkSummarize = async (_ids, job, sink) => {
      sink.summary(0, summarizeNoteBytes('clients/c0.md', job.stems[0], Buffer.from(texts.get('clients/c0.md')!), job.settings, job.asOf));
      throw new Error('worker crashed');
    };
    const index = new NoteIndex({ settings: settings(), asOf: AS_OF, read, bulk });
    await index.build([...texts.keys()]);
    assert.equal(index.size, 10);
  });

  describe('in worker threads', function () {
    let dir = '';
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'cf-bulk-'));
      mkdirSync(join(dir, 'clients'));
      for (let i = 0; i < 400; i++) writeFileSync(join(dir, 'clients', `c${i}.md`), generateNote(i));
      writeFileSync(join(dir, 'clients', 'bom.md'), `\ufeff${generateNote(401)}`);
      writeFileSync(join(dir, 'clients', 'latin1.md'), Buffer.from(generateNote(402).replace('Main contact', 'Main contäct'), 'latin1'));
      writeFileSync(join(dir, 'clients', 'huge.md'), `${generateNote(403)}\n${'x'.repeat(300 * 1024)}\n`); // larger than a worker's read buffer
      writeFileSync(join(dir, 'clients', 'too-big.md'), 'x'.repeat(1024 * 1024 + 1));
      mkdirSync(join(dir, 'clients', 'folder.md'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('summarizes exactly as the per-file port does, read errors included', async () => {
      const ids = [...Array(400).keys()].map((i) => `clients/c${i}.md`).concat(['clients/bom.md', 'clients/latin1.md', 'clients/huge.md', 'clients/too-big.md', 'clients/folder.md', 'clients/missing.md']);
      const pathOf = (id: string) => join(dir, id);
      const read = (id: string, done: (err: Error | null, data?: Uint8Array) => void) => readNoteAsync(pathOf(id), settings().maxNoteBytes, done);
      let portReads = 0;
      const countingRead = (id: string, done: (err: Error | null, data?: Uint8Array) => void) => {
        portReads++;
        read(id, done);
      };
      const viaWorkers = new NoteIndex({ settings: settings(), asOf: AS_OF, read: countingRead, isNotFound, bulk: summarizeInWorkers({ pathOf, workers: 2 }) });
      const viaPort = new NoteIndex({ settings: settings(), asOf: AS_OF, read, isNotFound });
      await Promise.all([viaWorkers.build(ids), viaPort.build(ids)]);
      assert.equal(portReads, 0, 'the workers read every note');
      assert.equal(viaWorkers.size, ids.length - 1, 'the missing note is dropped');
      assert.match(viaWorkers.get('clients/folder.md')!.problems[0].message, /could not be read: it is not a regular file/);
      assert.match(viaWorkers.get('clients/too-big.md')!.problems[0].message, /over the 1.0 MB limit/);
      assert.match(viaWorkers.get('clients/latin1.md')!.problems[0].message, /not valid UTF-8/);
      assert.deepEqual(contents(viaWorkers), contents(viaPort));
    });

    it('keeps each summary as the cache writes it: the files hold, line for line, what packing every summary again writes, from the workers, and from the cache after a change', async () => {
      const ids = [...Array(400).keys()].map((i) => `clients/c${i}.md`);
      const pathOf = (id: string) => join(dir, id);
      const anHourAgo = new Date(Date.now() - 3_600_000);
      for (const id of ids) utimesSync(pathOf(id), anHourAgo, anHourAgo);
      const read = (id: string, done: (err: Error | null, data?: Uint8Array, st?: NoteStat) => void) => readNoteAsync(pathOf(id), settings().maxNoteBytes, done);
      const stat = (id: string, done: (err: Error | null, st?: NoteStat) => void) => statFile(pathOf(id), (err, st) => done(err, st && fileStatOf(st)));
      const index = (workers: boolean) => new NoteIndex({ settings: settings(), asOf: AS_OF, read, stat, isNotFound, keepFacts: true, bulk: workers ? summarizeInWorkers({ pathOf, workers: 2 }) : undefined });
      const saved = async (from: NoteIndex) => {
        const store = new MemoryStore();
        await new SummaryCache(store, 'folder', settings()).save(await from.cacheEntries(), AS_OF);
        return store;
      };
      // Each file's header and its entry lines, in any order (the notes' order is that in which they were read).
      const written = (store: MemoryStore) =>
        [...store.files].map(([name, text]) => {
          const lines = text.split('\n');
          return { name, header: lines[0], entries: lines.slice(1, -2).sort() };
        });
      const viaWorkers = index(true);
      await viaWorkers.build(ids);
      assert.ok((await viaWorkers.cacheEntries()).every((e) => e.summaryTail !== undefined), 'the workers hand each summary packed');
      const viaPort = index(false);
      await viaPort.build(ids);
      assert.ok((await viaPort.cacheEntries()).every((e) => e.summaryTail === undefined));
      const store = await saved(viaWorkers);
      assert.deepEqual(written(store), written(await saved(viaPort)));

      // Warm from that cache, one note changed on disk and read again: the kept lines and the new one.
      const warm = index(false);
      await warm.build(ids, await new SummaryCache(store, 'folder', settings()).load(AS_OF));
      assert.ok((await warm.cacheEntries()).every((e) => e.summaryTail === undefined), 'a cache read is not kept packed: its summaries are packed again when written');
      writeFileSync(pathOf('clients/c7.md'), `${generateNote(7)}\n- 2026-11-20 23:30 call at night\n`);
      utimesSync(pathOf('clients/c7.md'), anHourAgo, anHourAgo);
      await warm.refresh('clients/c7.md');
      await new SummaryCache(store, 'folder', settings()).save(await warm.cacheEntries(), AS_OF);
      const cold = index(false);
      await cold.build(ids);
      assert.deepEqual(written(store), written(await saved(cold)));
      assert.equal(written(store)[0].entries.length, ids.length);
      writeFileSync(pathOf('clients/c7.md'), generateNote(7));
    });

    it('leaves small jobs, and a worker that cannot start, to the per-file port', async () => {
      const ids = ['clients/c1.md', 'clients/c2.md'];
      let portReads = 0;
      const read = (id: string, done: (err: Error | null, data?: Uint8Array) => void) => {
        portReads++;
        readFile(join(dir, id), done);
      };
      const small = new NoteIndex({ settings: settings(), asOf: AS_OF, read, bulk: summarizeInWorkers({ pathOf: (id) => join(dir, id) }) });
      await small.build(ids);
      assert.equal(portReads, 2);

      portReads = 0;
      const broken = summarizeInWorkers({ pathOf: (id) => join(dir, id), minNotes: 1, script: join(dir, 'no-such-worker.js') });
      const index = new NoteIndex({ settings: settings(), asOf: AS_OF, read, bulk: broken });
      await index.build(ids);
      assert.equal(portReads, 2);
      assert.equal(index.size, 2);
    });
  });
});
