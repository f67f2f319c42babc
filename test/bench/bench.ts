/**
 * `npm run bench [-- --notes N --json]`: measures the index on N generated
 * notes against the fastest way found to merely read the same files.
 *
 * Targets (10,000 notes, on the 2-core reference machine): warm start (the
 * summary cache) to the complete ranking ≤ 1.5× the read floor; cold index
 * through the CLI's workers ≤ 5× the floor; one changed note re-indexed and
 * re-ranked p95 ≤ 2 ms; a big note (10,000 log lines, ~1 MB) edited in the
 * editor re-ranked p95 ≤ 16 ms (one frame); retained heap of the index
 * ≤ 30 MB. Each figure is printed against its target, not asserted: timing
 * asserts in tests are flaky; the closing notes of the work quote them.
 *
 * The bench runs as an esbuild bundle (scripts/build.mjs), as the product
 * does: the file-by-file build of the tests pays for a module getter on
 * every imported binding. CPU figures (process.cpuUsage: every thread of
 * the process, workers included) are less disturbed by other load than the
 * wall clock, which swings ±40% on a busy 2-core machine.
 *
 * The read floor is the fastest NON-BLOCKING way found to read every file's
 * bytes: one that leaves the main thread free to handle events (an extension
 * host must stay responsive). Every candidate is measured and printed:
 * callback fs.readFile at several concurrencies, fs.read into reused
 * buffers, fs.promises.readFile, and readFileSync in worker threads (started
 * for each run, as the index starts its workers, with the bytes left where
 * they were read, as the index's workers parse them there). readFileSync on
 * the main thread is printed for reference but is not a candidate: it blocks
 * the event loop for the whole read.
 *
 * The cold index is measured as the product runs it: with the Node bulk
 * reader (worker threads: src/node/workerSummarize.ts) that the CLI uses for
 * local files, and also through the per-file callback port alone, which is
 * the path of the VS Code extension (there through vscode.workspace.fs).
 */
import { readFile, read as readAt, open, close, promises as fsp, readFileSync, mkdtempSync, writeFileSync, rmSync, mkdirSync, stat, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { parseIsoDay } from '../../src/core/dates';
import { NoteIndex, ReadBytes, StatNote } from '../../src/core/rank/noteIndex';
import { buildPortfolio } from '../../src/core/rank/portfolio';
import { CacheEntry, CachedNote, SummaryCache } from '../../src/core/rank/summaryCache';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { cacheFilesIn } from '../../src/node/cacheFiles';
import { fileStatOf, statNotes } from '../../src/node/readNote';
import { defaultWorkerCount, summarizeInWorkers } from '../../src/node/workerSummarize';
import { bigLogNote, generateNote, invoiceHeavyNote } from './generateNotes';
import { measureRealistic } from './realistic';
import { describeStages, measureStages } from './stages';
import { BIG_SHAPES, bigNote } from '../fuzz/arbitraries';
import { parseTime } from '../fuzz/properties';
import { describeSeries, exampleTexts, measureSeries } from './series';

interface Args {
  notes: number;
  json: boolean;
  concurrency: number;
  runs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { notes: 10_000, json: false, concurrency: 32, runs: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--notes') args.notes = Number(argv[++i]);
    else if (a === '--concurrency') args.concurrency = Number(argv[++i]);
    else if (a === '--runs') args.runs = Number(argv[++i]);
    else {
      process.stderr.write(`bench: unknown argument ${a}\nusage: npm run bench -- [--notes N] [--json] [--concurrency N] [--runs N]\n`);
      process.exit(2);
    }
  }
  for (const [flag, n] of [['--notes', args.notes], ['--concurrency', args.concurrency], ['--runs', args.runs]] as const) {
    if (!Number.isInteger(n) || n < 1) {
      process.stderr.write(`bench: ${flag} takes a positive whole number\n`);
      process.exit(2);
    }
  }
  return args;
}

const AS_OF = parseIsoDay('2026-11-27')!;

/** Callback fs.readFile, `limit` in flight; resolves with the bytes read. */
function readAllCallback(files: string[], limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let bytes = 0;
    const start = () => {
      if (next >= files.length) return;
      readFile(files[next++], (err, data) => {
        if (err) return reject(err);
        bytes += data.length;
        start();
        if (++done === files.length) resolve(bytes);
      });
    };
    for (let i = 0; i < Math.min(limit, files.length); i++) start();
  });
}

/**
 * open, fs.read into a buffer reused by each of the `limit` lanes, close: one
 * thread-pool round trip fewer than readFile (no fstat). The bytes are copied
 * out, as a reader that hands them on would have to.
 */
function readAllReused(files: string[], limit: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    const lane = (buffer: Buffer) => {
      if (next >= files.length) return;
      const file = files[next++];
      open(file, 'r', (err, fd) => {
        if (err) return reject(err);
        readAt(fd, buffer, 0, buffer.length, 0, (err2, n) => {
          close(fd, () => undefined);
          if (err2) return reject(err2);
          if (n === buffer.length) return reject(new Error(`${file} is larger than the lane buffer`));
          Buffer.from(buffer.subarray(0, n));
          lane(buffer);
          if (++done === files.length) resolve();
        });
      });
    };
    for (let i = 0; i < Math.min(limit, files.length); i++) lane(Buffer.allocUnsafe(256 * 1024));
  });
}

async function readAllPromises(files: string[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) await fsp.readFile(files[next++]);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/** Blocks the main thread: printed for reference, never a floor. */
function readAllSync(files: string[]): void {
  for (const file of files) readFileSync(file);
}

// Reads its share of the files, claiming runs of 16 from a shared counter as
// the index's workers do, either with readFileSync or with the index's own
// reader (src/node/readNote.ts, compiled to out/src/node/readNote.js).
const READ_WORKER = `
const { readFileSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const { readNote } = require(workerData.readNoteModule);
const next = new Int32Array(workerData.next);
const read = workerData.reuse ? (path) => readNote(path, 1 << 30).length : (path) => readFileSync(path).length;
let bytes = 0;
for (;;) {
  const first = Atomics.add(next, 0, 16);
  if (first >= workerData.files.length) break;
  for (let i = first; i < Math.min(first + 16, workerData.files.length); i++) bytes += read(workerData.files[i]);
}
parentPort.postMessage(bytes);
`;
const READ_NOTE_MODULE = join(__dirname, '..', '..', 'src', 'node', 'readNote.js');
// The worker's own bundle, built beside the tests' copy of workerSummarize.js.
const WORKER_SCRIPT = join(__dirname, '..', '..', 'src', 'node', 'summarizeWorker.js');

/** Reading in `count` workers started for this run (as the index starts its own). */
function readAllInWorkers(files: string[], count: number, reuse: boolean): Promise<void> {
  const next = new SharedArrayBuffer(4);
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(READ_WORKER, { eval: true, workerData: { files, next, reuse, readNoteModule: READ_NOTE_MODULE } });
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
  return Promise.all(Array.from({ length: count }, one)).then(() => undefined);
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) {
    g();
    g();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const log = (line: string) => {
    if (!args.json) process.stdout.write(`${line}\n`);
  };
  const dir = mkdtempSync(join(tmpdir(), 'client-friction-bench-'));
  try {
    mkdirSync(join(dir, 'clients'));
    const files: string[] = [];
    // Written an hour ago, as a workspace's notes are: the summary cache
    // does not keep a note modified in the two seconds before it was read.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (let i = 0; i < args.notes; i++) {
      const file = join(dir, 'clients', `client-${i}.md`);
      writeFileSync(file, generateNote(i));
      utimesSync(file, anHourAgo, anHourAgo);
      files.push(file);
    }
    const totalBytes = await readAllCallback(files, args.concurrency); // warms the page cache
    log(`${args.notes} notes, ${(totalBytes / 1024 / 1024).toFixed(1)} MB, in ${dir}`);

    const workers = defaultWorkerCount();
    const floorCandidates: { label: string; blocking: boolean; run: () => Promise<unknown> }[] = [
      ...[16, 32, 64].map((c) => ({ label: `callback readFile, ${c} in flight`, blocking: false, run: () => readAllCallback(files, c) })),
      { label: 'fs.read into reused buffers, 32 in flight', blocking: false, run: () => readAllReused(files, 32) },
      { label: `fs.promises.readFile, ${args.concurrency} in flight`, blocking: false, run: () => readAllPromises(files, args.concurrency) },
      ...[...new Set([1, workers])].flatMap((k) => [
        { label: `readFileSync in ${k} worker${k === 1 ? '' : 's'} (started per run)`, blocking: false, run: () => readAllInWorkers(files, k, false) },
        {
          label: `readSync into a reused buffer in ${k} worker${k === 1 ? '' : 's'} (started per run; as the index's workers read)`,
          blocking: false,
          run: () => readAllInWorkers(files, k, true),
        },
      ]),
      { label: 'readFileSync on the main thread (blocks it)', blocking: true, run: async () => readAllSync(files) },
    ];
    const floorTimes = floorCandidates.map(() => [] as number[]);

    const read: ReadBytes = (id, done) => readFile(id, done);
    const statNote: StatNote = (id, done) => stat(id, (err, st) => done(err, st && fileStatOf(st)));
    const bulk = summarizeInWorkers({ pathOf: (id) => id, workers, script: WORKER_SCRIPT });
    const statAll = (ids: readonly string[]) => statNotes(ids);
    const newIndex = (withBulk: boolean, keepFacts = false) =>
      new NoteIndex({ settings: DEFAULT_SETTINGS, asOf: AS_OF, read, bulk: withBulk ? bulk : undefined, concurrency: args.concurrency, stat: statNote, statAll, keepFacts });
    const colds: number[] = [];
    // Process CPU (all threads) per cold build through the workers.
    const coldCpus: number[] = [];
    const portColds: number[] = [];
    // The longest the main thread left an event waiting during each build:
    // what an extension host (or a CLI's Ctrl-C) would feel.
    const stalls: number[] = [];
    const portStalls: number[] = [];
    let index: NoteIndex | undefined;
    const buildOnce = async (withBulk: boolean, into: number[], stallsInto: number[]) => {
      index?.dispose();
      index = undefined;
      gc();
      const fresh = newIndex(withBulk);
      const delay = monitorEventLoopDelay({ resolution: 5 });
      delay.enable();
      const cpu = process.cpuUsage();
      into.push(await time(() => fresh.build(files)));
      const used = process.cpuUsage(cpu);
      if (withBulk) coldCpus.push((used.user + used.system) / 1000);
      delay.disable();
      stallsInto.push(delay.max / 1e6);
      index = fresh;
    };
    // Interleave the runs so that machine noise falls on every method alike.
    for (let run = 0; run < args.runs; run++) {
      for (const [k, candidate] of floorCandidates.entries()) floorTimes[k].push(await time(candidate.run));
      await buildOnce(false, portColds, portStalls);
      await buildOnce(true, colds, stalls);
    }

    log(`read floor candidates (median of ${args.runs} runs):`);
    const floors = floorCandidates.map((c, k) => ({ ...c, ms: median(floorTimes[k]) }));
    for (const f of floors) log(`  ${f.ms.toFixed(0).padStart(6)} ms  ${f.label}${f.blocking ? '  [not a candidate]' : ''}`);
    const fastest = floors.filter((f) => !f.blocking).reduce((a, b) => (b.ms < a.ms ? b : a));
    const callbackFloor = floors.filter((f) => f.label.startsWith('callback')).reduce((a, b) => (b.ms < a.ms ? b : a));
    const readFloorMs = fastest.ms;
    const coldIndexMs = median(colds);
    const coldPortMs = median(portColds);
    log(`read floor = the fastest non-blocking method (main thread stays responsive): ${readFloorMs.toFixed(0)} ms, ${fastest.label}`);
    const coldCpuMs = median(coldCpus);
    log(
      `cold index (CLI: ${workers} worker thread${workers === 1 ? '' : 's'} read and summarize): ${coldIndexMs.toFixed(0)} ms = ${(coldIndexMs / readFloorMs).toFixed(2)}x the floor  (target ≤ 5x: ${coldIndexMs <= 5 * readFloorMs ? 'met' : 'NOT met'})  [runs: ${colds.map((t) => t.toFixed(0)).join(' ')}]`,
    );
    log(`  its CPU, all threads: ${coldCpuMs.toFixed(0)} ms = ${((coldCpuMs * 1000) / args.notes).toFixed(0)} µs a note (median of ${coldCpus.length} runs)`);
    log(
      `cold index through the per-file callback port alone (the extension's path): ${coldPortMs.toFixed(0)} ms = ${(coldPortMs / readFloorMs).toFixed(2)}x the floor, ${(coldPortMs / callbackFloor.ms).toFixed(2)}x callback readFile  [runs: ${portColds.map((t) => t.toFixed(0)).join(' ')}]`,
    );
    const stallMs = median(stalls);
    const portStallMs = median(portStalls);
    log(`longest event-loop stall during a build (median): ${stallMs.toFixed(0)} ms with the workers (target ≤ 20 ms: ${stallMs <= 20 ? 'met' : 'NOT met'}), ${portStallMs.toFixed(0)} ms through the port`);

    // Retained heap: the index alone, after collection, built both ways; the
    // larger figure is reported.
    index?.dispose();
    index = undefined;
    const retained = async (withBulk: boolean): Promise<[number, NoteIndex]> => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const built = newIndex(withBulk);
      await built.build(files);
      gc();
      return [(process.memoryUsage().heapUsed - before) / 1024 / 1024, built];
    };
    const [heapBulkMB, bulkBuilt] = await retained(true);
    bulkBuilt.dispose();
    // As the extension keeps it: built by the workers with a summary cache,
    // for which the index keeps each note's facts and cache line until the
    // cache is written, then drops them.
    const heapCacheMB = await (async () => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const built = newIndex(true, true);
      await built.build(files);
      let entries: CacheEntry[] | undefined = await built.cacheEntries();
      await new SummaryCache(cacheFilesIn(join(dir, 'heap-cache')), 'heap', DEFAULT_SETTINGS).save(entries, AS_OF);
      await built.forgetCached(entries);
      entries = undefined;
      gc();
      const mb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
      built.dispose();
      return mb;
    })();
    const [heapPortMB, portBuilt] = await retained(false);
    index = portBuilt;
    const heapMB = Math.max(heapBulkMB, heapPortMB, heapCacheMB);
    log(
      `retained heap of the index: ${heapMB.toFixed(1)} MB  (built by the workers ${heapBulkMB.toFixed(1)} MB, through the port ${heapPortMB.toFixed(1)} MB, by the workers with a summary cache, once written, ${heapCacheMB.toFixed(1)} MB; target ≤ 30 MB for 10,000 notes: ${heapMB <= 30 ? 'met' : 'NOT met'})`,
    );

    // One changed note: re-read from disk, re-parsed, re-ranked, Pareto
    // recomputed. Measured on the index last built through the per-file port,
    // as in the extension, the long-lived host where notes change one at a
    // time (the CLI builds once and exits).
    const latencies: number[] = [];
    for (let k = 0; k < 200; k++) {
      const file = files[(k * 7919) % files.length];
      const text = generateNote((k * 7919) % files.length) + `- 2026-11-${String(1 + (k % 26)).padStart(2, '0')} 22:15 Late call #urgent #rude\n`;
      writeFileSync(file, text);
      const t = performance.now();
      await index.refresh(file);
      index.pareto();
      latencies.push(performance.now() - t);
    }
    // The notes written above are an hour old again, as the rest are.
    for (let k = 0; k < 200; k++) utimesSync(files[(k * 7919) % files.length], anHourAgo, anHourAgo);
    const incrementalMedianMs = median(latencies);
    const incrementalP95Ms = percentile(latencies, 95);
    log(`one changed note re-indexed and re-ranked: median ${incrementalMedianMs.toFixed(3)} ms, p95 ${incrementalP95Ms.toFixed(3)} ms  (target p95 ≤ 2 ms: ${incrementalP95Ms <= 2 ? 'met' : 'NOT met'})`);

    const reranks: number[] = [];
    for (let k = 0; k < 10; k++) reranks.push(await time(async () => buildPortfolio(index!.summaries())));
    const rerankMs = median(reranks);
    log(`full re-rank of all summaries (sort, Pareto, problems): ${rerankMs.toFixed(1)} ms`);

    // A big note open in the editor: each edit re-read from the editor's
    // text after the typing pause (EditorOverlay -> updateFromText), parsed,
    // scored and moved in the ranking of 10,000 notes.
    const big = bigLogNote(10_000);
    const bigId = join(dir, 'clients', 'big-account.md');
    index.updateFromText(bigId, big);
    const bigLatencies: number[] = [];
    for (let k = 0; k < 60; k++) {
      const edited = `${big}- 2026-11-${String(1 + (k % 25)).padStart(2, '0')} 22:15 Call about edit ${k}${k % 3 === 0 ? ' #urgent' : ''}\n`;
      const t = performance.now();
      index.updateFromText(bigId, edited);
      bigLatencies.push(performance.now() - t);
    }
    const bigNoteP95Ms = percentile(bigLatencies.slice(10), 95);
    // The size cap's other shape: a note of invoices (issue 23), edited as the log-heavy one.
    const heavy = invoiceHeavyNote();
    const heavyLatencies: number[] = [];
    for (let k = 0; k < 40; k++) {
      const t = performance.now();
      index.updateFromText(bigId, `${heavy}- 2026-11-${String(1 + (k % 25)).padStart(2, '0')} Call about edit ${k}\n`);
      heavyLatencies.push(performance.now() - t);
    }
    const invoiceNoteP95Ms = percentile(heavyLatencies.slice(5), 95);
    log(
      `big note (10,000 log lines, ${(big.length / 1024 / 1024).toFixed(2)} MB) edited, re-read from the editor's text and re-ranked: median ${median(bigLatencies.slice(10)).toFixed(1)} ms, p95 ${bigNoteP95Ms.toFixed(1)} ms  (target p95 ≤ 16 ms: ${bigNoteP95Ms <= 16 ? 'met' : 'NOT met'})`,
    );
    log(
      `invoice-heavy note (${(heavy.length / 1024 / 1024).toFixed(2)} MB of invoices) edited: median ${median(heavyLatencies.slice(5)).toFixed(1)} ms, p95 ${invoiceNoteP95Ms.toFixed(1)} ms  (target p95 ≤ 16 ms: ${invoiceNoteP95Ms <= 16 ? 'met' : 'NOT met'})`,
    );
    index.remove(bigId);

    // The warm start: the summary cache written by a cold index, then read
    // back with every note stat'ed and none read (the complete ranking,
    // from reading the cache to the portfolio). On the same day the cached
    // summaries are taken; on another day the cached facts are scored again.
    const cacheDir = join(dir, 'cache');
    const folderKey = join(dir, 'clients');
    {
      index?.dispose();
      index = undefined;
      const writer = newIndex(true, true);
      await writer.build(files);
      await new SummaryCache(cacheFilesIn(cacheDir), folderKey, DEFAULT_SETTINGS).save(await writer.cacheEntries(), AS_OF);
      writer.dispose();
    }
    const warmOnce = async (asOf: number, into: number[], stallsInto: number[], reads: number[]): Promise<void> => {
      gc();
      let readCount = 0;
      const counted: ReadBytes = (id, done) => {
        readCount++;
        read(id, done);
      };
      const fresh = new NoteIndex({ settings: DEFAULT_SETTINGS, asOf, read: counted, bulk, concurrency: args.concurrency, stat: statNote, statAll, keepFacts: true });
      const delay = monitorEventLoopDelay({ resolution: 5 });
      delay.enable();
      into.push(
        await time(async () => {
          const cached: Map<string, CachedNote> = await new SummaryCache(cacheFilesIn(cacheDir), folderKey, DEFAULT_SETTINGS).load(asOf);
          await fresh.build(files, cached);
          fresh.portfolio();
        }),
      );
      delay.disable();
      stallsInto.push(delay.max / 1e6);
      reads.push(readCount);
      fresh.dispose();
    };
    const warms: number[] = [];
    const warmStalls: number[] = [];
    const warmReads: number[] = [];
    const warmOtherDay: number[] = [];
    const warmOtherDayStalls: number[] = [];
    const warmOtherDayReads: number[] = [];
    for (let run = 0; run < args.runs; run++) {
      await warmOnce(AS_OF, warms, warmStalls, warmReads);
      await warmOnce(AS_OF + 1, warmOtherDay, warmOtherDayStalls, warmOtherDayReads);
    }
    const warmIndexMs = median(warms);
    const warmRatio = warmIndexMs / readFloorMs;
    const warmOtherDayMs = median(warmOtherDay);
    log(
      `warm start (summary cache, same day) to the complete ranking: ${warmIndexMs.toFixed(0)} ms = ${warmRatio.toFixed(2)}x the floor  (target ≤ 1.5x: ${warmRatio <= 1.5 ? 'met' : 'NOT met'})  [runs: ${warms.map((t) => t.toFixed(0)).join(' ')}; notes read: ${Math.max(...warmReads)}; longest stall ${median(warmStalls).toFixed(0)} ms]`,
    );
    log(
      `warm start on another day (cached facts scored again): ${warmOtherDayMs.toFixed(0)} ms = ${(warmOtherDayMs / readFloorMs).toFixed(2)}x the floor  [runs: ${warmOtherDay.map((t) => t.toFixed(0)).join(' ')}; notes read: ${Math.max(...warmOtherDayReads)}; longest stall ${median(warmOtherDayStalls).toFixed(0)} ms]`,
    );

    // CPU per note, stage by stage.
    const encoder = new TextEncoder();
    const stages = measureStages(
      Array.from({ length: args.notes }, (_, i) => encoder.encode(generateNote(i))),
      DEFAULT_SETTINGS,
      AS_OF,
    );
    log(`CPU per note by stage (${stages.notes} notes, best of runs):`);
    for (const line of describeStages(stages)) log(line);

    // Notes of 1 MB (the size cap) of each hostile shape: parse time, fastest
    // of 5 (issue 8: a note of any content parses in under 100 ms).
    const bigNotes: Record<string, number> = {};
    for (const shape of BIG_SHAPES) bigNotes[shape] = parseTime(bigNote(shape, DEFAULT_SETTINGS.maxNoteBytes - 64));
    log(`1 MB notes parsed (fastest of 5; target < 100 ms): ${Object.entries(bigNotes).map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(', ')}`);

    // The score over time (trend, charts): notes parsed once, then scored as of each day.
    const seriesExamples = measureSeries(exampleTexts(), 20);
    const seriesGenerated = measureSeries(Array.from({ length: args.notes }, (_, i) => generateNote(i)));
    log(`score over time, CPU ms (best of runs): ${describeSeries('examples', seriesExamples)}`);
    log(`score over time, CPU ms (best of runs): ${describeSeries('generated', seriesGenerated)}`);

    // The heavy user of issue 23: 300 notes of 5 years each.
    const realistic = await measureRealistic(dir, AS_OF, workers, WORKER_SCRIPT, Math.min(args.runs, 3));
    const r = realistic;
    log(
      `realistic user (${r.notes} notes × 5 years, ${r.megabytes} MB; floor ${r.readFloorMs.toFixed(0)} ms): cold ${r.coldMs.toFixed(0)} ms with workers, ${r.coldPortMs.toFixed(0)} ms through the port; warm same day ${r.warmSameDayMs.toFixed(0)} ms = ${(r.warmSameDayMs / r.readFloorMs).toFixed(2)}x; next day ${r.warmNextDayMs.toFixed(0)} ms = ${(r.warmNextDayMs / r.readFloorMs).toFixed(2)}x (target ≤ 2x: ${r.warmNextDayMs <= 2 * r.readFloorMs ? 'met' : 'NOT met'}), longest main-thread turn ${r.nextDaySliceMs.toFixed(0)} ms (target ≤ 16: ${r.nextDaySliceMs <= 16 ? 'met' : 'NOT met'}); one changed note p95 ${r.oneChangedP95Ms.toFixed(2)} ms (target ≤ 2: ${r.oneChangedP95Ms <= 2 ? 'met' : 'NOT met'}); keystroke p95 ${r.keystrokeP95Ms.toFixed(2)} ms`,
    );
    const longestSliceMs = Math.max(median(warmOtherDayStalls), median(warmStalls), r.nextDaySliceMs);

    if (args.json) {
      const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
      process.stdout.write(
        `${JSON.stringify({
          notes: args.notes,
          readFloorMs: round(readFloorMs),
          coldIndexMs: round(coldIndexMs),
          ratio: round(coldIndexMs / readFloorMs, 2),
          readFloorMethod: fastest.label,
          coldIndexPortMs: round(coldPortMs),
          eventLoopStallMs: round(stallMs),
          eventLoopStallPortMs: round(portStallMs),
          readFloors: Object.fromEntries(floors.map((f) => [f.label, round(f.ms)])),
          incrementalMedianMs: round(incrementalMedianMs, 3),
          incrementalP95Ms: round(incrementalP95Ms, 3),
          heapMB: round(heapMB),
          warmIndexMs: round(warmIndexMs),
          warmRatio: round(warmRatio, 2),
          bigNoteP95Ms: round(bigNoteP95Ms, 2),
          warmOtherDayMs: round(warmOtherDayMs),
          coldIndexCpuMs: round(coldCpuMs),
          coldIndexCpuPerNoteUs: round((coldCpuMs * 1000) / args.notes),
          perNoteUs: Object.fromEntries(Object.entries(stages.stages).map(([k, v]) => [k, round(v, 2)])),
          perNoteTotalUs: round(stages.totalUs, 2),
          perNoteFirstPassUs: round(stages.firstPassUs, 2),
          heapBulkMB: round(heapBulkMB),
          heapPortMB: round(heapPortMB),
          rerankMs: round(rerankMs, 2),
          bigNoteParseMs: Object.fromEntries(Object.entries(bigNotes).map(([k, v]) => [k, round(v)])),
          series26ExamplesMs: round(seriesExamples.series26Ms, 2),
          series26Ms: round(seriesGenerated.series26Ms),
          series26PerNoteUs: round(seriesGenerated.series26PerNoteUs),
          invoiceNoteP95Ms: round(invoiceNoteP95Ms, 2),
          nextDayRatio: round(warmOtherDayMs / readFloorMs, 2),
          longestSliceMs: round(longestSliceMs),
          realistic: Object.fromEntries(Object.entries(realistic).map(([k, v]) => [k, round(v, 2)])),
        })}\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
