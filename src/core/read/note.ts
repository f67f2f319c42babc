/**
 * Reads one client note: frontmatter fields, log, tasks, name. Never throws
 * on any input; every defect becomes a problem and the note is returned with
 * what could be read.
 */
import { CalendarDay, dayFromYamlDate, isPlausibleDay, MAX_YEAR, MIN_YEAR, parseIsoDay } from '../dates';
import { lineStarts, splitFrontmatter } from './frontmatter';
import { AgreedHours, parseAgreedHours } from './agreedHours';
import { entryIsContact, LogEntry } from './logEntry';
import { BodyScan, ClosedBlock, Heading, scanBody, TaskItem } from './markdownBody';
import { catalogue, L10n } from '../l10n';
import { describeValue, Problem } from '../problems';
import { FrictionSettings } from '../settings';
import { FieldIndex, locateListItems } from './fieldLocator';
import { PaymentPromise, readPromises } from './promise';
import { isDigit } from '../chars';

export const STATUSES = ['lead', 'active', 'paused', 'offboarding', 'former'] as const;
export type ClientStatus = (typeof STATUSES)[number];

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
}

export interface Invoice {
  id: string;
  amount?: number;
  issued?: CalendarDay;
  due?: CalendarDay;
  /** Date paid; undefined = unpaid. */
  paid?: CalendarDay;
  /** Marked paid without a date (`paid: true`). */
  paidUndated?: boolean;
  /** 1-based line of the invoice in the note. */
  line: number;
}

export interface ClientNote {
  file: string;
  name: string;
  /** Other names of the client, as import files write them (`aliases:`). */
  aliases: string[];
  status: ClientStatus;
  contact?: Contact;
  since?: CalendarDay;
  rate?: number;
  currency?: string;
  noticeDays?: number;
  revisionsIncluded?: number;
  /** `hours:`: the contact times agreed with this client. */
  agreedHours?: AgreedHours;
  contract?: string;
  scope?: string;
  invoices: Invoice[];
  tags: string[];
  log: LogEntry[];
  /** The `#promise` entries that could be read (the others are problems). */
  promises: PaymentPromise[];
  tasks: TaskItem[];
  headings: Heading[];
  /** 1-based line of the first body line (after the frontmatter). */
  bodyStartLine: number;
  /** Whether the note has a frontmatter block at all. */
  hasFrontmatter: boolean;
  /** A code fence or HTML comment left open at the end of the note (text appended there is inside it). */
  openAtEnd?: { kind: 'fence' | 'comment'; line: number };
  /** The fences and comments that span lines and are closed (text inserted inside one is hidden there). */
  closedBlocks?: ClosedBlock[];
  problems: Problem[];
}

export interface ReadNoteOptions {
  /** The note's id for problems (a relative path or a URI). */
  file: string;
  /** Base name of the file without extension: the last name fallback. */
  fileStem: string;
  settings: FrictionSettings;
}

const UTF8 = new TextDecoder('utf-8');

/** Reads a note from its bytes: size cap, encoding and byte-order mark first. */
export function parseClientNoteBytes(bytes: Uint8Array, options: ReadNoteOptions): ClientNote {
  if (bytes.length > options.settings.maxNoteBytes) {
    const l10n = catalogue(options.settings.language);
    const note = emptyNote(options);
    note.name = options.fileStem;
    note.problems.push({
      file: options.file,
      line: 1,
      severity: 'error',
      message: l10n.t('the note is {0}, over the {1} limit (setting clientFriction.maxNoteSizeKB); it was not read', formatSize(bytes.length), formatSize(options.settings.maxNoteBytes)),
    });
    return note;
  }
  const text = UTF8.decode(bytes);
  const note = parseClientNote(text, options);
  if (text.includes('\ufffd') && !isValidUtf8(bytes)) {
    const l10n = catalogue(options.settings.language);
    note.problems.unshift({
      file: options.file,
      line: lineOfFirstReplacement(text),
      severity: 'warning',
      message: l10n.t('the note is not valid UTF-8; unreadable bytes are shown as �. Save it as UTF-8'),
    });
  }
  return note;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function lineOfFirstReplacement(text: string): number {
  const at = text.indexOf('\ufffd');
  let line = 1;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/**
 * Why a note could not be read, in the catalogue's language: the reader's
 * refusals (over the size cap, not a regular file, a name that is not UTF-8:
 * `code` EFBIG, ENOTFILE or EBADNAME, with `size` and `maxBytes`) in words of ours; any other error in the
 * system's own words (its message).
 */
export function readFailureReason(err: { message: string; code?: unknown; size?: unknown; maxBytes?: unknown }, l10n: L10n = catalogue('en')): string {
  if (err.code === 'EFBIG' && typeof err.size === 'number' && typeof err.maxBytes === 'number') {
    return l10n.t('it is {0}, over the {1} limit (setting clientFriction.maxNoteSizeKB)', formatSize(err.size), formatSize(err.maxBytes));
  }
  if (err.code === 'ENOTFILE') return l10n.t('it is not a regular file (a device, pipe, socket or folder)');
  if (err.code === 'EBADNAME') return l10n.t('its name is not valid UTF-8, so it cannot be opened by that name; rename it');
  return err.message;
}

/** `340 KB`, `1.5 MB`: a note's size in problems. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function emptyNote(options: ReadNoteOptions): ClientNote {
  return {
    file: options.file,
    name: '',
    aliases: [],
    status: 'active',
    invoices: [],
    tags: [],
    log: [],
    promises: [],
    tasks: [],
    headings: [],
    bodyStartLine: 1,
    hasFrontmatter: false,
    problems: [],
  };
}

/**
 * The largest amount (rate, invoice) read as real: above it a value is a
 * problem, so that sums, ratios and scores stay finite.
 */
export const MAX_AMOUNT = 1e12;
/** The most problems listed for one note; the rest are counted in one more. */
export const MAX_PROBLEMS = 1000;
/** The longest notice period read as real (ten years). */
export const MAX_NOTICE_DAYS = 3650;
/** The most revision rounds read as real. */
export const MAX_REVISIONS = 1000;

/**
 * Reads a note from its text (as an editor holds it). A line break is `\n`,
 * `\r\n` or a lone `\r`, as in the editor: the text is read with each one as
 * `\n`, which keeps every line number and column.
 */
export function parseClientNote(rawText: string, options: ReadNoteOptions): ClientNote {
  let text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (text.includes('\r')) text = text.replace(CR_BREAKS, '\n');
  const note = emptyNote(options);
  // Problems in the settings' language.
  const l10n = catalogue(options.settings.language);
  // Past MAX_PROBLEMS a note's problems are counted, not listed: nobody
  // reads 50,000 of them, and building each one costs time on every read.
  let unlisted = 0;
  const problem = (line: number, message: string, column?: number, endColumn?: number, severity: Problem['severity'] = 'error') => {
    if (note.problems.length < MAX_PROBLEMS) note.problems.push({ file: options.file, line, column, endColumn, message, severity });
    else unlisted++;
  };

  const fm = splitFrontmatter(text, l10n);
  note.hasFrontmatter = fm.yaml !== '' || fm.data !== undefined;
  for (const p of fm.problems) problem(p.line, p.message, p.column);

  const synonyms = options.settings.tagSynonyms;
  const body: BodyScan = scanBody(text, fm.bodyStartLine, synonyms, fm.bodyStart, l10n);
  note.bodyStartLine = fm.bodyStartLine;
  if (body.openAtEnd) note.openAtEnd = body.openAtEnd;
  if (body.closedBlocks) note.closedBlocks = body.closedBlocks;
  note.log = body.log;
  // Words of the settings that also start a contact (the built-in ones were read with the entry).
  const extraChannelWords = options.settings.channelWords;
  if (extraChannelWords.length > 0) for (const e of note.log) if (!e.contact && entryIsContact(e.text, e.tagBits, e.hours !== undefined, extraChannelWords)) e.contact = true;
  note.tasks = body.tasks;
  note.headings = body.headings;

  if (fm.data !== undefined && fm.data !== null) {
    if (typeof fm.data !== 'object' || Array.isArray(fm.data)) {
      problem(fm.yamlStartLine, l10n.t('the frontmatter must be a list of "key: value" lines, not {0}', describeValue(fm.data, l10n)));
    } else {
      readFields(note, fm.data as Record<string, unknown>, fm.yaml, fm.yamlStartLine, problem, l10n);
    }
  }

  if (!note.name) {
    const h1 = body.firstH1 >= 0 ? body.headings[body.firstH1].text : '';
    note.name = h1 || options.fileStem;
  }
  note.promises = readPromises(note.log, note.invoices.map((i) => i.id), body.problems, l10n);
  for (const p of body.problems) problem(p.line, p.message, p.column, p.endColumn, 'warning');
  note.problems.sort((a, b) => a.line - b.line);
  if (unlisted > 0) {
    note.problems.push({ file: options.file, line: note.problems[note.problems.length - 1].line, severity: 'error', message: l10n.t('{0} more problems in this note are not listed; fix the ones above first', unlisted) });
  }
  return note;
}

const CR_BREAKS = /\r\n?/g;

/** Reports a problem of the field `key` (the reader knows where that field is); `l10n` words it. */
interface Say {
  (key: string, message: string): void;
  readonly l10n: L10n;
}

function sayer(l10n: L10n, say: (key: string, message: string) => void): Say {
  return Object.assign(say, { l10n });
}

type Report = (line: number, message: string, column?: number, endColumn?: number, severity?: Problem['severity']) => void;

function readFields(
  note: ClientNote,
  data: Record<string, unknown>,
  yaml: string,
  yamlStartLine: number,
  report: Report,
  l10n: L10n,
): void {
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined);
  const invoices = own('invoices');
  const itemLines = Array.isArray(invoices) ? locateListItems(yaml, 'invoices') : [];
  // Built on the first problem only: most notes have none. An invoice's
  // field is looked for within the invoice's own lines, which the list gives.
  let fields: FieldIndex | undefined;
  let starts: number[] | undefined;
  const lineOf = (path: (string | number)[]): number => {
    const item = path[0] === 'invoices' && typeof path[1] === 'number' ? itemLines[path[1]] : undefined;
    if (item === undefined) return yamlStartLine + (fields ??= new FieldIndex(yaml)).lineOf(path);
    if (typeof path[2] !== 'string') return yamlStartLine + item;
    starts ??= lineStarts(yaml);
    const last = Math.min(itemLines[(path[1] as number) + 1] ?? starts.length, item + 64);
    for (let line = item; line < last; line++) if (isKeyLine(yaml, starts[line], path[2])) return yamlStartLine + line;
    return yamlStartLine + item;
  };
  const complain = (path: (string | number)[], message: string) => report(note.problems.length < MAX_PROBLEMS ? lineOf(path) : 1, message);

  const client = own('client');
  if (client !== undefined && client !== null) {
    if (typeof client === 'string' || typeof client === 'number') note.name = String(client).trim();
    else complain(['client'], l10n.t("client should be the client's name, not {0}", describeValue(client, l10n)));
  }

  // One reporter for the note's own fields: `key` is the field's path.
  const say = sayer(l10n, (key, m) => complain([key], m));
  note.aliases = readNames(own('aliases'), say);

  const status = own('status');
  if (status !== undefined && status !== null) {
    const s = typeof status === 'string' ? status.trim().toLowerCase() : '';
    if ((STATUSES as readonly string[]).includes(s)) note.status = s as ClientStatus;
    else complain(['status'], l10n.t('status {0} is not one of {1}; read as active', describeValue(status, l10n), STATUSES.join(', ')));
  }

  note.contact = readContact(own('contact'), say);
  note.since = readDay(own('since'), 'since', say);
  note.rate = readAmount(own('rate'), 'rate', say);
  note.currency = readText(own('currency'), 'currency', say);
  note.noticeDays = readCount(own('notice_days'), 'notice_days', MAX_NOTICE_DAYS, say);
  note.revisionsIncluded = readCount(own('revisions_included'), 'revisions_included', MAX_REVISIONS, say);
  note.agreedHours = readAgreedHours(own('hours'), say);
  note.contract = readText(own('contract'), 'contract', say);
  note.scope = readText(own('scope'), 'scope', say);

  const tags = own('tags');
  if (typeof tags === 'string') note.tags = tags.split(',').map((t) => t.trim()).filter(Boolean);
  else if (Array.isArray(tags)) {
    for (const t of tags) {
      if (typeof t === 'string' || typeof t === 'number') note.tags.push(String(t));
      else complain(['tags'], l10n.t('tags should be a list of words; {0} was skipped', describeValue(t, l10n)));
    }
  } else if (tags !== undefined && tags !== null) complain(['tags'], l10n.t('tags should be a list of words, not {0}', describeValue(tags, l10n)));

  if (Array.isArray(invoices)) {
    const seen = new Set<string>();
    invoices.forEach((raw, index) => {
      const line = itemLines[index] === undefined ? lineOf(['invoices', index]) : yamlStartLine + itemLines[index];
      const invoice = readInvoice(raw, index, line, complain, l10n);
      if (!invoice) return;
      if (seen.has(invoice.id)) complain(['invoices', index, 'id'], l10n.t('invoice {0} is listed twice; both are counted', invoice.id));
      seen.add(invoice.id);
      note.invoices.push(invoice);
    });
  } else if (invoices !== undefined && invoices !== null) {
    complain(['invoices'], l10n.t('invoices should be a list of "- id: …" entries, not {0}', describeValue(invoices, l10n)));
  }
}

/** Whether the line at `start` is `key:` (after spaces and an optional `- `), the colon followed by a space or the line's end. */
function isKeyLine(text: string, start: number, key: string): boolean {
  let i = start;
  while (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 32) {
    i += 2;
    while (text.charCodeAt(i) === 32) i++;
  }
  if (!text.startsWith(key, i)) return false;
  i += key.length;
  while (text.charCodeAt(i) === 32) i++;
  const after = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 58 && (after === 32 || after === 10 || after === 13 || Number.isNaN(after));
}

function readInvoice(
  raw: unknown,
  index: number,
  line: number,
  complain: (path: (string | number)[], message: string) => void,
  l10n: L10n,
): Invoice | undefined {
  const at = ['invoices', index];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    complain(at, l10n.t('invoice {0} should be a mapping with id, amount, due and paid; {1} was skipped', index + 1, describeValue(raw, l10n)));
    return undefined;
  }
  const fields = raw as Record<string, unknown>;
  const get = (key: string) => (Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined);
  const rawId = get('id');
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).trim() : '';
  if (!id) complain(at, l10n.t('invoice {0} has no id; it is shown as #{0}', index + 1));
  const label = id || `#${index + 1}`;
  const invoice: Invoice = { id: label, line };
  // One reporter for the invoice's fields: `key` is the field under the invoice.
  const say = sayer(l10n, (key, m) => complain([...at, key], l10n.t('invoice {0}: {1}', label, m)));
  invoice.amount = readAmount(get('amount'), 'amount', say);
  invoice.issued = readDay(get('issued'), 'issued', say);
  invoice.due = readDay(get('due'), 'due', say);
  const paid = get('paid');
  if (paid === true) {
    invoice.paidUndated = true;
    say('paid', l10n.t('paid should be the date of payment (YYYY-MM-DD); counted as paid on time'));
  } else if (paid !== false) {
    invoice.paid = readDay(paid, 'paid', say);
  }
  if (invoice.due !== undefined && invoice.issued !== undefined && invoice.due < invoice.issued) {
    say('due', l10n.t('is due before it was issued'));
  }
  return invoice;
}

function readContact(value: unknown, say: Say): Contact | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const angled = nameAndEmail(value.trim());
    if (angled) return angled;
    return value.includes('@') && !/\s/.test(value.trim()) ? { email: value.trim() } : { name: value.trim() };
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const c = value as Record<string, unknown>;
    const contact: Contact = {};
    for (const key of ['name', 'email', 'phone'] as const) {
      const v = Object.prototype.hasOwnProperty.call(c, key) ? c[key] : undefined;
      if (typeof v === 'string' || typeof v === 'number') contact[key] = String(v).trim();
      else if (v !== undefined && v !== null) say('contact', say.l10n.t('contact {0} should be text, not {1}', key, describeValue(v, say.l10n)));
    }
    return contact;
  }
  say('contact', say.l10n.t('contact should be "Name <email>" or a mapping with name, email, phone; not {0}', describeValue(value, say.l10n)));
  return undefined;
}

/** `aliases:` — a list of names, or one name. */
function readNames(value: unknown, say: Say): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() ? [String(value).trim()] : [];
  if (!Array.isArray(value)) {
    say('aliases', say.l10n.t('aliases should be a list of names, not {0}', describeValue(value, say.l10n)));
    return [];
  }
  const names: string[] = [];
  for (const item of value) {
    if ((typeof item === 'string' || typeof item === 'number') && String(item).trim()) names.push(String(item).trim());
    else say('aliases', say.l10n.t('aliases should be a list of names; {0} was skipped', describeValue(item, say.l10n)));
  }
  return names;
}

/**
 * `Name <email>` (the name optional): the text ends with `>`, and the last
 * `<` before it opens an address with no other `<` or `>` in it. A scan, not
 * a regex: `^\s*(.*?)\s*<([^<>]+)>\s*$` backtracks quadratically on long
 * runs of spaces.
 */
function nameAndEmail(text: string): Contact | undefined {
  if (text.charCodeAt(text.length - 1) !== 62 /* > */) return undefined;
  const open = text.lastIndexOf('<', text.length - 2);
  if (open < 0 || text.indexOf('>', open) !== text.length - 1) return undefined;
  const email = text.slice(open + 1, -1).trim();
  if (!email) return undefined;
  return { name: text.slice(0, open).trim() || undefined, email };
}

/** `hours:` (text); what cannot be read is a problem, and the working hours apply. */
function readAgreedHours(value: unknown, say: Say): AgreedHours | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    say('hours', say.l10n.t('hours should be text such as "Mon-Fri 08:00-20:00", not {0}; the working hours apply', describeValue(value, say.l10n)));
    return undefined;
  }
  const read = parseAgreedHours(value);
  if ('hours' in read) return read.hours;
  const why =
    read.error === 'days'
      ? say.l10n.t('"{0}" is not a list of days such as Mon-Fri or Tue,Thu', read.token)
      : read.error === 'range'
        ? say.l10n.t('"{0}" is not a time range such as 09:00-17:30', read.token)
        : read.error === 'long'
          ? say.l10n.t('it is too long to be a set of hours')
          : say.l10n.t('it names no days or times');
  say('hours', say.l10n.t('hours {0} cannot be read: {1}; the working hours apply', JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value), why));
  return undefined;
}

function readText(value: unknown, key: string, say: Say): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  say(key, say.l10n.t('{0} should be text, not {1}', key, describeValue(value, say.l10n)));
  return undefined;
}

function readDay(value: unknown, key: string, say: Say): CalendarDay | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) {
    const day = dayFromYamlDate(value);
    if (day === undefined) say(key, say.l10n.t('{0} is not a valid date', key));
    return day === undefined ? undefined : plausibleDay(day, value.toISOString().slice(0, 10), key, say);
  }
  if (typeof value === 'string') {
    const text = value.trim();
    const day = parseIsoDay(text);
    if (day !== undefined) return plausibleDay(day, text, key, say);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) say(key, say.l10n.t('{0} {1} is not a real date', key, text));
    else say(key, say.l10n.t('{0} {1} should be a date written YYYY-MM-DD', key, describeValue(value, say.l10n)));
    return undefined;
  }
  say(key, say.l10n.t('{0} should be a date written YYYY-MM-DD, not {1}', key, describeValue(value, say.l10n)));
  return undefined;
}

function plausibleDay(day: CalendarDay, text: string, key: string, say: Say): CalendarDay | undefined {
  if (isPlausibleDay(day)) return day;
  say(key, say.l10n.t('{0} {1} is not between {2} and {3}; it is not counted', key, text, MIN_YEAR, MAX_YEAR));
  return undefined;
}

function readCount(value: unknown, key: string, max: number, say: Say): number | undefined {
  const n = readAmount(value, key, say, max);
  if (n === undefined) return undefined;
  if (!Number.isInteger(n)) {
    say(key, say.l10n.t('{0} should be a whole number, not {1}', key, n));
    return Math.round(n);
  }
  return n;
}

// Currency marks written before or after an amount (`€1,200`, `RM 3 000`, `1200 EUR`).
const CURRENCY_PREFIXES = ['€', '$', '£', '¥', '₹', 'rm', 'eur', 'usd', 'gbp', 'myr', 'sgd', 'aud', 'cad', 'chf', 'jpy', 'inr', 'idr', 'rp'];
const CURRENCY_SUFFIXES = CURRENCY_PREFIXES.filter((c) => c !== 'rp');

/**
 * `text` without one currency mark at its start and one at its end, with the
 * blanks next to them: what `^(?:mark)\s*|\s*(?:mark)$` removed, found by
 * comparing the ends instead (that regex backtracked quadratically on a long
 * run of spaces inside an amount).
 */
function stripCurrency(text: string): string {
  // Every mark starts and ends with a letter or a symbol: digits at both ends leave nothing to strip.
  if (isDigit(text.charCodeAt(0)) && isDigit(text.charCodeAt(text.length - 1))) return text;
  const lower = text.toLowerCase();
  for (const mark of CURRENCY_PREFIXES) {
    if (lower.startsWith(mark)) {
      text = text.slice(mark.length).trimStart();
      break;
    }
  }
  const lowerRest = text.toLowerCase();
  for (const mark of CURRENCY_SUFFIXES) {
    if (lowerRest.endsWith(mark)) {
      text = text.slice(0, text.length - mark.length).trimEnd();
      break;
    }
  }
  return text;
}

/**
 * A non-negative amount, from a number or from text a person wrote by hand:
 * `"2,400"`, `"€1,200.50"`, `"RM 3 000"`, `"1.200,50"`. Anything that could be
 * read two ways is a problem, not a guess.
 */
export function parseAmountText(text: string): number | undefined {
  let t = stripCurrency(text.trim()).replace(/[\s'_\u00a0\u202f]/g, '');
  let sign = 1;
  if (t.startsWith('-')) {
    sign = -1;
    t = stripCurrency(t.slice(1));
  }
  if (/^\d+(\.\d+)?$/.test(t)) return sign * Number(t);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return sign * Number(t.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+,\d{1,2}$/.test(t)) return sign * Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d{1,2}$/.test(t)) return sign * Number(t.replace(',', '.'));
  return undefined;
}

function readAmount(value: unknown, key: string, say: Say, max = MAX_AMOUNT): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    n = parseAmountText(value);
    if (n === undefined) {
      say(key, say.l10n.t('{0} {1} is not a number I can read unambiguously', key, describeValue(value, say.l10n)));
      return undefined;
    }
  } else {
    say(key, say.l10n.t('{0} should be a number, not {1}', key, describeValue(value, say.l10n)));
    return undefined;
  }
  if (!Number.isFinite(n)) {
    say(key, say.l10n.t('{0} {1} is not a finite number', key, describeValue(value, say.l10n)));
    return undefined;
  }
  if (n < 0) {
    say(key, say.l10n.t('{0} {1} is negative; it is not counted', key, n));
    return undefined;
  }
  if (n > max) {
    say(key, say.l10n.t('{0} {1} is too large to be real (over {2}); it is not counted', key, describeValue(value, say.l10n), max.toLocaleString('en-US')));
    return undefined;
  }
  return n;
}

