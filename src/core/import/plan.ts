/**
 * The import planner: exports read into records, plus the notes' texts, give
 * per note the targeted edits to make (log lines appended under `## Log`,
 * invoices appended to `invoices:`, missing `paid:` dates filled in, an
 * alias the user chose), what was already there, the client names no note
 * matches, and the problems. Pure: nothing is read or written here.
 *
 * Every note's edits are checked by reading the edited note back: its
 * frontmatter must be what it was plus exactly the planned additions, its
 * log what it was plus exactly the new entries, with no new problem. A note
 * that fails the check gets a problem and no edit at all.
 *
 * Problems and the preview's lines are worded in the settings' language
 * (`settings.language`).
 */
import { utf8Length } from '../chars';
import { CalendarDay, formatIsoDay } from '../dates';
import { catalogue, L10n } from '../l10n';
import { logInsertion, TextEdit, yamlScalar } from '../noteEdits';
import { ClientNote, formatSize, parseClientNote } from '../read/note';
import { FrictionSettings } from '../settings';
import { formatAmount } from '../text';
import { nameKey } from './cells';
import { ClientMatcher, hasName } from './clientMatch';
import { EditList } from './editList';
import { ExportReading } from './exportFile';
import { appendToList, eolOf, findFrontmatter, ListItem, setItemField } from './frontmatterLists';
import { ImportProblem, InvoiceRecord, TimeRecord } from './records';
import { entryKey, entryLine, lineKey } from './timeEntry';

export interface NoteText {
  /** The note's id, as problems and the report name it (a relative path). */
  file: string;
  /** The text as it will be edited (a file's text with its byte-order mark, or an editor's). */
  text: string;
}

export interface PlanOptions {
  settings: FrictionSettings;
  /** Client names the user sent to a note: imported into it, and remembered in its `aliases:`. */
  choices?: readonly { client: string; file: string }[];
}

export interface NotePlan {
  file: string;
  client: string;
  /** Edits of the note's text: sorted, not overlapping, empty when nothing changes. */
  edits: TextEdit[];
  entriesAdded: number;
  invoicesAdded: number;
  paidFilledIn: number;
  /** Rows already in the note (or repeated in the exports). */
  skipped: number;
  /** What changes, one line each, for a preview: log lines, invoices, paid dates, the alias. */
  changes: string[];
}

export interface UnmatchedClient {
  /** As the export writes it (empty: rows without a client). */
  client: string;
  rows: number;
  /** Where it first appears. */
  source: string;
  line: number;
}

export interface ImportPlan {
  notes: NotePlan[];
  unmatched: UnmatchedClient[];
  problems: ImportProblem[];
}

type Readable = Extract<ExportReading, { ok: true }>;

export function planImport(readings: readonly Readable[], notes: readonly NoteText[], options: PlanOptions): ImportPlan {
  const { settings } = options;
  const l10n = catalogue(settings.language);
  const parsed = notes.map((n) => parseClientNote(n.text, { file: n.file, fileStem: stemOf(n.file), settings }));
  const names = parsed.map((p) => [p.name, ...p.aliases]);
  const matcher = new ClientMatcher(names);
  const newAliases = new Map<number, string[]>();
  for (const choice of options.choices ?? []) {
    const index = notes.findIndex((n) => n.file === choice.file);
    if (index < 0) continue;
    matcher.choose(choice.client, index);
    const list = newAliases.get(index) ?? [];
    if (!hasName([...names[index], ...list], choice.client)) newAliases.set(index, [...list, choice.client]);
  }

  const problems: ImportProblem[] = readings.flatMap((r) => r.problems);
  const perNote = new Map<number, (TimeRecord | InvoiceRecord)[]>();
  const unmatched = new Map<string, UnmatchedClient>();
  const ambiguous = new Map<string, UnmatchedClient & { notes?: number[] }>();
  for (const reading of readings) {
    for (const record of reading.records) {
      const match = matcher.match(record.client);
      if (match.kind === 'note') {
        const list = perNote.get(match.note);
        if (list) list.push(record);
        else perNote.set(match.note, [record]);
        continue;
      }
      const key = nameKey(record.client);
      const into: Map<string, UnmatchedClient & { notes?: number[] }> = match.kind === 'none' ? unmatched : ambiguous;
      const seen = into.get(key);
      if (seen) seen.rows++;
      else into.set(key, { client: record.client, rows: 1, source: record.source, line: record.line, notes: match.kind === 'ambiguous' ? match.notes : undefined });
    }
  }
  for (const a of ambiguous.values()) {
    const args = { client: JSON.stringify(a.client), rows: a.rows, files: (a.notes ?? []).map((i) => notes[i].file).join(', ') };
    const message =
      a.rows === 1
        ? l10n.t('client {client} ({rows} row) matches several notes ({files}); add it to the aliases of the right one. Its rows were not imported', args)
        : l10n.t('client {client} ({rows} rows) matches several notes ({files}); add it to the aliases of the right one. Its rows were not imported', args);
    problems.push({ file: a.source, line: a.line, message });
  }

  const noDueSources = new Set(readings.filter((r) => r.format.noDueDates).map((r) => r.source));
  const withoutDue = new Map<string, number>();
  const plans: NotePlan[] = [];
  const indices = new Set([...perNote.keys(), ...newAliases.keys()]);
  for (const index of [...indices].sort((a, b) => (notes[a].file < notes[b].file ? -1 : notes[a].file > notes[b].file ? 1 : 0))) {
    const result = planNote(notes[index], parsed[index], perNote.get(index) ?? [], newAliases.get(index) ?? [], settings, l10n);
    for (const problem of result.problems) problems.push(problem);
    if (result.plan.edits.length || result.plan.skipped) plans.push(result.plan);
    for (const source of result.invoiceSources) if (noDueSources.has(source)) withoutDue.set(source, (withoutDue.get(source) ?? 0) + 1);
  }
  for (const [source, count] of withoutDue) {
    const message =
      count === 1
        ? l10n.t('the Harvest invoice report has no due dates: the imported invoice has no due: line; add it by hand')
        : l10n.t('the Harvest invoice report has no due dates: the {0} imported invoices have no due: line; add it by hand', count);
    problems.push({ file: source, line: 1, message });
  }
  return {
    notes: plans,
    unmatched: [...unmatched.values()].map(({ client, rows, source, line }) => ({ client, rows, source, line })),
    problems,
  };
}

function stemOf(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.(md|markdown)$/i, '');
}

interface NoteResult {
  plan: NotePlan;
  problems: ImportProblem[];
  /** Sources of the invoices added. */
  invoiceSources: string[];
}

/** An invoice id for comparing: trimmed, upper case, leading zeros of an all-digit id dropped. */
function idKey(id: unknown): string {
  const text = String(id).trim().toUpperCase();
  return /^\d+$/.test(text) ? text.replace(/^0+(?=\d)/, '') : text;
}

function planNote(note: NoteText, parsed: ClientNote, records: readonly (TimeRecord | InvoiceRecord)[], aliases: readonly string[], settings: FrictionSettings, l10n: L10n): NoteResult {
  const plan: NotePlan = { file: note.file, client: parsed.name, edits: [], entriesAdded: 0, invoicesAdded: 0, paidFilledIn: 0, skipped: 0, changes: [] };
  const problems: ImportProblem[] = [];
  const refuse = (why: string): NoteResult => {
    plan.edits = [];
    plan.entriesAdded = plan.invoicesAdded = plan.paidFilledIn = 0;
    plan.changes = [];
    problems.push({ file: note.file, line: 1, message: l10n.t('the import was not added to this note: {0}; nothing in it was changed', why) });
    return { plan, problems, invoiceSources: [] };
  };
  const edits = new EditList(note.text);
  const expected = { invoices: undefined as unknown[] | undefined, aliases: undefined as unknown[] | undefined };

  // Invoices: paid dates filled in first, then the new ones appended.
  const invoices = records.filter((r): r is InvoiceRecord => r.kind === 'invoice');
  const invoiceSources: string[] = [];
  if (invoices.length) {
    const found = findFrontmatter(note.text, l10n);
    if (found.kind === 'unreadable') return refuse(found.reason);
    const data = found.kind === 'found' ? found.frontmatter.data : {};
    const current = Object.prototype.hasOwnProperty.call(data, 'invoices') ? data.invoices : undefined;
    if (current !== undefined && current !== null && !Array.isArray(current)) return refuse(l10n.t('its {0} is not a list', 'invoices'));
    const list = Array.isArray(current) ? current.map(cloneJson) : [];
    const byId = new Map<string, number>();
    list.forEach((item, i) => {
      if (item && typeof item === 'object' && !Array.isArray(item) && (item as Record<string, unknown>).id != null) byId.set(idKey((item as Record<string, unknown>).id), i);
    });
    const items: ListItem[] = [];
    const seen = new Set<string>();
    for (const invoice of mergeById(invoices)) {
      const key = idKey(invoice.id);
      if (seen.has(key)) {
        plan.skipped++;
        continue;
      }
      seen.add(key);
      const at = byId.get(key);
      if (at !== undefined) {
        const item = list[at] as Record<string, unknown>;
        const paid = item.paid;
        if (invoice.paid !== undefined && (paid === undefined || paid === null || paid === false || paid === '')) {
          const edit = setItemField(edits.text, 'invoices', at, 'paid', formatIsoDay(invoice.paid), l10n);
          if (typeof edit === 'string') return refuse(l10n.t('invoice {0}: {1}', invoice.id, edit));
          edits.add(edit);
          item.paid = formatIsoDay(invoice.paid);
          plan.paidFilledIn++;
          plan.changes.push(l10n.t('{0} paid {1}', invoice.id, formatIsoDay(invoice.paid)));
        } else plan.skipped++;
        continue;
      }
      if (parsed.currency && invoice.currency && parsed.currency.toUpperCase() !== invoice.currency) {
        const args = { id: invoice.id, currency: invoice.currency, note: note.file, noteCurrency: parsed.currency.toUpperCase() };
        problems.push({ file: invoice.source, line: invoice.line, message: l10n.t('invoice {id} is in {currency} but {note} counts in {noteCurrency}; it was not imported', args) });
        continue;
      }
      const fields = invoiceFields(invoice);
      items.push(fields.map(([k, v]) => [k, k === 'id' ? yamlScalar(v as string) : String(v)] as const));
      list.push(Object.fromEntries(fields));
      invoiceSources.push(invoice.source);
      plan.invoicesAdded++;
      plan.changes.push(describeInvoice(invoice, parsed.currency, l10n));
    }
    if (items.length) {
      const added = appendToList(edits.text, 'invoices', items, { flow: false }, l10n);
      if (typeof added === 'string') return refuse(added);
      edits.addAll(added);
    }
    if (plan.invoicesAdded || plan.paidFilledIn) expected.invoices = list;
  }

  if (aliases.length) {
    const added = appendToList(edits.text, 'aliases', aliases.map(yamlScalar), { flow: true, after: 'client' }, l10n);
    if (typeof added === 'string') return refuse(added);
    edits.addAll(added);
    const found = findFrontmatter(note.text);
    const written = found.kind === 'found' ? found.frontmatter.data.aliases : undefined;
    expected.aliases = [...(Array.isArray(written) ? written : []), ...aliases];
    for (const alias of aliases) plan.changes.push(l10n.t('alias {0}', JSON.stringify(alias)));
  }

  // Time entries: those not in the note yet, in date order, after its last log line.
  const times = records.filter((r): r is TimeRecord => r.kind === 'time');
  const newLines: { line: string; key: string; record: TimeRecord; order: number }[] = [];
  if (times.length) {
    const inNote = new Map<string, number>();
    for (const entry of parsed.log) inNote.set(entryKey(entry), (inNote.get(entryKey(entry)) ?? 0) + 1);
    // An entry repeated within one export is two entries; the same entry in
    // two overlapping exports is one.
    const perSource = new Map<string, Map<string, number>>();
    const adding = new Map<string, number>();
    times.forEach((record, order) => {
      const line = entryLine(record);
      const key = lineKey(line, settings.tagSynonyms) ?? line;
      const counts = perSource.get(record.source) ?? new Map<string, number>();
      perSource.set(record.source, counts);
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (n > (inNote.get(key) ?? 0) + (adding.get(key) ?? 0)) {
        adding.set(key, (adding.get(key) ?? 0) + 1);
        newLines.push({ line, key, record, order });
      } else plan.skipped++;
    });
    newLines.sort((a, b) => a.record.date - b.record.date || (a.record.start ?? -1) - (b.record.start ?? -1) || a.order - b.order);
    if (newLines.length) {
      const current = edits.text;
      edits.add(logInsertion(current, newLines.map((l) => l.line).join(eolOf(current)), settings));
      plan.entriesAdded = newLines.length;
      // One at a time: a spread of 130,000 lines into one call overflowed the stack.
      for (const l of newLines) plan.changes.push(l.line);
    }
  }

  if (!edits.edits.length) return { plan, problems, invoiceSources };
  // The reader refuses a note over the size cap (it would show unread, its
  // flags lost, and refuse every later import): an import never makes one.
  const size = utf8Length(edits.text);
  if (size > settings.maxNoteBytes) {
    return refuse(l10n.t('it would be {0}, over the {1} limit (setting clientFriction.maxNoteSizeKB)', formatSize(size), formatSize(settings.maxNoteBytes)));
  }
  const why = verify(note, parsed, edits.text, expected, newLines.map((l) => l.key), settings, l10n);
  if (why) return refuse(why);
  plan.edits = [...edits.edits];
  return { plan, problems, invoiceSources };
}

/** The same invoice in several rows (overlapping exports): one, paid if any row says so. */
function mergeById(invoices: readonly InvoiceRecord[]): InvoiceRecord[] {
  const first = new Map<string, InvoiceRecord>();
  const out: InvoiceRecord[] = [];
  for (const invoice of invoices) {
    const key = idKey(invoice.id);
    const kept = first.get(key);
    if (!kept) {
      const copy = { ...invoice };
      first.set(key, copy);
      out.push(copy);
      continue;
    }
    if (kept.paid === undefined && invoice.paid !== undefined) kept.paid = invoice.paid;
    out.push(invoice); // counted as skipped
  }
  return out;
}

function invoiceFields(invoice: InvoiceRecord): [string, string | number][] {
  const fields: [string, string | number][] = [['id', invoice.id]];
  if (invoice.amount !== undefined) fields.push(['amount', Math.round(invoice.amount * 100) / 100]);
  const day = (key: string, value: CalendarDay | undefined) => value !== undefined && fields.push([key, formatIsoDay(value)]);
  day('issued', invoice.issued);
  day('due', invoice.due);
  day('paid', invoice.paid);
  return fields;
}

/** `invoice A-1, EUR 100, issued 2026-11-01, due 2026-11-30, paid 2026-11-20`: a line of the preview. */
function describeInvoice(invoice: InvoiceRecord, currency: string | undefined, l10n: L10n): string {
  const parts = [l10n.t('invoice {0}', invoice.id)];
  if (invoice.amount !== undefined) parts.push(formatAmount(invoice.amount, currency ?? invoice.currency));
  if (invoice.issued !== undefined) parts.push(l10n.t('issued {0}', formatIsoDay(invoice.issued)));
  if (invoice.due !== undefined) parts.push(l10n.t('due {0}', formatIsoDay(invoice.due)));
  parts.push(invoice.paid !== undefined ? l10n.t('paid {0}', formatIsoDay(invoice.paid)) : l10n.t('unpaid'));
  return parts.join(', ');
}

function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** JSON with keys sorted, for comparing what YAML read. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Why the edited note is not exactly the note plus the planned additions, or undefined when it is. */
function verify(
  note: NoteText,
  before: ClientNote,
  after: string,
  expected: { invoices?: unknown[]; aliases?: unknown[] },
  newKeys: readonly string[],
  settings: FrictionSettings,
  l10n: L10n,
): string | undefined {
  const old = findFrontmatter(note.text, l10n);
  const now = findFrontmatter(after, l10n);
  const oldData = old.kind === 'found' ? old.frontmatter.data : {};
  if (expected.invoices || expected.aliases) {
    if (now.kind !== 'found') return l10n.t('its frontmatter could not be read back after the edit');
    const want: Record<string, unknown> = { ...oldData };
    if (expected.invoices) want.invoices = expected.invoices;
    if (expected.aliases) want.aliases = expected.aliases;
    if (canonical(want) !== canonical(now.frontmatter.data)) return l10n.t('its frontmatter is laid out in a way the edit would have changed');
  } else if (canonical(oldData) !== canonical(now.kind === 'found' ? now.frontmatter.data : {})) {
    return l10n.t('the new log lines would have changed its frontmatter');
  }
  const reread = parseClientNote(after, { file: note.file, fileStem: stemOf(note.file), settings });
  if (reread.name !== before.name) return l10n.t('the edit would have changed the client name');
  if (reread.log.length !== before.log.length + newKeys.length) return l10n.t('the new log lines would not all be read as log entries (is the log inside a code block or a comment?)');
  const keys = new Map<string, number>();
  for (const entry of reread.log) keys.set(entryKey(entry), (keys.get(entryKey(entry)) ?? 0) + 1);
  for (const entry of before.log) keys.set(entryKey(entry), (keys.get(entryKey(entry)) ?? 0) - 1);
  for (const key of newKeys) {
    const n = keys.get(key) ?? 0;
    if (n <= 0) return l10n.t('a new log line would not be read back as written');
    keys.set(key, n - 1);
  }
  const oldMessages = new Set(before.problems.map((p) => p.message));
  const added = reread.problems.find((p) => !oldMessages.has(p.message));
  if (added) return l10n.t('the edit would have caused a problem ({0})', added.message);
  return undefined;
}
