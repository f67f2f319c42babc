/**
 * The incremental index that the extension, the CLI and the benchmark share.
 *
 * It reads notes through a port (`ReadBytes`), parses each one as soon as its
 * bytes arrive while the next reads are in flight, and keeps only compact
 * summaries. One note can then be updated, removed or renamed without
 * touching the others, and the ranking is kept sorted by moving just that
 * note (a binary search and a splice) instead of sorting everything again.
 */
import { CalendarDay } from './dates';
import { Emitter, Event } from './events';
import { parseClientNote, parseClientNoteBytes } from './note';
import { buildPortfolio, ClientSummary, compareRanked, paretoOf, ParetoSummary, Portfolio, summarizeClient } from './portfolio';
import { FrictionSettings } from './settings';

/** Reads a note's bytes; callback style because it is measurably faster than promises in Node. */
export type ReadBytes = (id: string, done: (err: Error | null, data?: Uint8Array) => void) => void;

export interface NoteIndexOptions {
  settings: FrictionSettings;
  asOf: CalendarDay;
  read: ReadBytes;
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

  portfolio(): Portfolio {
    return buildPortfolio(this.records.values());
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
    const note = parseClientNoteBytes(bytes, { file: id, fileStem: this.stemOf(id), settings: o.settings });
    return summarizeClient(note, o.settings, o.asOf);
  }

  /** Reads with a bounded number of reads in flight, parsing each as it lands. */
  private readAll(ids: readonly string[]): Promise<string[]> {
    const limit = Math.max(1, this.options.concurrency ?? 32);
    const updated: string[] = [];
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
