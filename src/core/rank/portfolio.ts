/**
 * From notes to a portfolio: each note becomes a compact summary (what the
 * tree, the status bar and the report show), summaries are ranked, former
 * clients are set apart, and the Pareto set is found.
 */
import { CalendarDay } from '../dates';
import { ENGLISH, L10n } from '../l10n';
import { bandLabel, flagList } from '../labels';
import { earliestUnpaidDue, paidInLastYear } from '../invoices';
import { FlagId, frictionScore } from '../score/friction';
import { Trend, trendArrow, trendOf } from '../score/trend';
import { ClientNote, ClientStatus, parseClientNoteBytes } from '../read/note';
import { Problem } from '../problems';
import { offboardingProgress, OffboardingProgress } from '../offboard/progress';
import { Band, FrictionSettings, SignalId } from '../settings';
import { currencyKey, HomeMoney, isConverted, rateOf, toHome } from '../money';

export interface SignalSummary {
  id: SignalId;
  points: number;
  detail: string;
  line: number;
}

export interface FlagSummary {
  id: FlagId;
  /** Day and line of the latest entry that raised it. */
  day: CalendarDay;
  line: number;
}

export interface Income {
  /** Paid in the 365 days up to the as-of date. */
  paid12m: number;
  currency?: string;
}

/** What the index keeps of a note: small, and holding no slice of the note's text. */
export interface ClientSummary {
  file: string;
  name: string;
  status: ClientStatus;
  score: number;
  band: Band;
  signals: SignalSummary[];
  /** Hard flags, shown by name beside the score. */
  flags: FlagSummary[];
  /** The score 30 days earlier, from the same note. */
  trend: Trend;
  income: Income;
  problems: Problem[];
  amountOverdue: number;
  currency?: string;
  rate?: number;
  /** The contact times agreed with this client (`hours:`), as written. */
  agreedHours?: string;
  effectiveRate?: number;
  hoursLogged: number;
  praiseCount: number;
  offboarding?: OffboardingProgress;
  /** The earliest due date of the invoices unpaid as of the day: the reminders read only notes where one may be due. */
  unpaidDue?: CalendarDay;
}

/**
 * What the index keeps of a note as of a day. `offboarding` is the note's
 * offboarding progress (read from its headings and tasks when not given: a
 * note's facts carry it instead, see noteFacts.ts).
 */
export function summarizeClient(
  note: ClientNote,
  settings: FrictionSettings,
  asOf: CalendarDay,
  offboarding: OffboardingProgress | undefined = offboardingProgress(note.headings, note.tasks),
): ClientSummary {
  // The summary keeps no evidence (the tree re-reads a note for it): skip wording it.
  const result = frictionScore(note, settings, asOf, { evidence: false });
  const currency = note.currency === undefined ? undefined : detach(note.currency);
  return {
    file: note.file,
    name: detach(note.name),
    status: note.status,
    score: result.score,
    band: result.band,
    signals: result.signals.map((s) => ({ id: s.id, points: s.points, detail: detach(s.detail), line: s.line })),
    flags: result.flags.map((f) => ({ id: f.id, day: f.day, line: f.line })),
    trend: trendOf(note, settings, asOf, result.score),
    income: { paid12m: paidInLastYear(note.invoices, asOf), currency },
    problems: note.problems.map((p) => summaryProblem(p.file, p.line, p.message, p.severity, p.column, p.endColumn)),
    amountOverdue: result.amountOverdue,
    currency,
    rate: note.rate,
    agreedHours: note.agreedHours === undefined ? undefined : detach(note.agreedHours.text),
    effectiveRate: result.effectiveRate,
    hoursLogged: result.hoursLogged,
    praiseCount: result.praise.length,
    offboarding,
    unpaidDue: earliestUnpaidDue(note.invoices, asOf),
  };
}

/**
 * A problem as a summary keeps it: always these keys in this order, whichever
 * reader made it, so that a summary read back from the cache or a worker is
 * the same object as one made here.
 */
export function summaryProblem(file: string, line: number, message: string, severity: Problem['severity'], column?: number, endColumn?: number): Problem {
  return { file, line, column, endColumn, message: detach(message), severity };
}

/**
 * `64 ↑11 · ⚑ disrespect · fire`: the score with its trend arrow (when it
 * moved 5 points or more in 30 days), the flags by name (before the band, so
 * that a narrow view still shows them) and the band; every surface that
 * shows a score starts with it (holding only digits and fixed
 * words, it needs no escaping; `score` lets the preview wrap the number).
 */
export function scoreHeadline(s: ClientSummary, l10n: L10n = ENGLISH, score = String(s.score)): string {
  const arrow = trendArrow(s.trend);
  const flags = s.flags.length ? ` · ⚑ ${flagList(s.flags, l10n)}` : '';
  return `${score}${arrow ? ` ${arrow}` : ''}${flags} · ${bandLabel(s.band, l10n)}`;
}

/**
 * What the index keeps of a note read from bytes. The index calls it on the
 * main thread and the Node worker pool in its workers, so a note is read the
 * same way wherever it is read.
 */
export function summarizeNoteBytes(
  file: string,
  fileStem: string,
  bytes: Uint8Array,
  settings: FrictionSettings,
  asOf: CalendarDay,
): ClientSummary {
  return summarizeClient(parseClientNoteBytes(bytes, { file, fileStem, settings }), settings, asOf);
}

/**
 * A copy of a string that shares no memory with the note it came from. V8
 * keeps a substring as a view of its parent, so a client's name sliced from a
 * 5 KB note would keep all 5 KB alive in the index.
 */
export function detach(text: string): string {
  // V8 copies strings shorter than 13 characters instead of slicing them.
  if (text.length < 13) return text;
  // Slicing a concatenation first flattens it: the characters are copied
  // into a new string, of which the result is a slice, so nothing of the
  // note stays reachable (a unit test holds this). ~60 ns a string, where a
  // round trip through UTF-8 cost ~500.
  return (' ' + text).slice(1);
}

/** The ranking order: score descending, then name, then file; total and locale-independent. */
export function compareRanked(a: ClientSummary, b: ClientSummary): number {
  if (a.score !== b.score) return b.score - a.score;
  const byName = compareLowerCase(a.name, b.name);
  if (byName !== 0) return byName;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * `a.toLowerCase()` against `b.toLowerCase()` (-1, 0 or 1), without building
 * the two lower-case copies while the names are ASCII: a full sort of 10,000
 * clients compares names ~130,000 times. ASCII letters lower-case one for
 * one and regardless of context, so the first ASCII difference decides; any
 * other character (whose lower case may be longer, or depend on its
 * neighbours) hands the comparison to toLowerCase.
 */
function compareLowerCase(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x >= 128 || y >= 128) return compareLowerCaseSlow(a, b);
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return x < y ? -1 : 1;
  }
  if (a.length === b.length) return 0;
  const longer = a.length > b.length ? a : b;
  for (let i = shorter; i < longer.length; i++) if (longer.charCodeAt(i) >= 128) return compareLowerCaseSlow(a, b);
  return a.length < b.length ? -1 : 1;
}

function compareLowerCaseSlow(a: string, b: string): number {
  const an = a.toLowerCase();
  const bn = b.toLowerCase();
  return an === bn ? 0 : an < bn ? -1 : 1;
}

export interface ParetoSummary {
  /** Size of the smallest top slice of the ranking that carries 80% of the friction. */
  clients: number;
  ofClients: number;
  /** Share of the total friction that slice carries (0–1). */
  shareOfFriction: number;
  /** Share of the income (in the home currency) that slice brings (0–1); null when nobody paid anything. */
  shareOfIncome: number | null;
}

export const PARETO_TARGET = 0.8;

/** `ranked` must be in ranking order; friction is the sum of scores. */
export function paretoOf(ranked: readonly ClientSummary[], total?: number, income: IncomeBase = incomeBase(ranked)): ParetoSummary {
  const sum = total ?? ranked.reduce((s, c) => s + c.score, 0);
  let carried = 0;
  let i = 0;
  if (sum > 0) while (i < ranked.length && carried < PARETO_TARGET * sum) carried += ranked[i++].score;
  let brought = 0;
  for (let k = 0; k < i; k++) brought += incomeIn(ranked[k], income);
  return {
    clients: i,
    ofClients: ranked.length,
    shareOfFriction: sum > 0 ? round2(carried / sum) : 0,
    shareOfIncome: income.total > 0 ? round2(brought / income.total) : null,
  };
}

/**
 * `paretoOf` over the ranking kept as columns (each client's score, income
 * paid in the last 12 months, and currency as a number), in ranking order: the
 * same sums in the same order, without visiting each client's object (a walk
 * over thousands of them is bound by cache misses). `rateById` is each
 * currency number's rate into the home currency (0: none). Held to `paretoOf`
 * by the note index's tests.
 */
export function paretoOfColumns(
  scores: readonly number[],
  paid: readonly number[],
  currencies: readonly number[],
  rateById: readonly number[],
  total: number,
  income: IncomeBase,
): ParetoSummary {
  let carried = 0;
  let i = 0;
  if (total > 0) while (i < scores.length && carried < PARETO_TARGET * total) carried += scores[i++];
  let brought = 0;
  for (let k = 0; k < i; k++) brought += paid[k] * (rateById[currencies[k]] ?? 0);
  return {
    clients: i,
    ofClients: scores.length,
    shareOfFriction: total > 0 ? round2(carried / total) : 0,
    shareOfIncome: income.total > 0 ? round2(brought / income.total) : null,
  };
}

/** The key a client's currency is counted under (upper case, trimmed). */
export function currencyKeyOf(client: ClientSummary): string {
  return currencyKey(client.income.currency);
}

/**
 * The income the shares are counted against: what the ranked clients paid in
 * the last 365 days, in the home currency (setting `homeCurrency`; when it is
 * empty, the currency most ranked clients use — ties: the larger income, then
 * the currency's name). A client in another currency counts through the
 * user's `exchangeRates`; without a rate it has no share, and its currency
 * is named in `missing`.
 */
export interface IncomeBase extends HomeMoney {
  /** The home currency, as the notes write it upper-cased; '' when most clients name none. */
  currency: string;
  /** What the ranked clients paid, in the home currency (those without a rate left out). */
  total: number;
  /** The currencies of ranked clients that have no rate (sorted): those clients have no share. */
  missing: readonly string[];
}

/** What the income base reads of the settings (none: no home currency, no rates). */
export type IncomeSettings = Pick<FrictionSettings, 'homeCurrency' | 'exchangeRates'>;

export function incomeBase(ranked: readonly ClientSummary[], settings?: IncomeSettings): IncomeBase {
  const tally = new IncomeTally(settings);
  for (const c of ranked) tally.add(c);
  return tally.base();
}

/**
 * The income base of a set of clients kept up to date as clients come and go
 * (the index's: one changed note costs a map update, not a pass over every
 * client). Which currency wins does not depend on the order clients came in.
 */
export class IncomeTally {
  private readonly byCurrency = new Map<string, { clients: number; total: number }>();

  constructor(private readonly settings?: IncomeSettings) {}

  add(client: ClientSummary): void {
    const key = currencyKey(client.income.currency);
    const entry = this.byCurrency.get(key);
    if (entry) {
      entry.clients++;
      entry.total += client.income.paid12m;
    } else this.byCurrency.set(key, { clients: 1, total: client.income.paid12m });
  }

  remove(client: ClientSummary): void {
    const key = currencyKey(client.income.currency);
    const entry = this.byCurrency.get(key);
    if (!entry) return;
    // The last client of a currency takes its entry with it (no total left over from rounding).
    if (--entry.clients <= 0) this.byCurrency.delete(key);
    else entry.total -= client.income.paid12m;
  }

  clear(): void {
    this.byCurrency.clear();
  }

  base(): IncomeBase {
    const home = this.settings?.homeCurrency || this.mostUsed();
    const money: HomeMoney = { currency: home, rates: this.settings?.exchangeRates ?? {}, unnamedIsHome: Boolean(this.settings?.homeCurrency) };
    let total = 0;
    const missing: string[] = [];
    for (const [currency, entry] of this.byCurrency) {
      const rate = rateOf(money, currency);
      if (rate === undefined) {
        // Notes without a currency are "no currency", not a currency without a rate.
        if (currency !== '') missing.push(currency);
        continue;
      }
      total += entry.total * rate;
    }
    return { currency: home, total: round2(total), rates: money.rates, unnamedIsHome: money.unnamedIsHome, missing: missing.sort() };
  }

  /** The currency most clients use (ties: the larger income, then the name). */
  private mostUsed(): string {
    let best = '';
    let bestClients = 0;
    let bestTotal = 0;
    for (const [currency, { clients, total }] of this.byCurrency) {
      if (clients > bestClients || (clients === bestClients && (total > bestTotal || (total === bestTotal && currency < best)))) {
        best = currency;
        bestClients = clients;
        bestTotal = total;
      }
    }
    return best;
  }
}

/** The rates that converted a ranked client's income (not every rate the settings hold), by currency. */
export function ratesUsed(ranked: readonly ClientSummary[], base: IncomeBase): { currency: string; rate: number }[] {
  const used = [...new Set(ranked.filter((c) => isConverted(c.income.currency, base)).map(currencyKeyOf))].sort();
  return used.map((currency) => ({ currency, rate: rateOf(base, currency)! }));
}

/** A client's income of the last 12 months in the home currency; undefined without a rate. */
export function incomeInHome(client: ClientSummary, base: IncomeBase): number | undefined {
  return toHome(client.income.paid12m, client.income.currency, base);
}

/** A client's share (0–1, two decimals) of the income base; null for a currency without a rate, or when nobody paid anything. */
export function incomeShare(client: ClientSummary, base: IncomeBase): number | null {
  const rate = rateOf(base, client.income.currency);
  if (base.total <= 0 || rate === undefined) return null;
  return round2((client.income.paid12m * rate) / base.total);
}

/** Whether the client brings the concentration share of the income or more. */
export function isConcentrated(client: ClientSummary, base: IncomeBase, settings: FrictionSettings): boolean {
  const share = incomeShare(client, base);
  return share !== null && share >= settings.concentrationShare;
}

function incomeIn(client: ClientSummary, base: IncomeBase): number {
  return client.income.paid12m * (rateOf(base, client.income.currency) ?? 0);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export interface Portfolio {
  /** Clients other than former ones, in ranking order. */
  clients: ClientSummary[];
  /** Former clients, in ranking order, kept out of the ranking. */
  former: ClientSummary[];
  pareto: ParetoSummary;
  /** What income shares are counted against (ranked clients, the home currency). */
  income: IncomeBase;
  problems: Problem[];
}

export function buildPortfolio(summaries: Iterable<ClientSummary>, settings?: IncomeSettings): Portfolio {
  const clients: ClientSummary[] = [];
  const former: ClientSummary[] = [];
  for (const s of summaries) (s.status === 'former' ? former : clients).push(s);
  clients.sort(compareRanked);
  former.sort(compareRanked);
  const income = incomeBase(clients, settings);
  return { clients, former, pareto: paretoOf(clients, undefined, income), income, problems: problemsOf([...clients, ...former]) };
}

/** All problems, by file then line. */
export function problemsOf(summaries: readonly ClientSummary[]): Problem[] {
  const out = summaries.flatMap((s) => s.problems);
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
