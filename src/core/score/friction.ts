/**
 * The friction score: seven signals, each a sum of evidence points that fade
 * with age, weighted, then squashed onto 0–100.
 *
 *   points(event) = base(event) · 0.5^(age in days / half-life)
 *   signal        = weight · Σ points(event)
 *   score         = round(100 · (1 − e^(−Σ signals / scale)))
 *   flagged       → score ≥ the strained threshold
 *
 * A pure function of the note, the settings and the as-of date. Events dated
 * after the as-of date do not count yet (the note is read as it stood then:
 * see noteAsOf).
 */
import { CalendarDay } from '../dates';
import { isPaidBy } from '../invoices';
import { LogEntry } from '../read/logEntry';
import { ClientNote } from '../read/note';
import { Band, FrictionSettings, SignalId } from '../settings';
import { Evidence, scoreContext } from './context';
import { Flag, flagsOf } from './flags';
import { SIGNAL_ORDER, SIGNALS } from './signals';
import { BASE_POINTS } from './points';

export type { Evidence } from './context';
export type { Flag, FlagId } from './flags';
export interface SignalResult {
  id: SignalId;
  /** Weighted points, rounded to one decimal. */
  points: number;
  detail: string;
  /** Line of the weightiest evidence, to open the note at. */
  line: number;
  evidence: Evidence[];
}

export interface FrictionResult {
  score: number;
  band: Band;
  /** Unrounded sum of weighted points. */
  rawPoints: number;
  /** Hard flags (a recent `#disrespect` or `#chargeback`): the score is then at least `strained`. */
  flags: Flag[];
  /** Signals with points, highest first. */
  signals: SignalResult[];
  /** `#praise` entries up to the as-of date, newest first. */
  praise: LogEntry[];
  /** Sum of unpaid invoices past due (and past grace). */
  amountOverdue: number;
  /** Paid amount per billed hour over the whole history (not the hours still waiting for their invoice), from 10 hours on. */
  effectiveRate?: number;
  hoursLogged: number;
  amountPaid: number;
}

export function bandOf(score: number, settings: FrictionSettings): Band {
  const t = settings.bandThresholds;
  if (score >= t.fire) return 'fire';
  if (score >= t.strained) return 'strained';
  if (score >= t.watch) return 'watch';
  return 'calm';
}

export interface ScoreOptions {
  /**
   * Whether to keep each signal's evidence, worded (default true). The index
   * keeps only totals, details and lines, and the tree re-reads a note when
   * its evidence is opened, so the index skips building a sentence per event
   * (most of the cost of scoring). Without it `signals[].evidence` is empty;
   * every number, detail and line is the same.
   */
  evidence?: boolean;
  /**
   * Whether to word each signal's one-line detail (default true). The trend
   * and a chart need the score alone; without it every `detail` is empty and
   * every number and line is the same.
   */
  details?: boolean;
}

export function frictionScore(note: ClientNote, settings: FrictionSettings, asOf: CalendarDay, options: ScoreOptions = {}): FrictionResult {
  const describe = options.evidence !== false;
  const ctx = scoreContext(note, settings, asOf, describe, options.details !== false);

  const signals: SignalResult[] = [];
  const order = SIGNAL_ORDER;
  for (const { id, measure } of SIGNALS) {
    const draft = measure(ctx);
    if (!draft) continue;
    const weight = settings.weights[id];
    const sum = draft.points * weight;
    if (!(sum > 0.05)) continue; // NaN too: a signal that cannot be measured adds nothing
    signals.push({
      id,
      points: round1(sum),
      detail: draft.detail,
      line: draft.line,
      evidence: describe ? draft.evidence.map((e) => ({ ...e, points: round1(e.points * weight) })) : [],
    });
  }
  signals.sort((a, b) => b.points - a.points || order[a.id] - order[b.id]);
  const rawPoints = signals.reduce((s, x) => s + x.points, 0);
  const flags = flagsOf(ctx);
  const squashed = Math.round(100 * (1 - Math.exp(-rawPoints / settings.scale)));
  const score = flags.length > 0 ? Math.max(squashed, settings.bandThresholds.strained) : squashed;

  const hoursLogged = ctx.log.reduce((s, e) => s + (e.hours ?? 0), 0);
  const amountPaid = ctx.invoices.reduce((s, i) => s + (isPaidBy(i, asOf) ? (i.amount ?? 0) : 0), 0);
  const billed = ctx.invoicedWork();
  return {
    score,
    band: bandOf(score, settings),
    rawPoints,
    flags,
    signals,
    praise: [...ctx.tagged('praise')].sort((a, b) => b.date - a.date || b.line - a.line),
    amountOverdue: ctx.overdue.reduce((s, o) => s + (o.invoice.amount ?? 0), 0),
    effectiveRate: billed.hours >= BASE_POINTS.effortMinHours && amountPaid > 0 ? amountPaid / billed.hours : undefined,
    hoursLogged,
    amountPaid,
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
