/**
 * Reads one client note: frontmatter fields, log, tasks, name. Never throws
 * on any input; every defect becomes a problem and the note is returned with
 * what could be read.
 */
import { CalendarDay, dayFromYamlDate, parseIsoDay } from '../dates';
import { splitFrontmatter } from './frontmatter';
import { LogEntry } from './logEntry';
import { BodyScan, Heading, scanBody, TaskItem } from './markdownBody';
import { describeValue, Problem } from '../problems';
import { FrictionSettings } from '../settings';
import { locateField, locateListItems } from './fieldLocator';
import { PaymentPromise, readPromises } from './promise';

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
    const note = emptyNote(options);
    note.name = options.fileStem;
    note.problems.push({
      file: options.file,
      line: 1,
      severity: 'error',
      message: `the note is ${formatSize(bytes.length)}, over the ${formatSize(options.settings.maxNoteBytes)} limit (setting clientFriction.maxNoteSizeKB); it was not read`,
    });
    return note;
  }
  const text = UTF8.decode(bytes);
  const note = parseClientNote(text, options);
  if (text.includes('\ufffd') && !isValidUtf8(bytes)) {
    note.problems.unshift({
      file: options.file,
      line: lineOfFirstReplacement(text),
      severity: 'warning',
      message: 'the note is not valid UTF-8; unreadable bytes are shown as �. Save it as UTF-8',
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
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function formatSize(bytes: number): string {
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

/** Reads a note from its text (as an editor holds it). */
export function parseClientNote(rawText: string, options: ReadNoteOptions): ClientNote {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const note = emptyNote(options);
  const problem = (line: number, message: string, column?: number, endColumn?: number, severity: Problem['severity'] = 'error') =>
    note.problems.push({ file: options.file, line, column, endColumn, message, severity });

  const fm = splitFrontmatter(text);
  note.hasFrontmatter = fm.yaml !== '' || fm.data !== undefined;
  for (const p of fm.problems) problem(p.line, p.message, p.column);

  const synonyms = options.settings.tagSynonyms;
  const body: BodyScan = scanBody(fm.body, fm.bodyStartLine, synonyms);
  note.bodyStartLine = fm.bodyStartLine;
  note.log = body.log;
  note.tasks = body.tasks;
  note.headings = body.headings;

  if (fm.data !== undefined && fm.data !== null) {
    if (typeof fm.data !== 'object' || Array.isArray(fm.data)) {
      problem(YAML_START_LINE + 1, `the frontmatter must be a list of "key: value" lines, not ${describeValue(fm.data)}`);
    } else {
      readFields(note, fm.data as Record<string, unknown>, fm.yaml, YAML_START_LINE, problem);
    }
  }

  if (!note.name) {
    const h1 = body.firstH1 >= 0 ? body.headings[body.firstH1].text : '';
    note.name = h1 || options.fileStem;
  }
  note.promises = readPromises(note.log, note.invoices.map((i) => i.id), body.problems);
  for (const p of body.problems) problem(p.line, p.message, p.column, p.endColumn, 'warning');
  note.problems.sort((a, b) => a.line - b.line);
  return note;
}

/**
 * Note line of the YAML text's first line: the text starts with the newline
 * that ends the opening `---` line, so its first line is the note's line 1.
 */
const YAML_START_LINE = 1;

type Report = (line: number, message: string, column?: number, endColumn?: number, severity?: Problem['severity']) => void;

function readFields(
  note: ClientNote,
  data: Record<string, unknown>,
  yaml: string,
  yamlStartLine: number,
  report: Report,
): void {
  const lineOf = (path: (string | number)[]) => yamlStartLine + locateField(yaml, path);
  const complain = (path: (string | number)[], message: string) => report(lineOf(path), message);
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined);

  const client = own('client');
  if (client !== undefined && client !== null) {
    if (typeof client === 'string' || typeof client === 'number') note.name = String(client).trim();
    else complain(['client'], `client should be the client's name, not ${describeValue(client)}`);
  }

  note.aliases = readNames(own('aliases'), (m) => complain(['aliases'], m));

  const status = own('status');
  if (status !== undefined && status !== null) {
    const s = typeof status === 'string' ? status.trim().toLowerCase() : '';
    if ((STATUSES as readonly string[]).includes(s)) note.status = s as ClientStatus;
    else complain(['status'], `status ${describeValue(status)} is not one of ${STATUSES.join(', ')}; read as active`);
  }

  note.contact = readContact(own('contact'), (m) => complain(['contact'], m));
  note.since = readDay(own('since'), 'since', (m) => complain(['since'], m));
  note.rate = readAmount(own('rate'), 'rate', (m) => complain(['rate'], m));
  note.currency = readText(own('currency'), 'currency', (m) => complain(['currency'], m));
  note.noticeDays = readCount(own('notice_days'), 'notice_days', (m) => complain(['notice_days'], m));
  note.revisionsIncluded = readCount(own('revisions_included'), 'revisions_included', (m) => complain(['revisions_included'], m));
  note.contract = readText(own('contract'), 'contract', (m) => complain(['contract'], m));
  note.scope = readText(own('scope'), 'scope', (m) => complain(['scope'], m));

  const tags = own('tags');
  if (typeof tags === 'string') note.tags = tags.split(',').map((t) => t.trim()).filter(Boolean);
  else if (Array.isArray(tags)) {
    for (const t of tags) {
      if (typeof t === 'string' || typeof t === 'number') note.tags.push(String(t));
      else complain(['tags'], `tags should be a list of words; ${describeValue(t)} was skipped`);
    }
  } else if (tags !== undefined && tags !== null) complain(['tags'], `tags should be a list of words, not ${describeValue(tags)}`);

  const invoices = own('invoices');
  if (Array.isArray(invoices)) {
    const seen = new Set<string>();
    const itemLines = locateListItems(yaml, 'invoices');
    invoices.forEach((raw, index) => {
      const line = itemLines[index] === undefined ? lineOf(['invoices', index]) : yamlStartLine + itemLines[index];
      const invoice = readInvoice(raw, index, line, complain);
      if (!invoice) return;
      if (seen.has(invoice.id)) complain(['invoices', index, 'id'], `invoice ${invoice.id} is listed twice; both are counted`);
      seen.add(invoice.id);
      note.invoices.push(invoice);
    });
  } else if (invoices !== undefined && invoices !== null) {
    complain(['invoices'], `invoices should be a list of "- id: …" entries, not ${describeValue(invoices)}`);
  }
}

function readInvoice(
  raw: unknown,
  index: number,
  line: number,
  complain: (path: (string | number)[], message: string) => void,
): Invoice | undefined {
  const at = ['invoices', index];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    complain(at, `invoice ${index + 1} should be a mapping with id, amount, due and paid; ${describeValue(raw)} was skipped`);
    return undefined;
  }
  const fields = raw as Record<string, unknown>;
  const get = (key: string) => (Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined);
  const rawId = get('id');
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).trim() : '';
  if (!id) complain(at, `invoice ${index + 1} has no id; it is shown as #${index + 1}`);
  const label = id || `#${index + 1}`;
  const invoice: Invoice = { id: label, line };
  const field = (key: string) => (m: string) => complain([...at, key], `invoice ${label}: ${m}`);
  invoice.amount = readAmount(get('amount'), 'amount', field('amount'));
  invoice.issued = readDay(get('issued'), 'issued', field('issued'));
  invoice.due = readDay(get('due'), 'due', field('due'));
  const paid = get('paid');
  if (paid === true) {
    invoice.paidUndated = true;
    field('paid')('paid should be the date of payment (YYYY-MM-DD); counted as paid on time');
  } else if (paid !== false) {
    invoice.paid = readDay(paid, 'paid', field('paid'));
  }
  if (invoice.due !== undefined && invoice.issued !== undefined && invoice.due < invoice.issued) {
    field('due')('is due before it was issued');
  }
  return invoice;
}

function readContact(value: unknown, complain: (m: string) => void): Contact | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const m = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value);
    if (m) return { name: m[1] || undefined, email: m[2].trim() };
    return value.includes('@') && !/\s/.test(value.trim()) ? { email: value.trim() } : { name: value.trim() };
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const c = value as Record<string, unknown>;
    const contact: Contact = {};
    for (const key of ['name', 'email', 'phone'] as const) {
      const v = Object.prototype.hasOwnProperty.call(c, key) ? c[key] : undefined;
      if (typeof v === 'string' || typeof v === 'number') contact[key] = String(v).trim();
      else if (v !== undefined && v !== null) complain(`contact ${key} should be text, not ${describeValue(v)}`);
    }
    return contact;
  }
  complain(`contact should be "Name <email>" or a mapping with name, email, phone; not ${describeValue(value)}`);
  return undefined;
}

/** `aliases:` — a list of names, or one name. */
function readNames(value: unknown, complain: (m: string) => void): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() ? [String(value).trim()] : [];
  if (!Array.isArray(value)) {
    complain(`aliases should be a list of names, not ${describeValue(value)}`);
    return [];
  }
  const names: string[] = [];
  for (const item of value) {
    if ((typeof item === 'string' || typeof item === 'number') && String(item).trim()) names.push(String(item).trim());
    else complain(`aliases should be a list of names; ${describeValue(item)} was skipped`);
  }
  return names;
}

function readText(value: unknown, key: string, complain: (m: string) => void): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  complain(`${key} should be text, not ${describeValue(value)}`);
  return undefined;
}

function readDay(value: unknown, key: string, complain: (m: string) => void): CalendarDay | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) {
    const day = dayFromYamlDate(value);
    if (day === undefined) complain(`${key} is not a valid date`);
    return day;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    const day = parseIsoDay(text);
    if (day !== undefined) return day;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) complain(`${key} ${text} is not a real date`);
    else complain(`${key} ${describeValue(value)} should be a date written YYYY-MM-DD`);
    return undefined;
  }
  complain(`${key} should be a date written YYYY-MM-DD, not ${describeValue(value)}`);
  return undefined;
}

function readCount(value: unknown, key: string, complain: (m: string) => void): number | undefined {
  const n = readAmount(value, key, complain);
  if (n === undefined) return undefined;
  if (!Number.isInteger(n)) {
    complain(`${key} should be a whole number, not ${n}`);
    return Math.round(n);
  }
  return n;
}

const CURRENCY_AFFIX = /^(?:[€$£¥₹]|rm|eur|usd|gbp|myr|sgd|aud|cad|chf|jpy|inr|idr|rp)\s*|\s*(?:[€$£¥₹]|rm|eur|usd|gbp|myr|sgd|aud|cad|chf|jpy|inr|idr)$/gi;

/**
 * A non-negative amount, from a number or from text a person wrote by hand:
 * `"2,400"`, `"€1,200.50"`, `"RM 3 000"`, `"1.200,50"`. Anything that could be
 * read two ways is a problem, not a guess.
 */
export function parseAmountText(text: string): number | undefined {
  let t = text.trim().replace(CURRENCY_AFFIX, '').replace(/[\s'_\u00a0\u202f]/g, '');
  let sign = 1;
  if (t.startsWith('-')) {
    sign = -1;
    t = t.slice(1).replace(CURRENCY_AFFIX, '');
  }
  if (/^\d+(\.\d+)?$/.test(t)) return sign * Number(t);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return sign * Number(t.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3})+,\d{1,2}$/.test(t)) return sign * Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d+,\d{1,2}$/.test(t)) return sign * Number(t.replace(',', '.'));
  return undefined;
}

function readAmount(value: unknown, key: string, complain: (m: string) => void): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    n = parseAmountText(value);
    if (n === undefined) {
      complain(`${key} ${describeValue(value)} is not a number I can read unambiguously`);
      return undefined;
    }
  } else {
    complain(`${key} should be a number, not ${describeValue(value)}`);
    return undefined;
  }
  if (!Number.isFinite(n)) {
    complain(`${key} ${describeValue(value)} is not a finite number`);
    return undefined;
  }
  if (n < 0) {
    complain(`${key} ${n} is negative; it is not counted`);
    return undefined;
  }
  return n;
}

