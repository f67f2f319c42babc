/**
 * The summary cache: what a workspace folder's index knew of each note, kept
 * between sessions so that a workspace opens without reading and parsing the
 * notes that did not change.
 *
 * Two files per folder, written whole and replaced at once (the store's
 * `write` is atomic):
 *
 * - `<key>.summaries`: each note's summary as of the day it was written, for
 *   a start on the same day (the tree shows it at once);
 * - `<key>.facts`: each note's facts (noteFacts.ts), for a start on another
 *   day: a summary depends on the day it is read (scores fade with age, the
 *   trend looks 30 days back, income 365), so an old summary is never shown
 *   as today's; the facts are scored again instead, without reading a note.
 *
 * Each entry is keyed by the note's id and its file's modification time,
 * size, change time and inode number (noteStat); a note whose file differs
 * in any is read again. Each file names its format and version,
 * the engine (a hash of the core's code, set at build time), a hash of the
 * settings that change what it holds, and the folder; it ends with the count
 * of its entries and a digest of them. A file that is corrupt, truncated, of
 * another version, engine, settings or folder, or of any other content, is
 * not used (and is written anew after the next index): never a crash, never
 * a wrong ranking.
 */
import { CalendarDay, formatIsoDay, parseIsoDay } from '../dates';
import { Problem } from '../problems';
import { FLAG_IDS } from '../score/flags';
import { BANDS, FrictionSettings, SIGNAL_IDS } from '../settings';
import { STATUSES } from '../read/note';
import { Slicer } from '../slices';
import { arr, fail, int, num, oneOf, optInt, optNum, optStr, str } from './packed';
import { ClientSummary } from './portfolio';

/** The version of the files' layout; a file of another version is not read. */
export const CACHE_VERSION = 2;

declare const CF_ENGINE: string | undefined;
/**
 * The engine that computed the summaries: a hash of the core's sources and
 * dependencies that the build sets (scripts/build.mjs), so that any change
 * to how a note is read or scored leaves every older cache unused.
 */
export const ENGINE: string = typeof CF_ENGINE === 'string' ? CF_ENGINE : 'unbuilt';

/**
 * Where the cache files are kept: the CLI's --cache folder, the extension's
 * storage. A file is a list of lines: 10,000 notes make some 18 MB, which
 * the store encodes and writes a piece at a time rather than as one string.
 */
export interface CacheFiles {
  /**
   * The file's text split at each line feed ('' last when it ends with one),
   * or undefined when it cannot be read (missing, or anything else).
   */
  read(name: string): Promise<string[] | undefined>;
  /**
   * Replaces the file with the lines, each followed by a line feed, at once
   * (a reader sees the old file or the new, never part of one).
   */
  write(name: string, lines: readonly CacheLine[]): Promise<void>;
}

/**
 * A line to write: its text, or the pieces of its text in order (written one
 * after the other, never joined: joining 10,000 keys to their facts made
 * ~18 MB of strings for the collector at each save).
 */
export type CacheLine = string | readonly string[];

/**
 * A note's file as it was when it was read: the key of its cache entry.
 * The modification time and size alone miss an edit of the same size that
 * keeps the modification time (`cp -p`, `rsync -t`, `touch -d`, a checkout of
 * an older copy within the same second); the change time (and the inode, for
 * a file replaced by another) moves in all of those. A port gives what its
 * file system can (0 for what it cannot; see each port).
 */
export interface NoteStat {
  mtime: number;
  size: number;
  /** The change time (ms): set by every write and every change of the file's times. */
  ctime: number;
  /** The inode number (0 where there is none). */
  ino: number;
}

/** Whether two stats are of the same file, unchanged. */
export function sameFile(a: NoteStat, b: NoteStat): boolean {
  return a.mtime === b.mtime && a.size === b.size && a.ctime === b.ctime && a.ino === b.ino;
}

/** The key fields of a stat alone (a stat or a cached entry carries more). */
export function noteStatOf(s: NoteStat): NoteStat {
  return { mtime: s.mtime, size: s.size, ctime: s.ctime, ino: s.ino };
}

/** What the cache knows of one note. */
export interface CachedNote extends NoteStat {
  /** Its summary as of the index's day (a same-day start), or undefined. */
  summary?: ClientSummary;
  /** Its facts, packed (noteFacts.ts), to score again (a start on another day), or undefined. */
  facts?: string;
}

/** What the index writes of one note. */
export interface CacheEntry extends NoteStat {
  id: string;
  summary: ClientSummary;
  /**
   * The summary as the file holds it after the note's key: the packed
   * summary's JSON (summaryJson) without its opening `[`. When the index has
   * it, it is written as it is.
   */
  summaryTail?: string;
  /** The packed facts when the index has them; else the cache carries over the ones it holds for this key. */
  facts?: string;
}

/**
 * Files modified this recently before they were read are not cached: a file
 * written again within the same tick of its file system's clock, at the
 * same size, would look unchanged (as git's "racily clean" entries). As git
 * does, only the modification time is checked: a file whose times were set
 * back (`touch -d`) has a recent change time, and any write after the read
 * changes it.
 */
export const RACY_MS = 2000;

/**
 * Settings that never change a summary (which files are notes, the scripts'
 * signature, display thresholds). The language does: it words the signals'
 * details.
 */
const NOT_IN_SUMMARIES: ReadonlySet<keyof FrictionSettings> = new Set<keyof FrictionSettings>([
  'notesGlob',
  'yourName',
  'coolDownDays',
  'defaultNoticeDays',
  'concentrationShare',
  'reminderDays',
  // A summary keeps each client's income in its own currency; shares are counted from it.
  'homeCurrency',
  'exchangeRates',
]);

/** The settings that reading a note uses (facts do not depend on the others): the language words its problems. */
const IN_FACTS: readonly (keyof FrictionSettings)[] = ['maxNoteBytes', 'tagSynonyms', 'channelWords', 'language'];

/** A hash of the settings that change a summary (every setting but NOT_IN_SUMMARIES). */
export function summarySettingsKey(settings: FrictionSettings): string {
  const keys = (Object.keys(settings) as (keyof FrictionSettings)[]).filter((k) => !NOT_IN_SUMMARIES.has(k));
  return hashText(canonicalJson(pick(settings, keys)));
}

/** A hash of the settings that change a note's facts. */
export function factsSettingsKey(settings: FrictionSettings): string {
  return hashText(canonicalJson(pick(settings, IN_FACTS)));
}

function pick(settings: FrictionSettings, keys: readonly (keyof FrictionSettings)[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, settings[k]]));
}

/** JSON with every object's keys sorted: equal settings give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A digest of text: FNV-1a over its UTF-16 code units in two 32-bit lanes
 * (16 hex digits), cheap enough for megabytes, and changed by any change of
 * a character. Fed in pieces, it digests as the whole.
 */
export class TextHash {
  private a = 0x811c9dc5;
  private b = 0xcbf29ce4;

  update(text: string, from = 0, to = text.length): this {
    let a = this.a;
    let b = this.b;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    this.a = a;
    this.b = b;
    return this;
  }

  digest(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

export function hashText(text: string): string {
  return new TextHash().update(text).digest();
}

// ---------------------------------------------------------------------------
// A summary as a compact array (the same keys, in the same order, come back).

/** The summary as a compact array, or undefined when it cannot be kept exactly (it is then not cached). */
export function packSummary(s: ClientSummary): unknown[] | undefined {
  const finite = (n: number | undefined) => n === undefined || Number.isFinite(n);
  const signals: unknown[] = [];
  for (const g of s.signals) signals.push(SIGNAL_IDS.indexOf(g.id), g.points, g.detail, g.line);
  const flags: unknown[] = [];
  for (const f of s.flags) flags.push(FLAG_IDS.indexOf(f.id), f.day, f.line);
  const problems: unknown[] = [];
  for (const p of s.problems) {
    if (p.file !== s.file) return undefined;
    problems.push(p.line, p.column ?? null, p.endColumn ?? null, p.message, p.severity === 'error' ? 1 : 0);
  }
  const o = s.offboarding;
  const numbers = [s.score, s.trend.days, s.trend.scoreThen, s.trend.delta, s.income.paid12m, s.amountOverdue, s.rate, s.effectiveRate, s.hoursLogged, s.praiseCount];
  if (!numbers.every(finite) || !s.signals.every((g) => finite(g.points)) || s.income.currency !== s.currency) return undefined;
  return [
    s.name,
    STATUSES.indexOf(s.status),
    s.score,
    BANDS.indexOf(s.band),
    signals,
    flags,
    s.trend.days,
    s.trend.scoreThen,
    s.trend.delta,
    s.income.paid12m,
    problems,
    s.amountOverdue,
    s.currency ?? null,
    s.rate ?? null,
    s.effectiveRate ?? null,
    s.hoursLogged,
    s.praiseCount,
    o === undefined ? null : [o.line, o.started ?? null, o.done, o.total, ...('noticeEnds' in o ? [o.noticeEnds ?? null] : [])],
    s.agreedHours ?? null,
    s.unpaidDue ?? null,
  ];
}

const SUMMARY_LENGTH = 20;

/** The summary of a packed array (as `file`); throws NotPacked on anything packSummary does not write. */
export function unpackSummary(a: unknown[], file: string, from = 0): ClientSummary {
  if (a.length - from !== SUMMARY_LENGTH) fail();
  const v = (k: number) => a[from + k];
  const signals: ClientSummary['signals'] = [];
  const sv = arr(v(4));
  if (sv.length % 4 !== 0) fail();
  for (let k = 0; k < sv.length; k += 4) signals.push({ id: oneOf(SIGNAL_IDS, sv[k]), points: num(sv[k + 1]), detail: str(sv[k + 2]), line: int(sv[k + 3]) });
  const flags: ClientSummary['flags'] = [];
  const fv = arr(v(5));
  if (fv.length % 3 !== 0) fail();
  for (let k = 0; k < fv.length; k += 3) flags.push({ id: oneOf(FLAG_IDS, fv[k]), day: int(fv[k + 1]), line: int(fv[k + 2]) });
  const problems: Problem[] = [];
  const pv = arr(v(10));
  if (pv.length % 5 !== 0) fail();
  for (let k = 0; k < pv.length; k += 5) {
    const severity = pv[k + 4] === 1 ? 'error' : pv[k + 4] === 0 ? 'warning' : fail();
    problems.push({ file, line: int(pv[k]), column: optInt(pv[k + 1]), endColumn: optInt(pv[k + 2]), message: str(pv[k + 3]), severity });
  }
  const currency = optStr(v(12));
  let offboarding: ClientSummary['offboarding'];
  if (v(17) !== null) {
    const o = arr(v(17));
    if (o.length !== 4 && o.length !== 5) fail();
    offboarding = { line: int(o[0]), started: optInt(o[1]), done: int(o[2]), total: int(o[3]) };
    if (o.length === 5) offboarding.noticeEnds = optInt(o[4]);
  }
  return {
    file,
    name: str(v(0)),
    status: oneOf(STATUSES, v(1)),
    score: int(v(2)),
    band: oneOf(BANDS, v(3)),
    signals,
    flags,
    trend: { days: int(v(6)), scoreThen: int(v(7)), delta: int(v(8)) },
    income: { paid12m: num(v(9)), currency },
    problems,
    amountOverdue: num(v(11)),
    currency,
    rate: optNum(v(13)),
    agreedHours: optStr(v(18)),
    effectiveRate: optNum(v(14)),
    hoursLogged: num(v(15)),
    praiseCount: int(v(16)),
    offboarding,
    unpaidDue: optInt(v(19)),
  };
}

// ---------------------------------------------------------------------------
// The files.

const SUMMARIES = 'client-friction summaries';
const FACTS = 'client-friction facts';

interface Header {
  format: string;
  version: number;
  engine: string;
  settings: string;
  folder: string;
  /** The day the summaries are as of (summaries file only). */
  asOf?: string;
}

/**
 * The entry lines of a cache file between its header and its trailer, when
 * the file's lines (as the store split them: '' last, after the final line
 * feed) are a whole file of `format` with the expected header fields; else
 * undefined. The trailer holds the number of entries and the digest of the
 * text between them (each entry line and its line feed), computed a few
 * milliseconds at a time.
 */
async function bodyOf(fileLines: string[], expected: Header): Promise<{ header: Header; lines: string[] } | undefined> {
  const count = fileLines.length;
  if (count < 3 || fileLines[count - 1] !== '') return undefined;
  let header: Header;
  let trailer: unknown;
  try {
    header = JSON.parse(fileLines[0]) as Header;
    trailer = JSON.parse(fileLines[count - 2]);
  } catch {
    return undefined;
  }
  if (header === null || typeof header !== 'object') return undefined;
  for (const key of ['format', 'version', 'engine', 'settings', 'folder'] as const) if (header[key] !== expected[key]) return undefined;
  if (!Array.isArray(trailer) || trailer.length !== 3 || trailer[0] !== 'end' || trailer[1] !== count - 3) return undefined;
  const lines = fileLines.slice(1, count - 2);
  if ((await digestOf(lines)) !== trailer[2]) return undefined;
  return { header, lines };
}

/** The digest of the lines, each followed by a line feed (the text between a file's header and trailer). */
async function digestOf(lines: readonly CacheLine[]): Promise<string> {
  const hash = new TextHash();
  const slicer = new Slicer();
  for (const line of lines) {
    const turn = slicer.step();
    if (turn) await turn;
    if (typeof line === 'string') hash.update(line);
    else for (const piece of line) hash.update(piece);
    hash.update('\n');
  }
  return hash.digest();
}

/** The lines of a cache file: its header, the entry lines, and the trailer (their count and digest). */
async function fileLines(header: Header, lines: readonly CacheLine[]): Promise<CacheLine[]> {
  const trailer = JSON.stringify(['end', lines.length, await digestOf(lines)]);
  const out: CacheLine[] = [asciiJson(JSON.stringify(header))];
  for (const line of lines) out.push(line);
  out.push(trailer);
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_ALL = /[^\x00-\x7f]/g;

/**
 * JSON text with every character beyond ASCII written as a `\uXXXX` escape:
 * the same JSON to JSON.parse (such characters are only ever inside its
 * strings), and a cache file that is all ASCII, which the store reads as
 * Latin-1, some 5x as fast as UTF-8 (an en dash in "09:00–18:00" made
 * every file of 10,000 notes UTF-8: ~23 ms to decode 6 MB).
 */
export function asciiJson(json: string): string {
  return NON_ASCII.test(json) ? json.replace(NON_ASCII_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

/**
 * A summary as a cache file holds it: packSummary as ASCII JSON, or
 * undefined when it cannot be packed. The worker threads make it as they
 * summarize, and the index keeps it: a save writes it as it is, instead of
 * packing and stringifying each of 10,000 summaries again.
 */
export function summaryJson(summary: ClientSummary): string | undefined {
  const packed = packSummary(summary);
  return packed && asciiJson(JSON.stringify(packed));
}

/** An entry's key as a file holds it: `[id,mtime,size,ctime,ino]`. */
function keyText(id: string, s: NoteStat): string {
  return asciiJson(JSON.stringify([id, s.mtime, s.size, s.ctime, s.ino]));
}

/** The fields of an entry line before its summary: the key. */
const KEY_FIELDS = 5;

/** Each entry's key (`[id,mtime,size,ctime,ino]` as written) by id. */
type KeysOnDisk = Map<string, string>;

/** Whether two sets of keys are the same, compared a few milliseconds at a time. */
async function sameKeys(a: KeysOnDisk, b: KeysOnDisk, slicer: Slicer): Promise<boolean> {
  if (a.size !== b.size) return false;
  for (const [id, key] of a) {
    const turn = slicer.step();
    if (turn) await turn;
    if (b.get(id) !== key) return false;
  }
  return true;
}

/** The key of an entry line: `[id, mtime, size, ctime, ino` and the rest. */
function entryKey(entry: unknown[]): NoteStat & { id: string } {
  return { id: str(entry[0]), mtime: num(entry[1]), size: int(entry[2]), ctime: num(entry[3]), ino: num(entry[4]) };
}

/** A folder's summary cache in a store of files. */
export class SummaryCache {
  private readonly name: string;
  private readonly summariesHeader: Header;
  private readonly factsHeader: Header;
  /**
   * What the files hold, as last read or written (undefined: not known):
   * a save that would write the same entries again writes nothing.
   */
  private summariesOnDisk: { asOf: CalendarDay; keys: KeysOnDisk } | undefined;
  private factsOnDisk: KeysOnDisk | undefined;

  constructor(
    private readonly files: CacheFiles,
    /** The folder the notes are in (its URI or path): names the files and is checked in them. */
    folder: string,
    settings: FrictionSettings,
  ) {
    this.name = hashText(folder);
    this.summariesHeader = { format: SUMMARIES, version: CACHE_VERSION, engine: ENGINE, settings: summarySettingsKey(settings), folder };
    this.factsHeader = { format: FACTS, version: CACHE_VERSION, engine: ENGINE, settings: factsSettingsKey(settings), folder };
  }

  /** Whether the build set an engine (a watching build does not: its code changes as it runs). */
  get enabled(): boolean {
    return ENGINE !== 'unbuilt';
  }

  get summariesFile(): string {
    return `${this.name}.summaries`;
  }

  get factsFile(): string {
    return `${this.name}.facts`;
  }

  /**
   * What the cache knows of the folder's notes as of `asOf`, by id: their
   * summaries when they were written that day, else their facts. Empty when
   * the files are missing or unusable. Never throws.
   */
  async load(asOf: CalendarDay): Promise<Map<string, CachedNote>> {
    const out = new Map<string, CachedNote>();
    if (!this.enabled) return out;
    try {
      const summaries = await this.files.read(this.summariesFile);
      const read = summaries === undefined ? undefined : await bodyOf(summaries, this.summariesHeader);
      if (read && read.header.asOf !== undefined && parseIsoDay(read.header.asOf) === asOf) {
        const keys: KeysOnDisk = new Map();
        if (await this.decodeSummaries(read.lines, out, keys)) {
          this.summariesOnDisk = { asOf, keys };
          return out;
        }
        out.clear();
      }
      const facts = await this.files.read(this.factsFile);
      const factsRead = facts === undefined ? undefined : await bodyOf(facts, this.factsHeader);
      const factsKeys: KeysOnDisk = new Map();
      if (factsRead && !(await this.decodeFacts(factsRead.lines, out, factsKeys))) out.clear();
      if (factsRead) this.factsOnDisk = factsKeys;
    } catch {
      out.clear(); // a store that throws: as if there were no cache
    }
    return out;
  }

  private async decodeSummaries(lines: string[], out: Map<string, CachedNote>, keys: KeysOnDisk): Promise<boolean> {
    const slicer = new Slicer();
    for (let k = 0; k < lines.length; k++) {
      const turn = slicer.step();
      if (turn) await turn;
      try {
        const entry = arr(JSON.parse(lines[k]));
        const { id, ...stat } = entryKey(entry);
        out.set(id, { ...stat, summary: unpackSummary(entry, id, KEY_FIELDS) });
        keys.set(id, keyText(id, stat));
      } catch {
        return false;
      }
    }
    return true;
  }

  /** The facts are kept packed: the index unpacks each as it scores it (10,000 notes unpacked at once would take ~100 MB). */
  private async decodeFacts(lines: string[], out: Map<string, CachedNote>, keys: KeysOnDisk): Promise<boolean> {
    const slicer = new Slicer();
    for (let k = 0; k < lines.length; k++) {
      const turn = slicer.step();
      if (turn) await turn;
      const line = lines[k];
      const tab = line.indexOf('\t');
      try {
        if (tab < 0) fail();
        const key = line.slice(0, tab);
        const { id, ...stat } = entryKey(arr(JSON.parse(key)));
        out.set(id, { ...stat, facts: line.slice(tab + 1) });
        keys.set(id, key);
      } catch {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes the folder's entries: their summaries as of `asOf`, and their
   * facts (an entry without facts keeps the ones the cache holds for the
   * same key, else has none). Entries are skipped whose summary cannot be
   * packed. Never throws; a store that fails leaves the old files.
   */
  async save(entries: readonly CacheEntry[], asOf: CalendarDay): Promise<void> {
    if (!this.enabled) return;
    try {
      const slicer = new Slicer();
      const keyOf = new Map<string, string>();
      for (const e of entries) {
        const turn = slicer.step();
        if (turn) await turn;
        keyOf.set(e.id, keyText(e.id, e));
      }
      // Summaries are a function of the key, the day, the engine and the
      // settings (the file's header), and facts of all but the day: the same
      // keys make the same files, which are then not written again.
      const onDisk = this.summariesOnDisk;
      const sameDay = onDisk !== undefined && onDisk.asOf === asOf;
      // Nothing read since the files were (a start that changed nothing):
      // nothing to write, found before packing a summary. (A facts file that
      // cannot be used is written anew when it is next needed: on another day.)
      if (sameDay && !entries.some((e) => e.facts !== undefined) && (await sameKeys(onDisk.keys, keyOf, slicer))) return;
      const packed: { entry: CacheEntry; tail: string; key: string }[] = [];
      const keys: KeysOnDisk = new Map();
      for (const entry of entries) {
        const turn = slicer.step();
        if (turn) await turn;
        const tail = entry.summaryTail ?? summaryJson(entry.summary)?.slice(1);
        if (tail === undefined) continue;
        const key = keyOf.get(entry.id)!;
        packed.push({ entry, tail, key });
        keys.set(entry.id, key);
      }
      // What the facts file holds is learnt when it is to be written (a
      // same-day start reads only the summaries).
      let carried: Map<string, string> | undefined;
      const summariesSame = sameDay && (await sameKeys(onDisk.keys, keys, slicer));
      if (summariesSame && !packed.some((p) => p.entry.facts !== undefined)) return;
      if (this.factsOnDisk === undefined) {
        carried = await this.factsFileLines();
        const onDiskNow: KeysOnDisk = new Map();
        for (const [id, line] of carried) {
          const turn = slicer.step();
          if (turn) await turn;
          onDiskNow.set(id, line.slice(0, line.indexOf('\t')));
        }
        this.factsOnDisk = onDiskNow;
      }
      if (!(await sameKeys(this.factsOnDisk, keys, slicer))) {
        // The facts of notes not read this session are carried over from the
        // facts file, read again here rather than kept in memory all along.
        if (!carried && packed.some((p) => p.entry.facts === undefined)) carried = await this.factsFileLines();
        const lines: CacheLine[] = [];
        const written: KeysOnDisk = new Map();
        for (const { entry, key } of packed) {
          const turn = slicer.step();
          if (turn) await turn;
          if (entry.facts !== undefined) lines.push([key, '\t', asciiJson(entry.facts)]);
          else {
            const line = carried?.get(entry.id);
            if (line === undefined || !line.startsWith(`${key}\t`)) continue;
            lines.push(line);
          }
          written.set(entry.id, key);
        }
        await this.files.write(this.factsFile, await fileLines(this.factsHeader, lines));
        this.factsOnDisk = written;
      }
      if (!summariesSame) {
        const lines: CacheLine[] = [];
        for (const { tail, key } of packed) {
          const turn = slicer.step();
          if (turn) await turn;
          // `[id,mtime,size,ctime,ino` `,` and the packed summary without its `[`: one JSON array.
          lines.push([key.slice(0, -1), ',', tail]);
        }
        await this.files.write(this.summariesFile, await fileLines({ ...this.summariesHeader, asOf: formatIsoDay(asOf) }, lines));
        this.summariesOnDisk = { asOf, keys };
      }
    } catch {
      // The cache is an optimization: a failed write leaves the last good files.
    }
  }

  /** The facts file's lines by id (none when it is missing or unusable). */
  private async factsFileLines(): Promise<Map<string, string>> {
    const file = await this.files.read(this.factsFile);
    const read = file === undefined ? undefined : await bodyOf(file, this.factsHeader);
    const lines = new Map<string, string>();
    const slicer = new Slicer();
    for (const line of read?.lines ?? []) {
      const turn = slicer.step();
      if (turn) await turn;
      const tab = line.indexOf('\t');
      try {
        lines.set(entryKey(arr(JSON.parse(line.slice(0, Math.max(tab, 0))))).id, line);
      } catch {
        // a line that is not an entry carries nothing over
      }
    }
    return lines;
  }
}
