/**
 * The grammar of a `#promise` entry: the first date written in its text is
 * the promised date (`by 2026-11-20`, `on 2026-11-20`), and the note's own
 * invoice ids named in the text are what was promised (none named: every
 * invoice unpaid on the entry's date). A promise the scorer cannot judge (no
 * date, an impossible date, only ids the note does not have) is a problem on
 * its line, never a crash, and is not counted.
 */
import { CalendarDay, parseIsoDayAt } from '../dates';
import { ENGLISH, L10n } from '../l10n';
import { TAG_BIT } from '../tags';
import { isIsoShape, LineProblem, LogEntry } from './logEntry';

export interface PaymentPromise {
  /** The `#promise` entry (its date is the day the promise was made). */
  entry: LogEntry;
  /** The promised day. */
  by: CalendarDay;
  /** Ids of the note's invoices named in the text, in the order written; empty: every invoice unpaid on the entry's date. */
  invoiceIds: string[];
}

// Words of an entry's text, split at blanks and the punctuation that
// surrounds ids in prose: `NW-019,` `(NW-019)` `"NW-019"`.
const WORD = /[^\s,;:()[\]{}<>"'`]+/g;
// What a person writes as an invoice id: capital letters, a dash, a digit (`NW-019`, `INV-2026-07`).
const ID_SHAPE = /^[A-Z][A-Z0-9]{0,9}-\d[\w-]*$/;

/**
 * Whether a text names an id as a word of its own (`NW-019,` `(NW-019)`,
 * `NW-019.`), ignoring case; an id with a `#` may be written `\#`, as a log
 * line escapes it.
 */
export function textNames(text: string, id: string): boolean {
  const wanted = id.toLowerCase();
  const plain = text.includes('\\#') ? text.replace(/\\#/g, '#') : text;
  if (!plain.toLowerCase().includes(wanted)) return false;
  // An id that is not one word (`NW 19`) cannot be found word by word: its text is enough.
  if (!/^[^\s,;:()[\]{}<>"'`]+$/.test(id)) return true;
  for (const m of plain.matchAll(WORD)) if (m[0].replace(/[.!?]+$/, '').toLowerCase() === wanted) return true;
  return false;
}

/**
 * The promises of a log, judged against the note's invoice ids; defects go
 * to `problems`. Linear in the text of the `#promise` entries: each word is
 * looked up, never each id searched for.
 */
export function readPromises(log: readonly LogEntry[], invoiceIds: readonly string[], problems: LineProblem[], l10n: L10n = ENGLISH): PaymentPromise[] {
  const out: PaymentPromise[] = [];
  let ids: Map<string, string> | undefined;
  for (const entry of log) {
    if ((entry.tagBits & TAG_BIT.promise) === 0) continue;
    ids ??= new Map(invoiceIds.map((id) => [id.toLowerCase(), id]));
    const promise = readPromise(entry, ids, problems, l10n);
    if (promise) out.push(promise);
  }
  return withinJudgingBudget(out, invoiceIds.length, problems, l10n);
}

/**
 * A promise naming no invoice is judged against every invoice of the note,
 * so judging costs (such promises × invoices). Past this many, the oldest
 * such promises are set aside with one problem, so that no note, however
 * large, makes scoring quadratic. Real notes are far below it (50 invoices
 * allow 20,000 such promises).
 */
export const UNNAMED_PROMISE_BUDGET = 1_000_000;

function withinJudgingBudget(promises: PaymentPromise[], invoices: number, problems: LineProblem[], l10n: L10n): PaymentPromise[] {
  const unnamed = promises.filter((p) => p.invoiceIds.length === 0);
  if (invoices === 0 || unnamed.length * invoices <= UNNAMED_PROMISE_BUDGET) return promises;
  const keep = Math.floor(UNNAMED_PROMISE_BUDGET / invoices);
  const newestFirst = [...unnamed].sort((a, b) => b.entry.date - a.entry.date || b.entry.line - a.entry.line);
  const dropped = new Set(newestFirst.slice(keep));
  const newestDropped = newestFirst[keep];
  problems.push({
    line: newestDropped.entry.line,
    message: l10n.t(
      '{0} #promise entries naming no invoice, this one and older, are not counted: each would be judged against all {1} invoices of the note; name the invoices they are about',
      dropped.size,
      invoices,
    ),
  });
  return promises.filter((p) => !dropped.has(p));
}

function readPromise(entry: LogEntry, ids: ReadonlyMap<string, string>, problems: LineProblem[], l10n: L10n): PaymentPromise | undefined {
  const text = entry.text;
  let by: CalendarDay | undefined;
  let badDate: string | undefined;
  const named: string[] = [];
  const unknown: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/[.!?]+$/, '');
    if (word.startsWith('#')) continue;
    if (by === undefined && badDate === undefined && isIsoShape(word, 0) && word.length === 10) {
      by = parseIsoDayAt(word, 0);
      if (by === undefined) badDate = word;
      continue;
    }
    const id = ids.get(word.toLowerCase());
    if (id !== undefined) {
      if (!named.includes(id)) named.push(id);
    } else if (ID_SHAPE.test(word) && !unknown.includes(word)) unknown.push(word);
  }
  const problem = (message: string) => problems.push({ line: entry.line, message });
  if (badDate !== undefined) {
    problem(l10n.t('the #promise date {0} does not exist; the promise is not counted', badDate));
    return undefined;
  }
  if (by === undefined) {
    problem(l10n.t('the #promise has no promised date: write it as "by YYYY-MM-DD"; the promise is not counted'));
    return undefined;
  }
  if (unknown.length > 0) {
    const list = unknown.slice(0, 3).join(', ') + (unknown.length > 3 ? ` +${unknown.length - 3}` : '');
    const one = unknown.length === 1;
    if (named.length === 0) {
      problem(
        one
          ? l10n.t('the #promise names {0}, which is not an invoice of this note; the promise is not counted', list)
          : l10n.t('the #promise names {0}, which are not invoices of this note; the promise is not counted', list),
      );
      return undefined;
    }
    const judged = named.join(', ');
    problem(
      one
        ? l10n.t('the #promise names {0}, which is not an invoice of this note; it is judged on {1}', list, judged)
        : l10n.t('the #promise names {0}, which are not invoices of this note; it is judged on {1}', list, judged),
    );
  }
  return { entry, by, invoiceIds: named };
}
