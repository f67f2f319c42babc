/**
 * The incremental index that the extension, the CLI and the benchmark share.
 *
 * It reads notes through a port (`ReadBytes`), parses each one as soon as its
 * bytes arrive while the next reads are in flight, and keeps only compact
 * summaries. One note can then be updated, removed or renamed without
 * touching the others, and the ranking is kept sorted by moving just that
 * note (a binary search and a splice) instead of sorting everything again.
 *
 * Where notes are plain files and Node's worker threads are at hand (the
 * CLI), an optional second port (`BulkSummarize`, see
 * src/node/workerSummarize.ts) reads and summarizes many notes at once off
 * the main thread; whatever it leaves undone still goes through `read`.
 */
import { CalendarDay } from '../dates';
import { Emitter, Event } from '../events';
import { parseClientNote } from '../read/note';
import {
  ClientSummary,
  compareRanked,
  incomeBase,
  paretoOf,
  ParetoSummary,
  Portfolio,
  problemsOf,
  summarizeClient,
  summarizeNoteBytes,
} from './portfolio';
import { FrictionSettings } from '../settings';

/** Reads a note's bytes; callback style because it is measurably faster than promises in Node. */
export type ReadBytes = (id: string, done: (err: Error | null, data?: Uint8Array) => void) => void;

/** What a bulk summarizer needs besides the ids, each list in the order of the ids. */
export interface BulkJob {
  settings: FrictionSettings;
  asOf: CalendarDay;
  /** The file stem of each note (the name fallback). */
  stems: readonly string[];
}

/** Where a bulk summarizer reports each note, by its position in the ids. */
export interface BulkSink {
  summary(index: number, summary: ClientSummary): void;
  /** The note could not be read (the error's `code` says whether it is gone). */
  failed(index: number, err: Error): void;
}

/**
 * Reads and summarizes many notes at once (for example in worker threads) and
 * reports each through the sink. It may leave any note unreported — a job
 * too small to be worth it, a note it could not handle, a worker that failed —
 * and the index then reads those notes through `read`. A rejection is treated
 * the same way.
 */
export type BulkSummarize = (ids: readonly string[], job: BulkJob, sink: BulkSink) => Promise<void>;

export interface NoteIndexOptions {
  settings: FrictionSettings;
  asOf: CalendarDay;
  read: ReadBytes;
  /** Optional faster path for many notes; `read` remains the port for everything it leaves. */
  bulk?: BulkSummarize;
  /** Reads in flight at once. */
  concurrency?: number;
  /** The note's file name without extension, for the name fallback. */
  stemOf?: (id: string) => string;
  /** Whether a read error means the file is gone (then it is dropped, not reported). */
  isNotFound?: (err: Error) => boolean;
}

export interface IndexChange {
  /** Ids added or updated. */
  updated: string[];
  removed: string[];
}

export class NoteIndex {
  private readonly records = new Map<string, ClientSummary>();
  /** Non-former clients in ranking order. */
  private readonly ranked: ClientSummary[] = [];
  private totalScore = 0;
  /** While building, `ranked` is filled unsorted and sorted once at the end. */
  private bulk = false;
  private readonly changed = new Emitter<IndexChange>();
  /** Fires after every build, update, removal or rename. */
  readonly onDidChange: Event<IndexChange> = this.changed.event;

  constructor(private readonly options: NoteIndexOptions) {}

  get size(): number {
    return this.records.size;
  }

  get asOf(): CalendarDay {
    return this.options.asOf;
  }

  get settings(): FrictionSettings {
    return this.options.settings;
  }

  /** Reads all the given notes (replacing whatever the index held). */
  build(ids: readonly string[]): Promise<void> {
    this.clear();
    // Rank once at the end instead of inserting each note in order.
    this.bulk = true;
    return this.readAll(ids).then((updated) => {
      this.bulk = false;
      this.ranked.sort(compareRanked);
      this.changed.fire({ updated, removed: [] });
    });
  }

  /** Adds or re-reads several notes, in one change event. */
  refreshMany(ids: readonly string[]): Promise<void> {
    return this.readAll(ids).then((updated) => {
      const read = new Set(updated);
      const removed = ids.filter((id) => !read.has(id) && this.remove(id, false));
      this.changed.fire({ updated, removed });
    });
  }

  /** Re-reads one note from its source; drops it when it no longer exists. */
  refresh(id: string): Promise<ClientSummary | undefined> {
    return this.refreshMany([id]).then(() => this.records.get(id));
  }

  /** Sets a note from text (an editor's unsaved content). */
  updateFromText(id: string, text: string): ClientSummary {
    const o = this.options;
    const note = parseClientNote(text, { file: id, fileStem: this.stemOf(id), settings: o.settings });
    const summary = summarizeClient(note, o.settings, o.asOf);
    this.put(summary);
    this.changed.fire({ updated: [id], removed: [] });
    return summary;
  }

  /** Sets a note from bytes (a file's content). */
  updateFromBytes(id: string, bytes: Uint8Array): ClientSummary {
    const summary = this.summarizeBytes(id, bytes);
    this.put(summary);
    this.changed.fire({ updated: [id], removed: [] });
    return summary;
  }

  remove(id: string, notify = true): boolean {
    const old = this.records.get(id);
    if (!old) return false;
    this.records.delete(id);
    this.unrank(old);
    if (notify) this.changed.fire({ updated: [], removed: [id] });
    return true;
  }

  /** Moves a note to a new id (a rename) without re-reading it. */
  rename(from: string, to: string): boolean {
    const old = this.records.get(from);
    if (!old) return false;
    this.remove(from, false);
    this.remove(to, false);
    const moved: ClientSummary = { ...old, file: to, problems: old.problems.map((p) => ({ ...p, file: to })) };
    this.put(moved);
    this.changed.fire({ updated: [to], removed: [from] });
    return true;
  }

  get(id: string): ClientSummary | undefined {
    return this.records.get(id);
  }

  ids(): IterableIterator<string> {
    return this.records.keys();
  }

  summaries(): IterableIterator<ClientSummary> {
    return this.records.values();
  }

  /** The ranking as it is kept (do not mutate). */
  rankedClients(): readonly ClientSummary[] {
    return this.ranked;
  }

  pareto(): ParetoSummary {
    return paretoOf(this.ranked, this.totalScore);
  }

  /**
   * The portfolio read off the ranking the index keeps in order: the clients
   * are not sorted again (only the few former ones are). The extension takes
   * one per refresh and shares it between the tree, the badge and the status
   * bar; the CLI takes one after its build.
   */
  portfolio(): Portfolio {
    const clients = this.bulk ? [...this.ranked].sort(compareRanked) : [...this.ranked];
    const former: ClientSummary[] = [];
    for (const s of this.records.values()) if (s.status === 'former') former.push(s);
    former.sort(compareRanked);
    const income = incomeBase(clients);
    return { clients, former, pareto: paretoOf(clients, this.totalScore, income), income, problems: problemsOf([...clients, ...former]) };
  }

  clear(): void {
    this.records.clear();
    this.ranked.length = 0;
    this.totalScore = 0;
  }

  dispose(): void {
    this.changed.dispose();
    this.clear();
  }

  private stemOf(id: string): string {
    if (this.options.stemOf) return this.options.stemOf(id);
    const base = id.slice(Math.max(id.lastIndexOf('/'), id.lastIndexOf('\\')) + 1);
    return base.replace(/\.(md|markdown)$/i, '');
  }

  private summarizeBytes(id: string, bytes: Uint8Array): ClientSummary {
    const o = this.options;
    return summarizeNoteBytes(id, this.stemOf(id), bytes, o.settings, o.asOf);
  }

  /** Reads the notes (in bulk when a bulk port is set), resolving with the ids read. */
  private readAll(ids: readonly string[]): Promise<string[]> {
    const bulk = this.options.bulk;
    const updated: string[] = [];
    if (!bulk || ids.length === 0) return this.readEach(ids, updated);
    const reported = new Uint8Array(ids.length);
    const job: BulkJob = { settings: this.options.settings, asOf: this.options.asOf, stems: ids.map((id) => this.stemOf(id)) };
    const sink: BulkSink = {
      summary: (i, summary) => {
        if (reported[i]) return;
        reported[i] = 1;
        this.put(summary);
        updated.push(ids[i]);
      },
      failed: (i, err) => {
        if (reported[i]) return;
        reported[i] = 1;
        this.readFailed(ids[i], err, updated);
      },
    };
    // A bulk port that fails leaves its notes to the per-file port, which
    // reports read errors note by note as usual.
    const leftOver = () => this.readEach(ids.filter((_, i) => !reported[i]), updated);
    return bulk(ids, job, sink).then(leftOver, leftOver);
  }

  /** Reads through the per-file port with a bounded number of reads in flight, parsing each as it lands. */
  private readEach(ids: readonly string[], updated: string[]): Promise<string[]> {
    const limit = Math.max(1, this.options.concurrency ?? 32);
    return new Promise((resolve) => {
      let next = 0;
      let done = 0;
      if (ids.length === 0) return resolve(updated);
      const start = (): void => {
        if (next >= ids.length) return;
        const id = ids[next++];
        this.options.read(id, (err, data) => {
          // The next read is queued before parsing this note, so parsing
          // overlaps with I/O instead of adding to it.
          start();
          if (err) this.readFailed(id, err, updated);
          else {
            this.put(this.summarizeBytes(id, data ?? new Uint8Array()));
            updated.push(id);
          }
          if (++done === ids.length) resolve(updated);
        });
      };
      for (let i = 0; i < Math.min(limit, ids.length); i++) start();
    });
  }

  private readFailed(id: string, err: Error, updated: string[]): void {
    if (this.options.isNotFound?.(err)) return;
    const summary = this.summarizeBytes(id, new Uint8Array());
    summary.problems = [{ file: id, line: 1, severity: 'error', message: `the note could not be read: ${err.message}` }];
    this.put(summary);
    updated.push(id);
  }

  private put(summary: ClientSummary): void {
    const old = this.records.get(summary.file);
    if (old) this.unrank(old);
    this.records.set(summary.file, summary);
    if (summary.status === 'former') return;
    if (this.bulk) this.ranked.push(summary);
    else this.ranked.splice(this.rankPosition(summary), 0, summary);
    this.totalScore += summary.score;
  }

  private unrank(summary: ClientSummary): void {
    if (summary.status === 'former') return;
    if (this.bulk) {
      const at = this.ranked.lastIndexOf(summary);
      if (at >= 0) {
        this.ranked.splice(at, 1);
        this.totalScore -= summary.score;
      }
      return;
    }
    let i = this.rankPosition(summary);
    // The position found is where an equal record would go; the record itself is there.
    while (i < this.ranked.length && this.ranked[i] !== summary && compareRanked(this.ranked[i], summary) === 0) i++;
    if (this.ranked[i] === summary) {
      this.ranked.splice(i, 1);
      this.totalScore -= summary.score;
    }
  }

  private rankPosition(summary: ClientSummary): number {
    let lo = 0;
    let hi = this.ranked.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareRanked(this.ranked[mid], summary) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
