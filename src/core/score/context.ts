/**
 * What every signal reads: one shared context built once per score (the log
 * and the invoices up to the as-of date, the overdue invoices, the entries by
 * tag, the fade), and the small shapes a signal answers with.
 */
import { CalendarDay, formatClock, formatIsoDay } from '../dates';
import { overdueInvoices, OverdueInvoice } from '../invoices';
import { catalogue, L10n } from '../l10n';
import { invoicesAsOf, logAsOf, promisesAsOf } from '../noteAsOf';
import { LogEntry } from '../read/logEntry';
import { ClientNote, Invoice } from '../read/note';
import { PaymentPromise } from '../read/promise';
import { FrictionSettings } from '../settings';
import { KnownTag, TAG_BIT } from '../tags';
import { InvoicedWork, invoicedWork } from './invoicedWork';

export interface Evidence {
  line: number;
  /** Plain words: what happened, with its date. */
  text: string;
  points: number;
}

/** What one signal measured: its evidence (unweighted points) and a one-line detail. */
export interface SignalDraft {
  /** Each piece of evidence, worded; empty unless the context describes. */
  evidence: Evidence[];
  /** The sum of the evidence's points, added in order. */
  points: number;
  /** The line of the weightiest piece (the first of equal points). */
  line: number;
  detail: string;
}

/**
 * A signal's evidence as it is found: the sum and the weightiest line are
 * kept as pieces are added, and each piece is kept only when the context
 * describes (the index, the trend and charts need the numbers alone, and a
 * score makes a few dozen pieces).
 */
export class EvidenceList {
  readonly items: Evidence[] = [];
  count = 0;
  private sum = 0;
  private topLine = 0;
  private topPoints = 0;

  constructor(private readonly keep: boolean) {}

  /** `text` is read only when the context describes: pass '' otherwise. */
  add(line: number, points: number, text: string): void {
    if (this.keep) this.items.push({ line, text, points });
    this.sum += points;
    if (this.count === 0 || points > this.topPoints) {
      this.topLine = line;
      this.topPoints = points;
    }
    this.count++;
  }

  /** The draft of these pieces, or undefined when there are none. */
  draft(detail: string): SignalDraft | undefined {
    return this.count === 0 ? undefined : { evidence: this.items, points: this.sum, line: this.topLine, detail };
  }
}

/** 0.5^(age / half-life) of an event on that day. */
export type Fade = (day: CalendarDay) => number;

export interface ScoreContext {
  /** The note (its fields; what it logged and billed as of the date is below). */
  readonly note: ClientNote;
  readonly settings: FrictionSettings;
  readonly asOf: CalendarDay;
  /** Log entries dated up to the as-of date, in note order. */
  readonly log: readonly LogEntry[];
  /** Invoices issued up to the as-of date (or undated), in note order; payments after it not made yet. */
  readonly invoices: readonly Invoice[];
  /** `#promise` entries made up to the as-of date. */
  readonly promises: readonly PaymentPromise[];
  readonly overdue: readonly OverdueInvoice[];
  readonly fade: Fade;
  /** Whether to word each piece of evidence (the index keeps only totals and details). */
  readonly describe: boolean;
  /** Whether to word each signal's one-line detail (a score alone, as the trend needs, skips it). */
  readonly detail: boolean;
  /** The words of details and evidence, in the settings' language (`settings.language`). */
  readonly l10n: L10n;
  /** The tags some entry of the log carries, as bits (TAG_BIT). */
  readonly tagBits: number;
  /** The entries carrying a tag, in log order. */
  tagged(tag: KnownTag): readonly LogEntry[];
  /** The invoiced work and what was paid for it (computed once, when first asked). */
  invoicedWork(): InvoicedWork;
}

const NONE: readonly LogEntry[] = Object.freeze([]);

export function scoreContext(note: ClientNote, settings: FrictionSettings, asOf: CalendarDay, describe: boolean, detail = true): ScoreContext {
  // The note as it stood on the date (noteAsOf), without copying the note.
  const log = logAsOf(note.log, asOf);
  const invoices = invoicesAsOf(note.invoices, asOf);
  const present = tagsPresent(log);
  const byTag: Partial<Record<KnownTag, readonly LogEntry[]>> = {};
  let work: InvoicedWork | undefined;
  const ctx: ScoreContext = {
    note,
    settings,
    asOf,
    log,
    invoices,
    promises: promisesAsOf(note.promises, asOf),
    overdue: overdueInvoices(invoices, settings, asOf),
    fade: (day) => fadeAfter(Math.max(0, asOf - day), settings.halfLifeDays),
    describe,
    detail,
    l10n: catalogue(settings.language),
    tagBits: present,
    tagged: (tag) => {
      // The signals and flags ask for eight tags, and a note uses a few:
      // only those are looked for.
      const bit = TAG_BIT[tag];
      return (present & bit) === 0 ? NONE : (byTag[tag] ??= entriesTagged(log, bit));
    },
    invoicedWork: () => (work ??= invoicedWork(ctx)),
  };
  return ctx;
}

/** The bits (TAG_BIT) of the tags that some entry of the log carries. */
function tagsPresent(log: readonly LogEntry[]): number {
  let bits = 0;
  for (let i = 0; i < log.length; i++) bits |= log[i].tagBits;
  return bits;
}

/** The entries carrying the tag of `bit`, in log order. */
function entriesTagged(log: readonly LogEntry[], bit: number): readonly LogEntry[] {
  const out: LogEntry[] = [];
  for (let i = 0; i < log.length; i++) if ((log[i].tagBits & bit) !== 0) out.push(log[i]);
  return out;
}

// Ages (in days) whose fade is remembered; older events are computed each time.
const FADE_TABLE_SIZE = 4096;
let fadeTable: { halfLife: number; values: Float64Array } | undefined;

/**
 * 0.5^(age / halfLife). Every note of a workspace is scored with the same
 * half-life against the same as-of date, and its events fall on a few
 * hundred distinct ages, so each whole-day age is computed once and then
 * read back: Math.pow costs ~50 ns and runs for most log entries of every
 * note. The table holds exactly what Math.pow returned, so no score changes.
 */
function fadeAfter(age: number, halfLife: number): number {
  if (!(age < FADE_TABLE_SIZE && Number.isInteger(age))) return Math.pow(0.5, age / halfLife);
  if (fadeTable?.halfLife !== halfLife) fadeTable = { halfLife, values: new Float64Array(FADE_TABLE_SIZE).fill(NaN) };
  let value = fadeTable.values[age];
  if (Number.isNaN(value)) value = fadeTable.values[age] = Math.pow(0.5, age / halfLife);
  return value;
}

/** An entry as evidence: `2026-11-03 23:40 text`, the text cut at 80 characters. */
export function entryText(e: LogEntry): string {
  const time = e.minutes !== undefined ? ` ${formatClock(e.minutes)}` : '';
  const text = e.text.length > 80 ? `${e.text.slice(0, 77)}…` : e.text;
  return `${formatIsoDay(e.date)}${time} ${text}`.trim();
}

/** The latest entry (by date; the first of equal dates). */
export function latestOf(entries: readonly LogEntry[]): LogEntry {
  return entries.reduce((a, b) => (b.date > a.date ? b : a));
}
