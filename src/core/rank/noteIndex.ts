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
 * CLI, and the extension for local folders), an optional second port
 * (`BulkSummarize`, see src/node/workerSummarize.ts) reads and summarizes
 * many notes at once off the main thread; whatever it leaves undone still
 * goes through `read`.
 *
 * With a summary cache (summaryCache.ts), a build takes the notes whose file
 * is unchanged (same modification time, size, change time and inode, through
 * the `stat` port)
 * from the cache, shows them at once (a change event) and reads only the
 * rest; the index records what each summary was read from, for the next
 * cache it writes.
 */
import { CalendarDay } from '../dates';
import { mapInSlices, nextTimerTurn, nextTurn, SLICE_MS, Slicer } from '../slices';
import { Emitter, Event } from '../events';
import { catalogue } from '../l10n';
import { parseClientNote, readFailureReason } from '../read/note';
import { summarizeFacts, summaryAndFacts, unpackFacts } from './noteFacts';
import { CacheEntry, CachedNote, NoteStat, noteStatOf, RACY_MS, sameFile } from './summaryCache';
import {
  ClientSummary,
  compareRanked,
  IncomeBase,
  IncomeTally,
  currencyKeyOf,
  paretoOf,
  paretoOfColumns,
  ParetoSummary,
  Portfolio,
  problemsOf,
  summarizeClient,
  summarizeNoteBytes,
  summaryProblem,
} from './portfolio';
import { FrictionSettings } from '../settings';
import { rateOf } from '../money';

/**
 * Reads a note's bytes; callback style because it is measurably faster than
 * promises in Node. `stat` is the file as it was opened, when the port
 * knows it (stat'ed before its bytes were read): the key of its cache entry.
 */
export type ReadBytes = (id: string, done: (err: Error | null, data?: Uint8Array, stat?: NoteStat) => void) => void;

/** The key of a note's file (summaryCache.ts, NoteStat). */
export type StatNote = (id: string, done: (err: Error | null, stat?: NoteStat) => void) => void;

/** What a bulk summarizer needs besides the ids, each list in the order of the ids. */
export interface BulkJob {
  settings: FrictionSettings;
  asOf: CalendarDay;
  /** The file stem of each note (the name fallback). */
  stems: readonly string[];
  /** Whether to report each note's packed facts too (for the summary cache). */
  facts: boolean;
}

/** What a bulk summarizer knows of the file a summary was read from. */
export interface BulkSource {
  stat: NoteStat;
  /** When the read started (ms since 1970). */
  readAt: number;
  facts?: string;
  /** The summary as the cache writes it after a note's key (CacheEntry.summaryTail), when the summarizer made it. */
  summaryTail?: string;
}

/** Where a bulk summarizer reports each note, by its position in the ids. */
export interface BulkSink {
  summary(index: number, summary: ClientSummary, source?: BulkSource): void;
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
  /** Stats a note: with it, a build can take unchanged notes from a summary cache. */
  stat?: StatNote;
  /** Stats many notes at once (undefined: cannot be stat'ed); used instead of `stat` when given. */
  statAll?: (ids: readonly string[]) => Promise<(NoteStat | undefined)[]>;
  /** Whether to keep the packed facts of the notes read, for the summary cache. */
  keepFacts?: boolean;
  /** The time (ms since 1970); Date.now by default. */
  now?: () => number;
}

/** What a summary was read from: the file's cache key, when it was read, and the note's packed facts. */
interface Source extends NoteStat {
  readAt: number;
  facts?: string;
  /** The summary as the cache writes it, when known (kept until the cache is written: the save packs only the rest). */
  summaryTail?: string;
}

export interface IndexChange {
  /** Ids added or updated. */
  updated: string[];
  removed: string[];
}

export class NoteIndex {
  private readonly records = new Map<string, ClientSummary>();
  /** What each summary read from a file with a known key was read from (for the cache). */
  private readonly sources = new Map<string, Source>();
  /** Non-former clients in ranking order. */
  private readonly ranked: ClientSummary[] = [];
  private totalScore = 0;
  /** The income of the ranked clients, by currency, counted in the home currency (the Pareto's income share reads it). */
  private readonly income: IncomeTally;
  /**
   * The ranking's columns, in its order (kept when not building): each
   * client's score, income of the last 12 months and currency's number, for
   * the Pareto.
   */
  private readonly rankedScores: number[] = [];
  private readonly rankedPaid: number[] = [];
  private readonly rankedCurrencies: number[] = [];
  /** A number for each currency key seen. */
  private readonly currencyIds = new Map<string, number>();
  /** Counts changes to `ranked`, so that a sort done in slices knows whether it raced one. */
  private rankVersion = 0;
  /** While building, `ranked` is filled unsorted and sorted once at the end. */
  private bulk = false;
  private readonly changed = new Emitter<IndexChange>();
  /** Fires after every build, update, removal or rename. */
  readonly onDidChange: Event<IndexChange> = this.changed.event;

  constructor(private readonly options: NoteIndexOptions) {
    this.income = new IncomeTally(options.settings);
  }

  get size(): number {
    return this.records.size;
  }

  get asOf(): CalendarDay {
    return this.options.asOf;
  }

  get settings(): FrictionSettings {
    return this.options.settings;
  }

  /**
   * Reads all the given notes (replacing whatever the index held). With a
   * cache (what a SummaryCache loaded) and a `stat` port, the notes whose
   * file is unchanged are taken from it — their summary when it is as of the
   * index's day, else scored again from their facts — and announced at once
   * (a change event), before the others are read.
   */
  build(ids: readonly string[], cached?: ReadonlyMap<string, CachedNote>): Promise<void> {
    this.clear();
    // Rank once at the end instead of inserting each note in order.
    this.bulk = true;
    const finish = async (updated: string[]) => {
      await this.rankAll();
      this.bulk = false;
      // The listeners (a tree, status bars, problems) in a turn of their own, not after the sort's last slice.
      if (updated.length > 1000) await nextTurn();
      this.changed.fire({ updated, removed: [] });
    };
    if (!cached || cached.size === 0 || !(this.options.stat || this.options.statAll)) return this.readAll(ids).then(finish);
    return this.takeCached(ids, cached).then(({ taken, misses }) => {
      if (taken.length > 0 && misses.length > 0) this.changed.fire({ updated: taken, removed: [] });
      return this.readAll(misses).then((updated) => finish(taken.length === 0 ? updated : [...taken, ...updated]));
    });
  }

  /**
   * Sorts the ranking once a build has read every note: grouped by score
   * (one pass), then each group by name, a few milliseconds of work at a
   * time. Sorting 10,000 summaries at once kept events waiting 10–20 ms;
   * groups of one score are a hundred or so, and fewer comparisons in all.
   */
  private async rankAll(): Promise<void> {
    const version = this.rankVersion;
    const byScore = new Map<number, ClientSummary[]>();
    for (const s of this.ranked) {
      const group = byScore.get(s.score);
      if (group) group.push(s);
      else byScore.set(s.score, [s]);
    }
    const scores = [...byScore.keys()].sort((a, b) => b - a);
    const ranked: ClientSummary[] = [];
    let sliceStart = this.now();
    for (const score of scores) {
      if (this.now() - sliceStart > SLICE_MS) {
        await nextTimerTurn();
        sliceStart = this.now();
      }
      const group = byScore.get(score)!;
      group.sort(compareRanked);
      for (const s of group) ranked.push(s);
    }
    // The ranking's arrays filled in a turn of their own when the sort's last slice is spent.
    if (this.now() - sliceStart > SLICE_MS) await nextTimerTurn();
    // A note put or removed meanwhile (an editor's text during a build): sorted whole instead.
    if (version === this.rankVersion) {
      this.ranked.length = 0;
      for (const s of ranked) this.ranked.push(s);
    } else this.ranked.sort(compareRanked);
    this.rankedScores.length = this.rankedPaid.length = this.rankedCurrencies.length = 0;
    for (const s of this.ranked) {
      this.rankedScores.push(s.score);
      this.rankedPaid.push(s.income.paid12m);
      this.rankedCurrencies.push(this.currencyId(s));
    }
  }

  /**
   * The notes to write to the summary cache: those read from a file with a
   * known key (not from an editor's text), modified at least RACY_MS before
   * they were read. A few milliseconds at a time (10,000 notes took ~3–5 ms
   * at once in the extension host, beside the collector's pause).
   */
  async cacheEntries(): Promise<CacheEntry[]> {
    const out: CacheEntry[] = [];
    const slicer = new Slicer();
    for (const [id, summary] of this.records) {
      const turn = slicer.step();
      if (turn) await turn;
      const source = this.sources.get(id);
      if (source && source.mtime <= source.readAt - RACY_MS) out.push({ id, ...noteStatOf(source), summary, facts: source.facts, summaryTail: source.summaryTail });
    }
    return out;
  }

  /**
   * Drops what was kept only for the cache (each note's facts and packed
   * summary) for these entries, once the cache holds them: it carries the
   * facts over from then on, and packing a summary again costs less than
   * keeping 10,000 of them (~12 MB). A few milliseconds at a time.
   */
  async forgetCached(written: readonly CacheEntry[]): Promise<void> {
    const slicer = new Slicer();
    for (const e of written) {
      const turn = slicer.step();
      if (turn) await turn;
      const source = this.sources.get(e.id);
      if (!source) continue;
      if (e.facts !== undefined && source.facts === e.facts) source.facts = undefined;
      if (e.summaryTail !== undefined && source.summaryTail === e.summaryTail) source.summaryTail = undefined;
    }
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
    this.put(summary, undefined);
    this.changed.fire({ updated: [id], removed: [] });
    return summary;
  }

  /** Sets a note from bytes (a file's content). */
  updateFromBytes(id: string, bytes: Uint8Array): ClientSummary {
    const summary = this.summarizeBytes(id, bytes);
    this.put(summary, undefined);
    this.changed.fire({ updated: [id], removed: [] });
    return summary;
  }

  remove(id: string, notify = true): boolean {
    const old = this.records.get(id);
    if (!old) return false;
    this.records.delete(id);
    this.sources.delete(id);
    this.unrank(old);
    if (notify) this.changed.fire({ updated: [], removed: [id] });
    return true;
  }

  /** Moves a note to a new id (a rename) without re-reading it. */
  rename(from: string, to: string): boolean {
    const old = this.records.get(from);
    if (!old) return false;
    // A rename keeps the file's modification time and size: its cache key moves with it.
    const source = this.sources.get(from);
    this.remove(from, false);
    this.remove(to, false);
    const moved: ClientSummary = { ...old, file: to, problems: old.problems.map((p) => ({ ...p, file: to })) };
    this.put(moved, source);
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
    return this.paretoWith(this.income.base());
  }

  private paretoWith(income: IncomeBase): ParetoSummary {
    if (this.bulk) return paretoOf(this.ranked, this.totalScore, income);
    // Each currency number's rate into the home currency (0: none): a few currencies, looked up once.
    const rateById: number[] = [];
    for (const [key, id] of this.currencyIds) rateById[id] = rateOf(income, key) ?? 0;
    return paretoOfColumns(this.rankedScores, this.rankedPaid, this.rankedCurrencies, rateById, this.totalScore, income);
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
    const income = this.income.base();
    return { clients, former, pareto: this.bulk ? paretoOf(clients, this.totalScore, income) : this.paretoWith(income), income, problems: problemsOf([...clients, ...former]) };
  }

  clear(): void {
    this.records.clear();
    this.sources.clear();
    this.ranked.length = 0;
    this.rankedScores.length = this.rankedPaid.length = this.rankedCurrencies.length = 0;
    this.rankVersion++;
    this.totalScore = 0;
    this.income.clear();
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

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /**
   * Stats the notes the cache knows and takes those unchanged; resolves with
   * the ids taken and the ids left to read (not cached, changed, or gone:
   * reading tells which).
   */
  private takeCached(ids: readonly string[], cached: ReadonlyMap<string, CachedNote>): Promise<{ taken: string[]; misses: string[] }> {
    if (this.options.statAll) return this.takeCachedAll(ids, cached, this.options.statAll);
    const stat = this.options.stat!;
    const limit = Math.max(1, this.options.concurrency ?? 32);
    const taken: string[] = [];
    const misses: string[] = [];
    const toScore: [string, CachedNote][] = [];
    return new Promise<void>((resolve) => {
      let next = 0;
      let pending = 0;
      const start = (): void => {
        while (next < ids.length && !cached.has(ids[next])) misses.push(ids[next++]);
        if (next >= ids.length) {
          if (pending === 0) resolve();
          return;
        }
        const id = ids[next++];
        const entry = cached.get(id)!;
        pending++;
        stat(id, (err, now) => {
          pending--;
          if (err || !now || !sameFile(now, entry)) misses.push(id);
          else if (entry.summary) {
            // Trusted as it was when cached (it was not racy then): readAt is set so that it stays cacheable.
            this.put(entry.summary, { ...noteStatOf(entry), readAt: entry.mtime + RACY_MS });
            taken.push(id);
          } else if (entry.facts !== undefined) toScore.push([id, entry]);
          else misses.push(id);
          start();
        });
      };
      for (let i = 0; i < limit; i++) start();
      if (ids.length === 0) resolve();
    })
      .then(() => this.scoreFacts(toScore, taken, misses))
      .then(() => ({ taken, misses }));
  }

  /** takeCached with a port that stats many notes at once. */
  private async takeCachedAll(
    ids: readonly string[],
    cached: ReadonlyMap<string, CachedNote>,
    statAll: (ids: readonly string[]) => Promise<(NoteStat | undefined)[]>,
  ): Promise<{ taken: string[]; misses: string[] }> {
    const taken: string[] = [];
    const misses: string[] = [];
    const toStat: string[] = [];
    for (const id of ids) (cached.has(id) ? toStat : misses).push(id);
    const stats = await statAll(toStat);
    const toScore: [string, CachedNote][] = [];
    let sliceStart = this.now();
    for (let k = 0; k < toStat.length; k++) {
      if ((k & 63) === 0 && this.now() - sliceStart > SLICE_MS) {
        await nextTurn();
        sliceStart = this.now();
      }
      const id = toStat[k];
      const entry = cached.get(id)!;
      const now = stats[k];
      if (!now || !sameFile(now, entry)) misses.push(id);
      else if (entry.summary) {
        this.put(entry.summary, { ...noteStatOf(entry), readAt: entry.mtime + RACY_MS });
        taken.push(id);
      } else if (entry.facts !== undefined) toScore.push([id, entry]);
      else misses.push(id);
    }
    await this.scoreFacts(toScore, taken, misses);
    return { taken, misses };
  }

  /**
   * Scores notes again from their cached facts (a cache of another day), a
   * few milliseconds of work at a time so that events are not kept waiting.
   */
  private async scoreFacts(list: readonly [string, CachedNote][], taken: string[], misses: string[]): Promise<void> {
    const { settings, asOf } = this.options;
    let sliceStart = this.now();
    for (let k = 0; k < list.length; k++) {
      if ((k & 15) === 0 && this.now() - sliceStart > SLICE_MS) {
        await nextTurn();
        sliceStart = this.now();
      }
      const [id, entry] = list[k];
      const facts = unpackFacts(entry.facts!, id);
      if (!facts) {
        misses.push(id);
        continue;
      }
      this.put(summarizeFacts(facts, settings, asOf), { ...noteStatOf(entry), readAt: entry.mtime + RACY_MS });
      taken.push(id);
    }
  }

  /** Reads the notes (in bulk when a bulk port is set), resolving with the ids read. */
  private readAll(ids: readonly string[]): Promise<string[]> {
    const bulk = this.options.bulk;
    const updated: string[] = [];
    if (!bulk || ids.length === 0) return this.readEach(ids, updated);
    const reported = new Uint8Array(ids.length);
    const sink: BulkSink = {
      summary: (i, summary, source) => {
        if (reported[i]) return;
        reported[i] = 1;
        this.put(summary, source && { ...noteStatOf(source.stat), readAt: source.readAt, facts: source.facts, summaryTail: source.summaryTail });
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
    // The stems in slices: an extension's stemOf parses a URI (10,000 took ~40 ms at once).
    return mapInSlices(ids, (id) => this.stemOf(id))
      .then((stems) => bulk(ids, { settings: this.options.settings, asOf: this.options.asOf, stems, facts: this.options.keepFacts === true }, sink))
      .then(leftOver, leftOver);
  }

  /**
   * Reads through the per-file port with a bounded number of reads in
   * flight, parsing each as it lands. Reads land together (a poll of the
   * event loop hands over every one done), so once the parsing of a turn has
   * taken SLICE_MS the rest wait for the next turn: in bench:vscode, 15
   * example notes parsed in one turn with a cold JIT held the extension host
   * 30 ms after a settings change.
   */
  private readEach(ids: readonly string[], updated: string[]): Promise<string[]> {
    const limit = Math.max(1, this.options.concurrency ?? 32);
    return new Promise((resolve) => {
      let next = 0;
      let done = 0;
      if (ids.length === 0) return resolve(updated);
      // Parsing waiting for a turn, and when this turn's began (-1: not yet).
      const waiting: (() => void)[] = [];
      let turnStart = -1;
      const inTurn = (parse: () => void): void => {
        if (turnStart < 0) {
          turnStart = this.now();
          void nextTurn().then(drain);
        }
        if (waiting.length > 0 || this.now() - turnStart >= SLICE_MS) waiting.push(parse);
        else parse();
      };
      const drain = (): void => {
        turnStart = -1;
        if (waiting.length === 0) return;
        turnStart = this.now();
        let k = 0;
        while (k < waiting.length && (k === 0 || this.now() - turnStart < SLICE_MS)) waiting[k++]();
        waiting.splice(0, k);
        void nextTurn().then(drain);
      };
      const start = (): void => {
        if (next >= ids.length) return;
        const id = ids[next++];
        const readAt = this.now();
        this.options.read(id, (err, data, stat) => {
          // The next read is queued before parsing this note, so parsing
          // overlaps with I/O instead of adding to it.
          start();
          inTurn(() => {
            if (err) this.readFailed(id, err, updated);
            else {
              const o = this.options;
              const read = summaryAndFacts(id, this.stemOf(id), data ?? new Uint8Array(), o.settings, o.asOf, stat !== undefined && o.keepFacts === true);
              this.put(read.summary, stat && { ...noteStatOf(stat), readAt, facts: read.facts });
              updated.push(id);
            }
            if (++done === ids.length) resolve(updated);
          });
        });
      };
      for (let i = 0; i < Math.min(limit, ids.length); i++) start();
    });
  }

  private readFailed(id: string, err: Error, updated: string[]): void {
    if (this.options.isNotFound?.(err)) return;
    const summary = this.summarizeBytes(id, new Uint8Array());
    const l10n = catalogue(this.options.settings.language);
    summary.problems = [summaryProblem(id, 1, l10n.t('the note could not be read: {0}', readFailureReason(err, l10n)), 'error')];
    this.put(summary, undefined);
    updated.push(id);
  }

  /** Sets a note's summary; `source` is what it was read from, when it can be cached. */
  private put(summary: ClientSummary, source: Source | undefined): void {
    const old = this.records.get(summary.file);
    if (old) this.unrank(old);
    this.records.set(summary.file, summary);
    if (source) this.sources.set(summary.file, source);
    else this.sources.delete(summary.file);
    this.rankVersion++;
    if (summary.status === 'former') return;
    if (this.bulk) this.ranked.push(summary);
    else {
      const at = this.rankPosition(summary);
      this.ranked.splice(at, 0, summary);
      this.rankedScores.splice(at, 0, summary.score);
      this.rankedPaid.splice(at, 0, summary.income.paid12m);
      this.rankedCurrencies.splice(at, 0, this.currencyId(summary));
    }
    this.totalScore += summary.score;
    this.income.add(summary);
  }

  private unrank(summary: ClientSummary): void {
    if (summary.status === 'former') return;
    this.rankVersion++;
    if (this.bulk) {
      const at = this.ranked.lastIndexOf(summary);
      if (at >= 0) {
        this.ranked.splice(at, 1);
        this.totalScore -= summary.score;
        this.income.remove(summary);
      }
      return;
    }
    let i = this.rankPosition(summary);
    // The position found is where an equal record would go; the record itself is there.
    while (i < this.ranked.length && this.ranked[i] !== summary && compareRanked(this.ranked[i], summary) === 0) i++;
    if (this.ranked[i] === summary) {
      this.ranked.splice(i, 1);
      this.rankedScores.splice(i, 1);
      this.rankedPaid.splice(i, 1);
      this.rankedCurrencies.splice(i, 1);
      this.totalScore -= summary.score;
      this.income.remove(summary);
    }
  }

  private currencyId(summary: ClientSummary): number {
    const key = currencyKeyOf(summary);
    let id = this.currencyIds.get(key);
    if (id === undefined) this.currencyIds.set(key, (id = this.currencyIds.size));
    return id;
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
