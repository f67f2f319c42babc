/**
 * A bulk port for NoteIndex (Node only): worker threads that read their share
 * of the notes, summarize them and post the compact summaries back.
 *
 * Why: on a 2-core machine the cold index is CPU-bound. Reading 10,000 small
 * files with callback fs.readFile costs four thread-pool round trips per file
 * (open, fstat, read, close), and the pool's threads and wake-ups take the
 * second core and more (about as much system time as user time); parsing on
 * the main thread then competes with them, and the index took ~6x the read
 * floor. In a worker, synchronous reads need no round trip (readNote.ts:
 * open, read into one reused buffer, close; not even the fstat readFileSync
 * makes), and reading and parsing run back to back on both cores, while the
 * main thread only receives summaries and stays responsive.
 *
 * The VS Code extension reads through `vscode.workspace.fs` (promise-based,
 * main thread only, possibly remote), so it keeps the per-file port; this is
 * for local files (the CLI). Notes it cannot handle — a small job, a worker
 * that fails to start or dies — are left to the index's per-file port.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BulkSource, BulkSummarize } from '../core/rank/noteIndex';
import { arr } from '../core/rank/packed';
import { unpackSummary } from '../core/rank/summaryCache';
import { mapInSlices } from '../core/slices';
import type { ClientSummary } from '../core/rank/portfolio';
import type { FrictionSettings } from '../core/settings';
import type { CalendarDay } from '../core/dates';

export interface WorkerSummarizeOptions {
  /** The file path of a note id. */
  pathOf: (id: string) => string;
  /** Worker threads to start (default: defaultWorkerCount()). */
  workers?: number;
  /**
   * Jobs with fewer notes go through the per-file port: starting a worker and
   * loading the parser in it costs some 30–100 ms, more than a few hundred
   * notes take on the main thread.
   */
  minNotes?: number;
  /** The worker script (default: summarizeWorker.js next to this module, or to the bundle). */
  script?: string;
}

/** What each worker is given (structured-cloned once per worker). */
export interface WorkerJob {
  ids: readonly string[];
  paths: readonly string[];
  stems: readonly string[];
  settings: FrictionSettings;
  asOf: CalendarDay;
  /** Whether to return each note's packed facts (for the summary cache). */
  facts: boolean;
  /**
   * One Int32 shared by all workers: the index of the next unclaimed note.
   * Workers claim small runs of notes from it, so a worker slowed down by
   * other load simply claims fewer, and all finish together.
   */
  next: SharedArrayBuffer;
}

export type WorkerResult =
  | { index: number; summary: ClientSummary; source: BulkSource }
  /** The summary packed, as the summary cache writes it (summaryCache.ts's summaryJson). */
  | { index: number; summaryJson: string; source: BulkSource }
  /** A note not read: the error's words, code, and for a note over the cap its size and the cap. */
  | { index: number; error: { message: string; code?: string; size?: number; maxBytes?: number } };

/** A batch of results; the last message of a worker has `done`. */
export interface WorkerMessage {
  results: WorkerResult[];
  done: boolean;
}

export const DEFAULT_MIN_NOTES = 300;

/**
 * One worker per core but one (at most 4): the main thread keeps a core.
 * On the 2-core reference machine one worker indexes as fast as two (each
 * worker pays its own JIT warm-up, ~0.4 s of CPU, and two workers leave the
 * main thread waiting for a core: event-loop stalls of 15–40 ms) with less
 * CPU in all.
 */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export function summarizeInWorkers(options: WorkerSummarizeOptions): BulkSummarize {
  const script = options.script ?? join(__dirname, 'summarizeWorker.js');
  return async (ids, job, sink) => {
    if (ids.length === 0 || ids.length < (options.minNotes ?? DEFAULT_MIN_NOTES)) return;
    const data: WorkerJob = {
      ids,
      // In slices: the extension's pathOf parses a URI.
      paths: await mapInSlices(ids, options.pathOf),
      stems: job.stems,
      settings: job.settings,
      asOf: job.asOf,
      facts: job.facts,
      next: new SharedArrayBuffer(4),
    };
    const count = Math.max(1, options.workers ?? defaultWorkerCount());
    return new Promise((resolve) => {
      let running = count;
      const finished = () => {
        if (--running === 0) resolve();
      };
      for (let k = 0; k < count; k++) {
        let worker: Worker;
        try {
          worker = new Worker(script, { workerData: data });
        } catch {
          finished(); // the other workers, or the per-file port, take its share
          continue;
        }
        let ended = false;
        const end = () => {
          if (ended) return;
          ended = true;
          finished();
        };
        worker.on('message', (message: WorkerMessage) => {
          for (const r of message.results) {
            if ('summaryJson' in r) {
              let summary: ClientSummary;
              try {
                summary = unpackSummary(arr(JSON.parse(r.summaryJson)), data.ids[r.index]);
              } catch {
                continue; // never expected; the per-file port reads the note
              }
              // Kept for the summary cache's next save when there is a cache (facts are asked for then).
              sink.summary(r.index, summary, data.facts ? { ...r.source, summaryTail: r.summaryJson.slice(1) } : r.source);
            } else if ('summary' in r) sink.summary(r.index, r.summary, r.source);
            else sink.failed(r.index, Object.assign(new Error(r.error.message), r.error));
          }
          if (message.done) end();
        });
        // An error is followed by 'exit'; the notes it claimed but did not
        // report are read through the per-file port.
        worker.on('error', () => undefined);
        worker.on('exit', end);
      }
    });
  };
}
