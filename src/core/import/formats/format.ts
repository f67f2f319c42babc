/**
 * What every export format provides: the columns that identify it, the
 * columns holding dates (their order is read from the whole file), and a
 * reader from its rows to records.
 */
import { L10n } from '../../l10n';
import { ImportRecord, TimeRecord } from '../records';
import { Row, RowProblem } from '../rows';
import { timeRecord } from '../timeEntry';

export const FORMAT_NAMES = ['toggl', 'clockify', 'harvest-time', 'harvest-invoices', 'freshbooks-invoices'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface ReadContext {
  source: string;
  synonyms: Readonly<Record<string, string>>;
  /** The words of the problems. */
  l10n: L10n;
  /** A row (or invoice) that was read with a defect, or not read. */
  problem(line: number, message: string): void;
}

export interface ExportFormat {
  name: FormatName;
  /** As a person names it: `Toggl Track detailed report`. */
  label: string;
  /** Columns that must all be there (matched ignoring case and surrounding spaces). */
  required: readonly string[];
  /** Groups of columns of which at least one must be there. */
  oneOf?: readonly (readonly string[])[];
  /** Every column it reads, for telling close formats apart. */
  known: readonly string[];
  dateColumns: readonly string[];
  /** The export has no due dates: imported invoices leave `due:` to the user. */
  noDueDates?: boolean;
  read(rows: readonly Row[], context: ReadContext): ImportRecord[];
}

/** Reads row by row; a row that throws a RowProblem is reported and skipped. */
export function eachRow<T>(rows: readonly Row[], context: ReadContext, read: (row: Row) => T | undefined): T[] {
  const out: T[] = [];
  for (const row of rows) {
    try {
      const value = read(row);
      if (value !== undefined) out.push(value);
    } catch (err) {
      if (!(err instanceof RowProblem)) throw err;
      context.problem(row.line, context.l10n.t('{0}; the row was not imported', err.message));
    }
  }
  return out;
}

/** Where a time tracker writes each part of an entry (the duration is read by the format). */
export interface TimeColumns {
  client: string;
  date: string;
  start?: string;
  description: string;
  task?: string;
  project?: string;
  tags?: string;
}

/** A time tracker's row as a time record, its duration already read (in seconds). */
export function timeRow(row: Row, context: ReadContext, columns: TimeColumns, seconds: number | undefined): TimeRecord {
  if (seconds === undefined) throw new RowProblem(context.l10n.t('the duration is empty'));
  const optional = (column: string | undefined) => (column === undefined ? '' : row.text(column));
  return timeRecord(
    {
      source: context.source,
      line: row.line,
      client: row.text(columns.client),
      date: row.requiredDate(columns.date),
      start: columns.start === undefined ? undefined : row.clock(columns.start),
      seconds,
      description: row.text(columns.description),
      task: optional(columns.task),
      project: optional(columns.project),
      tags: optional(columns.tags),
    },
    context.synonyms,
    context.l10n,
    moneyOf(row),
  );
}

// `Amount (USD)` (Toggl), `Billable Amount (USD)` and `Billable Rate (USD)`
// (Clockify); `Billable Rate` with a `Currency` column (Harvest).
const AMOUNT_COLUMN = /^(?:billable )?amount(?: \(([a-z]{3})\))?$/;
const RATE_COLUMN = /^(?:billable |hourly )?rate(?: \(([a-z]{3})\))?$/;

/** What the row says the entry is worth, when the export writes it; a cell that is not a number is left out. */
function moneyOf(row: Row): TimeRecord['money'] {
  const read = (pattern: RegExp) => {
    const [found] = row.columnsMatching(pattern);
    if (!found) return undefined;
    try {
      return { value: row.amount(found.column), currency: found.match[1]?.toUpperCase() };
    } catch {
      return undefined;
    }
  };
  const amount = read(AMOUNT_COLUMN);
  const rate = read(RATE_COLUMN);
  const currency = amount?.currency ?? rate?.currency ?? (/^[A-Za-z]{3}$/.test(row.text('Currency')) ? row.text('Currency').toUpperCase() : undefined);
  if (amount?.value === undefined && rate?.value === undefined && currency === undefined) return undefined;
  return { currency, rate: rate?.value, amount: amount?.value };
}
