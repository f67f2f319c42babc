/**
 * The friction score: six signals, each a sum of evidence points that fade
 * with age, weighted, then squashed onto 0–100.
 *
 *   points(event) = base(event) · 0.5^(age in days / half-life)
 *   signal        = weight · Σ points(event)
 *   score         = round(100 · (1 − e^(−Σ signals / scale)))
 *
 * A pure function of the note, the settings and the as-of date. Events dated
 * after the as-of date do not count yet.
 */
import { CalendarDay, formatClock, formatIsoDay, weekday } from '../dates';
import { LogEntry } from '../read/log';
import { ClientNote, Invoice } from '../read/note';
import { Band, FrictionSettings, SignalId } from '../settings';

/** Base points of each kind of event, before fading and weights. */
export const BASE_POINTS = Object.freeze({
  latePaid: 3, // + 1 per 6 days late, up to 10 more
  latePaidPerDay: 1 / 6,
  latePaidMaxDays: 60,
  overdue: 5, // + 1 per 5 days overdue, up to 18 more; never fades
  overduePerDay: 1 / 5,
  overdueMaxDays: 90,
  overduePerWorkDay: 1, // + 1 per day of work (8 h at the agreed rate) left unpaid, up to 10
  overdueMaxWorkDays: 10,
  latePaymentTag: 6,
  afterHours: 2,
  urgent: 1.5,
  extraRevision: 3,
  vague: 2,
  scopeCreep: 3,
  scopeCreepPerHour: 0.5,
  scopeCreepMaxHours: 8,
  effortMax: 20, // at an effective rate of zero; scaled by the shortfall
  effortTolerance: 0.1, // shortfalls under 10% are noise
  effortMinHours: 5,
  disrespect: 20,
});

/** Revision entries more than this many days apart belong to different deliverables. */
export const DELIVERABLE_GAP_DAYS = 30;

export interface Evidence {
  line: number;
  /** Plain words: what happened, with its date. */
  text: string;
  points: number;
}

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
  /** Signals with points, highest first. */
  signals: SignalResult[];
  /** `#praise` entries up to the as-of date, newest first. */
  praise: LogEntry[];
  /** Sum of unpaid invoices past due (and past grace). */
  amountOverdue: number;
  /** Paid amount per logged hour over the whole history, when both are known. */
  effectiveRate?: number;
  hoursLogged: number;
  amountPaid: number;
}

export const SIGNAL_LABELS: Readonly<Record<SignalId, string>> = Object.freeze({
  payment: 'payment',
  afterHours: 'after hours',
  revisions: 'revisions',
  scopeCreep: 'scope creep',
  effort: 'effort',
  conduct: 'conduct',
});

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
}

export function frictionScore(note: ClientNote, settings: FrictionSettings, asOf: CalendarDay, options: ScoreOptions = {}): FrictionResult {
  const describe = options.evidence !== false;
  const fade = (day: CalendarDay) => fadeAfter(Math.max(0, asOf - day), settings.halfLifeDays);
  const log = keepWhere(note.log, (e) => e.date <= asOf);
  const invoices = keepWhere(note.invoices, (i) => i.issued === undefined || i.issued <= asOf);
  const overdue = overdueInvoices(invoices, settings, asOf);
  const tagged = taggedEntries(log);

  const signals: SignalResult[] = [];
  const add = (id: SignalId, evidence: Evidence[], detail: string) => {
    const weight = settings.weights[id];
    const sum = evidence.reduce((s, e) => s + e.points, 0) * weight;
    if (sum <= 0.05) return;
    let top = evidence[0];
    for (const e of evidence) if (e.points > top.points) top = e;
    signals.push({
      id,
      points: round1(sum),
      detail,
      line: top.line,
      evidence: describe ? evidence.map((e) => ({ ...e, points: round1(e.points * weight) })) : [],
    });
  };

  const payment = paymentSignal(note, invoices, overdue, tagged.latePayment, settings, asOf, fade, describe);
  if (payment) add('payment', payment.evidence, payment.detail);
  const afterHours = afterHoursSignal(log, settings, fade, describe);
  if (afterHours) add('afterHours', afterHours.evidence, afterHours.detail);
  const revisions = revisionsSignal(note, log, settings, fade, describe);
  if (revisions) add('revisions', revisions.evidence, revisions.detail);
  const scope = scopeCreepSignal(tagged.scopeCreep, fade, describe);
  if (scope) add('scopeCreep', scope.evidence, scope.detail);
  const effort = effortSignal(note, invoices, log, asOf, fade, describe);
  if (effort) add('effort', effort.evidence, effort.detail);
  const conduct = conductSignal(tagged.disrespect, fade, describe);
  if (conduct) add('conduct', conduct.evidence, conduct.detail);

  signals.sort((a, b) => b.points - a.points || SIGNAL_ORDER[a.id] - SIGNAL_ORDER[b.id]);
  const rawPoints = signals.reduce((s, x) => s + x.points, 0);
  const score = Math.round(100 * (1 - Math.exp(-rawPoints / settings.scale)));

  const hoursLogged = log.reduce((s, e) => s + (e.hours ?? 0), 0);
  const amountPaid = invoices.reduce((s, i) => s + (isPaidBy(i, asOf) ? (i.amount ?? 0) : 0), 0);
  return {
    score,
    band: bandOf(score, settings),
    rawPoints,
    signals,
    praise: tagged.praise.sort((a, b) => b.date - a.date || b.line - a.line),
    amountOverdue: overdue.reduce((s, o) => s + (o.invoice.amount ?? 0), 0),
    effectiveRate: hoursLogged > 0 && amountPaid > 0 ? amountPaid / hoursLogged : undefined,
    hoursLogged,
    amountPaid,
  };
}

const SIGNAL_ORDER: Readonly<Record<SignalId, number>> = { payment: 0, afterHours: 1, revisions: 2, scopeCreep: 3, effort: 4, conduct: 5 };

/** Entries with the tags that signals take whole, in log order. */
interface TaggedEntries {
  latePayment: LogEntry[];
  scopeCreep: LogEntry[];
  disrespect: LogEntry[];
  praise: LogEntry[];
}

/** Sorts the entries into TaggedEntries in one pass over the log, instead of one filter per tag. */
function taggedEntries(log: readonly LogEntry[]): TaggedEntries {
  const out: TaggedEntries = { latePayment: [], scopeCreep: [], disrespect: [], praise: [] };
  for (const e of log) {
    if (e.tags.length === 0) continue;
    if (e.tags.includes('late-payment')) out.latePayment.push(e);
    if (e.tags.includes('scope-creep')) out.scopeCreep.push(e);
    if (e.tags.includes('disrespect')) out.disrespect.push(e);
    if (e.tags.includes('praise')) out.praise.push(e);
  }
  return out;
}

/**
 * The items that pass `keep`, as a new array only when some do not: notes
 * rarely hold entries dated after the as-of date, so this usually returns
 * `list` itself (read-only here) instead of copying it.
 */
function keepWhere<T>(list: T[], keep: (item: T) => boolean): T[] {
  for (let i = 0; i < list.length; i++) if (!keep(list[i])) return list.filter(keep);
  return list;
}

type Fade = (day: CalendarDay) => number;

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
interface SignalDraft {
  evidence: Evidence[];
  detail: string;
}

function isPaidBy(invoice: Invoice, asOf: CalendarDay): boolean {
  return invoice.paidUndated === true || (invoice.paid !== undefined && invoice.paid <= asOf);
}

export interface OverdueInvoice {
  invoice: Invoice;
  daysOverdue: number;
}

/** Unpaid invoices past their due date plus grace, as of the date, most overdue first. */
export function overdueInvoices(invoices: readonly Invoice[], settings: FrictionSettings, asOf: CalendarDay): OverdueInvoice[] {
  const out: OverdueInvoice[] = [];
  for (const invoice of invoices) {
    if (invoice.due === undefined || isPaidBy(invoice, asOf)) continue;
    if (invoice.issued !== undefined && invoice.issued > asOf) continue;
    const days = asOf - invoice.due;
    if (days > settings.graceDays) out.push({ invoice, daysOverdue: days });
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || a.invoice.line - b.invoice.line);
}

/** Unpaid invoices as of the date (overdue or not). */
export function unpaidInvoices(invoices: readonly Invoice[], asOf: CalendarDay): Invoice[] {
  return invoices.filter((i) => !isPaidBy(i, asOf) && (i.issued === undefined || i.issued <= asOf));
}

function paymentSignal(
  note: ClientNote,
  invoices: Invoice[],
  overdue: OverdueInvoice[],
  latePaymentEntries: LogEntry[],
  settings: FrictionSettings,
  asOf: CalendarDay,
  fade: Fade,
  describe: boolean,
): SignalDraft | undefined {
  const B = BASE_POINTS;
  const evidence: Evidence[] = [];
  const late: { id: string; days: number }[] = [];
  for (const invoice of invoices) {
    if (invoice.due === undefined || invoice.paid === undefined || invoice.paid > asOf) continue;
    const days = invoice.paid - invoice.due;
    if (days <= settings.graceDays) continue;
    late.push({ id: invoice.id, days });
    evidence.push({
      line: invoice.line,
      text: describe ? `${invoice.id} paid ${formatIsoDay(invoice.paid)}, ${plural(days, 'day')} after its due date` : '',
      points: (B.latePaid + Math.min(days, B.latePaidMaxDays) * B.latePaidPerDay) * fade(invoice.paid),
    });
  }
  for (const { invoice, daysOverdue } of overdue) {
    let points = B.overdue + Math.min(daysOverdue, B.overdueMaxDays) * B.overduePerDay;
    if (invoice.amount !== undefined && note.rate) {
      points += Math.min(B.overdueMaxWorkDays, (invoice.amount / (note.rate * 8)) * B.overduePerWorkDay);
    }
    evidence.push({
      line: invoice.line,
      text: describe
        ? `${invoice.id}${invoice.amount !== undefined ? ` (${formatAmount(invoice.amount, note.currency)})` : ''} unpaid, ${plural(daysOverdue, 'day')} overdue`
        : '',
      points,
    });
  }
  const tagged = note.invoices.length === 0 ? latePaymentEntries : [];
  for (const e of tagged) {
    evidence.push({ line: e.line, text: describe ? entryText(e) : '', points: B.latePaymentTag * fade(e.date) });
  }
  if (evidence.length === 0) return undefined;

  const parts: string[] = [];
  if (late.length > 0) {
    const avg = Math.round(late.reduce((s, l) => s + l.days, 0) / late.length);
    parts.push(
      late.length === 1
        ? `1 invoice paid late (${late[0].id}, ${plural(late[0].days, 'day')})`
        : `${late.length} invoices paid late (avg ${avg} days: ${listIds(late.map((l) => l.id))})`,
    );
  }
  for (const { invoice, daysOverdue } of overdue.slice(0, 3)) {
    parts.push(`${invoice.id} unpaid, ${plural(daysOverdue, 'day')} overdue`);
  }
  if (overdue.length > 3) parts.push(`${overdue.length - 3} more unpaid`);
  if (overdue.length > 0) {
    const total = overdue.reduce((s, o) => s + (o.invoice.amount ?? 0), 0);
    if (total > 0) parts.push(`${formatAmount(total, note.currency)} overdue`);
  }
  if (tagged.length > 0) parts.push(`${plural(tagged.length, '#late-payment entry', '#late-payment entries')} (invoices not tracked)`);
  return { evidence, detail: parts.join('; ') };
}

function afterHoursSignal(log: LogEntry[], settings: FrictionSettings, fade: Fade, describe: boolean): SignalDraft | undefined {
  const B = BASE_POINTS;
  const evidence: Evidence[] = [];
  let night = 0;
  let offDay = 0;
  let tagged = 0;
  let urgent = 0;
  let latest: LogEntry | undefined;
  for (const e of log) {
    const isOffDay = !settings.workingDays.includes(weekday(e.date));
    const isOffHours = e.minutes !== undefined && (e.minutes < settings.workStartMinutes || e.minutes >= settings.workEndMinutes);
    const isTagged = e.tags.includes('after-hours');
    const isUrgent = e.tags.includes('urgent');
    const afterHours = isOffDay || isOffHours || isTagged;
    if (!afterHours && !isUrgent) continue;
    if (isOffDay) offDay++;
    else if (isOffHours) night++;
    else if (isTagged) tagged++;
    if (isUrgent) urgent++;
    const points = ((afterHours ? B.afterHours : 0) + (isUrgent ? B.urgent : 0)) * fade(e.date);
    evidence.push({ line: e.line, text: describe ? entryText(e) : '', points });
    if (afterHours && (!latest || e.date > latest.date || (e.date === latest.date && e.line > latest.line))) latest = e;
  }
  if (evidence.length === 0) return undefined;
  const contacts = offDay + night + tagged;
  const parts: string[] = [];
  if (contacts > 0) {
    const how: string[] = [];
    if (night) how.push(`${night} outside ${formatClock(settings.workStartMinutes)}–${formatClock(settings.workEndMinutes)}`);
    if (offDay) how.push(`${offDay} on non-working days`);
    if (tagged) how.push(`${tagged} tagged #after-hours`);
    parts.push(`${plural(contacts, 'after-hours contact')} (${how.join(', ')})`);
  }
  if (urgent) parts.push(`${urgent} #urgent`);
  if (latest) parts.push(`latest ${formatIsoDay(latest.date)}${latest.minutes !== undefined ? ` ${formatClock(latest.minutes)}` : ''}`);
  return { evidence, detail: parts.join('; ') };
}

function revisionsSignal(note: ClientNote, log: LogEntry[], settings: FrictionSettings, fade: Fade, describe: boolean): SignalDraft | undefined {
  const B = BASE_POINTS;
  const included = note.revisionsIncluded ?? settings.defaultRevisionsIncluded;
  const evidence: Evidence[] = [];
  const byDate = (a: LogEntry, b: LogEntry) => a.date - b.date || a.line - b.line;
  // A log is usually written in date order: sort a copy only when it is not.
  const ordered = isSorted(log, byDate) ? log : [...log].sort(byDate);
  let rounds = 0;
  let inDeliverable = 0;
  let extra = 0;
  let deliverables = 0;
  let lastRevision: CalendarDay | undefined;
  let vague = 0;
  for (const e of ordered) {
    if (e.tags.includes('delivered')) inDeliverable = 0;
    if (e.tags.includes('revision')) {
      if (lastRevision !== undefined && e.date - lastRevision > DELIVERABLE_GAP_DAYS) inDeliverable = 0;
      if (inDeliverable === 0) deliverables++;
      inDeliverable++;
      rounds++;
      lastRevision = e.date;
      if (inDeliverable > included) {
        extra++;
        evidence.push({
          line: e.line,
          text: describe ? `round ${inDeliverable} (${included} included): ${entryText(e)}` : '',
          points: B.extraRevision * fade(e.date),
        });
      }
    }
    if (e.tags.includes('vague')) {
      vague++;
      evidence.push({ line: e.line, text: describe ? `vague feedback: ${entryText(e)}` : '', points: B.vague * fade(e.date) });
    }
  }
  if (evidence.length === 0) return undefined;
  const parts: string[] = [];
  if (extra > 0) {
    parts.push(
      `${plural(extra, 'revision round')} beyond the ${included} included (${rounds} rounds over ${plural(deliverables, 'deliverable')})`,
    );
  }
  if (vague > 0) parts.push(plural(vague, 'vague feedback', 'vague feedbacks'));
  return { evidence, detail: parts.join('; ') };
}

/** `entries`: the #scope-creep entries. */
function scopeCreepSignal(entries: LogEntry[], fade: Fade, describe: boolean): SignalDraft | undefined {
  const B = BASE_POINTS;
  if (entries.length === 0) return undefined;
  let hours = 0;
  const evidence = entries.map((e) => {
    hours += e.hours ?? 0;
    return {
      line: e.line,
      text: describe ? entryText(e) : '',
      points: (B.scopeCreep + Math.min(e.hours ?? 0, B.scopeCreepMaxHours) * B.scopeCreepPerHour) * fade(e.date),
    };
  });
  const latest = entries.reduce((a, b) => (b.date > a.date ? b : a));
  const time = hours > 0 ? `, ${formatHours(hours)} spent` : '';
  return {
    evidence,
    detail: `${plural(entries.length, 'out-of-scope request')}${time}; latest ${formatIsoDay(latest.date)}`,
  };
}

function effortSignal(
  note: ClientNote,
  invoices: Invoice[],
  log: LogEntry[],
  asOf: CalendarDay,
  fade: Fade,
  describe: boolean,
): SignalDraft | undefined {
  const B = BASE_POINTS;
  if (!note.rate || invoices.length === 0) return undefined;
  let hours = 0;
  let weightedHours = 0;
  let lastWork: LogEntry | undefined;
  for (const e of log) {
    if (!e.hours) continue;
    hours += e.hours;
    weightedHours += e.hours * fade(e.date);
    if (!lastWork || e.date >= lastWork.date) lastWork = e;
  }
  if (hours < B.effortMinHours || !lastWork) return undefined;
  let paid = 0;
  let weightedPaid = 0;
  for (const i of invoices) {
    if (!isPaidBy(i, asOf) || i.amount === undefined) continue;
    paid += i.amount;
    weightedPaid += i.amount * fade(i.paid ?? i.due ?? asOf);
  }
  const effective = weightedPaid / weightedHours;
  const shortfall = 1 - effective / note.rate;
  if (shortfall < B.effortTolerance) return undefined;
  const points = B.effortMax * Math.min(1, shortfall);
  const pct = Math.round(Math.min(1, shortfall) * 100);
  return {
    evidence: [{ line: lastWork.line, text: describe ? `${formatHours(hours)} logged, ${formatAmount(paid, note.currency)} paid` : '', points }],
    detail: `recent effective rate ${formatAmount(effective, note.currency)}/h against ${formatAmount(note.rate, note.currency)} agreed (−${pct}%): ${formatHours(hours)} logged, ${formatAmount(paid, note.currency)} paid`,
  };
}

/** `entries`: the #disrespect entries. */
function conductSignal(entries: LogEntry[], fade: Fade, describe: boolean): SignalDraft | undefined {
  if (entries.length === 0) return undefined;
  const latest = entries.reduce((a, b) => (b.date > a.date ? b : a));
  return {
    evidence: entries.map((e) => ({ line: e.line, text: describe ? entryText(e) : '', points: BASE_POINTS.disrespect * fade(e.date) })),
    detail: `${plural(entries.length, 'disrespectful incident')}, latest ${formatIsoDay(latest.date)}: no referral when offboarding`,
  };
}

function isSorted<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1], list[i]) > 0) return false;
  return true;
}

function entryText(e: LogEntry): string {
  const time = e.minutes !== undefined ? ` ${formatClock(e.minutes)}` : '';
  const text = e.text.length > 80 ? `${e.text.slice(0, 77)}…` : e.text;
  return `${formatIsoDay(e.date)}${time} ${text}`.trim();
}

function listIds(ids: string[]): string {
  return ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} +${ids.length - 3}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

const AMOUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `EUR 2,400` — a fixed locale so that the same note reads the same everywhere. */
export function formatAmount(amount: number, currency?: string): string {
  const n = amount >= 10 && amount < 1e15 ? groupThousands(Math.round(amount)) : Math.abs(amount) >= 10 ? WHOLE.format(amount) : AMOUNT.format(amount);
  return currency ? `${currency} ${n}` : n;
}

/**
 * What WHOLE.format gives for a positive whole number below 10^15 (`2,400`),
 * without Intl, which costs a microsecond or two per call and runs for every
 * note's details. Math.round matches Intl's rounding (half away from zero)
 * for positive numbers; a test holds the two together.
 */
function groupThousands(whole: number): string {
  const digits = String(whole);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

export function formatHours(hours: number): string {
  return `${Math.round(hours * 10) / 10}h`;
}
