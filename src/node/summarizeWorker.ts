/**
 * The worker thread of workerSummarize.ts: claims runs of notes from the
 * shared counter, reads each with synchronous calls (blocking is what a
 * worker is for: no thread-pool round trips), summarizes it exactly as the
 * index does on the main thread, and posts the summaries back in batches. It
 * exits when no note is left.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { summaryAndFacts } from '../core/rank/noteFacts';
import { summaryJson } from '../core/rank/summaryCache';
import { OpenedStat, readNote } from './readNote';
import type { WorkerJob, WorkerMessage, WorkerResult } from './workerSummarize';

/** Notes claimed at a time: small enough to balance the workers, large enough to rarely touch the counter. */
const CLAIM = 16;
/** Results per message: fewer, larger messages cost the main thread less than one per note. */
const POST_EVERY = 64;

function summarizeOne(job: WorkerJob, i: number): WorkerResult | undefined {
  let bytes: Uint8Array;
  const stat: OpenedStat = { mtime: 0, size: 0, ctime: 0, ino: 0 };
  const readAt = Date.now();
  try {
    bytes = readNote(job.paths[i], job.settings.maxNoteBytes, stat);
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { size?: number; maxBytes?: number };
    return { index: i, error: { message: e.message, code: e.code, size: e.size, maxBytes: e.maxBytes } };
  }
  try {
    const read = summaryAndFacts(job.ids[i], job.stems[i], bytes, job.settings, job.asOf, job.facts);
    // Packed as the summary cache writes it, JSON: one string clones faster
    // than an object, the main thread rebuilds the summary as one object
    // literal (a cloned object keeps most of its 17 properties out of line:
    // +25% heap), and keeps the string for the cache's next save.
    const json = summaryJson(read.summary);
    const source = { stat, readAt, facts: read.facts };
    return json !== undefined ? { index: i, summaryJson: json, source } : { index: i, summary: read.summary, source };
  } catch {
    return undefined; // never expected (the reader does not throw); the per-file port will read it
  }
}

function run(job: WorkerJob, post: (message: WorkerMessage) => void): void {
  const next = new Int32Array(job.next);
  const total = job.ids.length;
  let results: WorkerResult[] = [];
  for (;;) {
    const first = Atomics.add(next, 0, CLAIM);
    if (first >= total) break;
    const end = Math.min(first + CLAIM, total);
    for (let i = first; i < end; i++) {
      const result = summarizeOne(job, i);
      if (result) results.push(result);
    }
    if (results.length >= POST_EVERY) {
      post({ results, done: false });
      results = [];
    }
  }
  post({ results, done: true });
}

// Runs only as the worker of workerSummarize.ts, which always passes a job.
const job = workerData as WorkerJob | undefined;
if (parentPort && job?.next instanceof SharedArrayBuffer) run(job, (message) => parentPort!.postMessage(message));
