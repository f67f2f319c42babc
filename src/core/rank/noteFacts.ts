/**
 * A note's facts: what its summary is computed from, apart from the settings
 * and the as-of date. Scoring reads the note's fields, its invoices, the
 * dates, times, hours, tags and lines of its log entries and its promises,
 * and the summary adds its problems and offboarding progress; none of that
 * depends on the day it is read. The summary cache keeps the facts, so that
 * a workspace opened on another day is scored again without reading a note
 * (a score fades with age, the trend looks 30 days back and income 365).
 *
 * Packed as a compact JSON array (flat runs of numbers, dates and lines as
 * differences from the previous) and read back with every value checked: a
 * cache file is input like any other. A test holds `summarizeFacts` of the
 * packed facts to `summarizeClient` of the note, on every note of the test
 * corpora.
 */
import { CalendarDay } from '../dates';
import { OffboardingProgress, offboardingProgress } from '../offboard/progress';
import { AgreedHours } from '../read/agreedHours';
import { LogEntry } from '../read/logEntry';
import { ClientNote, Invoice, parseClientNoteBytes, STATUSES } from '../read/note';
import { PaymentPromise } from '../read/promise';
import { Problem } from '../problems';
import { FrictionSettings } from '../settings';
import { KNOWN_TAGS, KnownTag } from '../tags';
import { arr, fail, int, num, oneOf, optInt, optNum, optStr, str } from './packed';
import { ClientSummary, summarizeClient } from './portfolio';

/** A note as its facts hold it: only what scoring and the summary read (the rest is empty). */
export interface NoteFacts {
  note: ClientNote;
  offboarding: OffboardingProgress | undefined;
}

/** The facts of a note, packed (JSON text). */
export function packFacts(note: ClientNote): string {
  const invoices: unknown[] = [];
  for (const i of note.invoices) invoices.push(i.id, i.amount ?? null, i.issued ?? null, i.due ?? null, i.paid ?? null, i.paidUndated ? 1 : 0, i.line);
  const log: number[] = [];
  let date = 0;
  let line = 0;
  const index = new Map<LogEntry, number>();
  for (const e of note.log) {
    index.set(e, index.size);
    log.push(e.date - date, e.minutes ?? -1, e.hours ?? -1, e.tagBits | (e.contact ? CONTACT_FLAG : 0), e.line - line);
    date = e.date;
    line = e.line;
  }
  const promises: unknown[] = [];
  for (const p of note.promises) promises.push(index.get(p.entry) ?? -1, p.by, p.invoiceIds.length, ...p.invoiceIds);
  const problems: unknown[] = [];
  for (const p of note.problems) problems.push(p.line, p.column ?? null, p.endColumn ?? null, p.message, p.severity === 'error' ? 1 : 0);
  const o = offboardingProgress(note.headings, note.tasks);
  const offboarding = o === undefined ? null : [o.line, o.started ?? null, o.done, o.total, ...('noticeEnds' in o ? [o.noticeEnds ?? null] : [])];
  return JSON.stringify([
    note.name,
    STATUSES.indexOf(note.status),
    note.rate ?? null,
    note.currency ?? null,
    note.revisionsIncluded ?? null,
    invoices,
    log,
    promises,
    problems,
    offboarding,
    note.agreedHours ? [note.agreedHours.text, ...note.agreedHours.ranges.flatMap((r) => [r.days, r.start, r.end])] : null,
  ]);
}

/** An entry's tag bits carry this bit when it is a contact (KNOWN_TAGS use the bits below). */
const CONTACT_FLAG = 1 << 24;

/** The tags of a set of tag bits, in the table's order (scoring reads the bits; the order is not read). */
function tagsOfBits(bits: number): KnownTag[] {
  const tags: KnownTag[] = [];
  for (let i = 0; i < KNOWN_TAGS.length; i++) if (bits & (1 << i)) tags.push(KNOWN_TAGS[i]);
  return tags;
}

/**
 * The note that packed facts describe, as `file`, or undefined when the text
 * is not facts as packFacts writes them (anything else, of any shape).
 */
export function unpackFacts(text: string, file: string): NoteFacts | undefined {
  try {
    return readFacts(JSON.parse(text), file);
  } catch {
    return undefined;
  }
}

function readFacts(value: unknown, file: string): NoteFacts {
  const [name, status, rate, currency, revisionsIncluded, rawInvoices, rawLog, rawPromises, rawProblems, rawOffboarding, rawHours] = arr(value);
  if (arr(value).length !== 11) fail();
  let agreedHours: AgreedHours | undefined;
  if (rawHours !== null) {
    const h = arr(rawHours);
    if (h.length % 3 !== 1 || h.length < 4) fail();
    agreedHours = { text: str(h[0]), ranges: [] };
    for (let k = 1; k < h.length; k += 3) {
      const range = { days: int(h[k]), start: int(h[k + 1]), end: int(h[k + 2]) };
      if (range.days < 0 || range.days > 127 || range.start < 0 || range.start > 1440 || range.end < 0 || range.end > 1440) fail();
      agreedHours.ranges.push(range);
    }
  }
  const invoices: Invoice[] = [];
  const iv = arr(rawInvoices);
  if (iv.length % 7 !== 0) fail();
  for (let k = 0; k < iv.length; k += 7) {
    const invoice: Invoice = { id: str(iv[k]), line: int(iv[k + 6]) };
    invoice.amount = optNum(iv[k + 1]);
    invoice.issued = optInt(iv[k + 2]);
    invoice.due = optInt(iv[k + 3]);
    const paid = optInt(iv[k + 4]);
    if (iv[k + 5] === 1) invoice.paidUndated = true;
    else if (iv[k + 5] !== 0) fail();
    else if (paid !== undefined) invoice.paid = paid;
    invoices.push(invoice);
  }
  const log: LogEntry[] = [];
  const lv = arr(rawLog);
  if (lv.length % 5 !== 0) fail();
  let date = 0;
  let line = 0;
  for (let k = 0; k < lv.length; k += 5) {
    date += int(lv[k]);
    line += int(lv[k + 4]);
    const minutes = int(lv[k + 1]);
    const hours = num(lv[k + 2]);
    const bits = int(lv[k + 3]);
    const tagBits = bits & ~CONTACT_FLAG;
    if (minutes < -1 || (hours < 0 && hours !== -1) || tagBits < 0 || tagBits >= 1 << KNOWN_TAGS.length) fail();
    log.push({ line, date, minutes: minutes === -1 ? undefined : minutes, hours: hours === -1 ? undefined : hours, text: '', tags: tagsOfBits(tagBits), tagBits, contact: bits !== tagBits });
  }
  const promises: PaymentPromise[] = [];
  const pv = arr(rawPromises);
  for (let k = 0; k < pv.length; ) {
    const entry = log[int(pv[k])] ?? fail();
    const by = int(pv[k + 1]);
    const count = int(pv[k + 2]);
    if (count < 0 || k + 3 + count > pv.length) fail();
    promises.push({ entry, by, invoiceIds: pv.slice(k + 3, k + 3 + count).map(str) });
    k += 3 + count;
  }
  const problems: Problem[] = [];
  const qv = arr(rawProblems);
  if (qv.length % 5 !== 0) fail();
  for (let k = 0; k < qv.length; k += 5) {
    const severity = qv[k + 4] === 1 ? 'error' : qv[k + 4] === 0 ? 'warning' : fail();
    problems.push({ file, line: int(qv[k]), column: optInt(qv[k + 1]), endColumn: optInt(qv[k + 2]), message: str(qv[k + 3]), severity });
  }
  let offboarding: OffboardingProgress | undefined;
  if (rawOffboarding !== null) {
    const o = arr(rawOffboarding);
    if (o.length !== 4 && o.length !== 5) fail();
    offboarding = { line: int(o[0]), started: optInt(o[1]), done: int(o[2]), total: int(o[3]) };
    if (o.length === 5) offboarding.noticeEnds = optInt(o[4]);
  }
  const note: ClientNote = {
    file,
    name: str(name),
    aliases: [],
    status: oneOf(STATUSES, status),
    rate: optNum(rate),
    currency: optStr(currency),
    revisionsIncluded: optInt(revisionsIncluded),
    agreedHours,
    invoices,
    tags: [],
    log,
    promises,
    tasks: [],
    headings: [],
    bodyStartLine: 1,
    hasFrontmatter: true,
    problems,
  };
  return { note, offboarding };
}

/** The summary of a note from its facts: summarizeClient of the note they were packed from. */
export function summarizeFacts(facts: NoteFacts, settings: FrictionSettings, asOf: CalendarDay): ClientSummary {
  return summarizeClient(facts.note, settings, asOf, facts.offboarding);
}

/** A note read from bytes: its summary as the index keeps it, and (when asked) its packed facts. */
export function summaryAndFacts(
  file: string,
  fileStem: string,
  bytes: Uint8Array,
  settings: FrictionSettings,
  asOf: CalendarDay,
  withFacts: boolean,
): { summary: ClientSummary; facts?: string } {
  const note = parseClientNoteBytes(bytes, { file, fileStem, settings });
  return { summary: summarizeClient(note, settings, asOf), facts: withFacts ? packFacts(note) : undefined };
}
