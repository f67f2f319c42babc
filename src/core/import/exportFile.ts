/**
 * Reading one export file: its size, its format (from the header names, with
 * `,` or `;` separators), its table, the order of its dates, and its rows
 * as records. A file that cannot be read as a whole (empty, too large, of no
 * known format, rows that do not line up, dates that read both ways) is
 * refused with one plain message and contributes nothing; a row that cannot
 * be read is a problem with its line, and the other rows still count.
 */
import { DecimalMark } from './cells';
import { readHeader, readTable, stripBom } from './csvTable';
import { DateCell, DateOrder, findDateOrder, readings } from './dateOrder';
import { detectFormat, ExportFormat, FormatName, formatNamed, missingColumns } from './formats';
import { ImportProblem, ImportRecord } from './records';
import { columnIndex, Row } from './rows';

/** The largest export an import reads; a bigger one is refused before it is parsed. */
export const MAX_EXPORT_BYTES = 20 * 1024 * 1024;

const DELIMITERS = [',', ';'] as const;

export interface ReadExportOptions {
  /** Read the file as this format rather than recognising it. */
  format?: FormatName;
  /** The order of day and month in dates like 03/04/2026, when the file cannot tell. */
  dateOrder?: DateOrder;
  synonyms: Readonly<Record<string, string>>;
}

/** Why a whole file was refused: `dateOrder` can be fixed by naming the order, `format` by naming the format. */
export type RefusalReason = 'empty' | 'tooLarge' | 'format' | 'malformed' | 'dateOrder';

export type ExportReading =
  | { ok: true; source: string; format: ExportFormat; rows: number; records: ImportRecord[]; problems: ImportProblem[] }
  | { ok: false; source: string; reason: RefusalReason; error: ImportProblem; /** For `dateOrder`: a date that reads both ways. */ example?: string };

/** `source` names the file in messages (as the user gave it). */
export function readExport(source: string, text: string, options: ReadExportOptions): ExportReading {
  const refuse = (reason: RefusalReason, line: number, message: string): ExportReading => ({ ok: false, source, reason, error: { file: source, line, message } });
  if (text.length > MAX_EXPORT_BYTES) {
    return refuse('tooLarge', 1, `the file is ${megabytes(text.length)}; an import reads exports of up to ${megabytes(MAX_EXPORT_BYTES)}: export a shorter period`);
  }
  const body = stripBom(text);
  if (body.trim() === '') return refuse('empty', 1, 'the file is empty');

  const forced = options.format === undefined ? undefined : formatNamed(options.format);
  let format: ExportFormat | undefined;
  let delimiter: string = DELIMITERS[0];
  let firstHeader: string[] = [];
  for (const d of DELIMITERS) {
    const header = readHeader(body, d);
    if (d === DELIMITERS[0]) firstHeader = header;
    const fits = forced ? (missingColumns(forced, header).length === 0 ? forced : undefined) : detectFormat(header);
    if (fits) {
      [format, delimiter] = [fits, d];
      break;
    }
  }
  if (!format) {
    if (forced) return refuse('format', 1, `the file does not have the columns of a ${forced.label} (missing ${missingColumns(forced, firstHeader).join(', ')})`);
    const shown = firstHeader.slice(0, 4).map((h) => JSON.stringify(h.length > 30 ? `${h.slice(0, 29)}…` : h));
    return refuse(
      'format',
      1,
      `the file is not an export this import knows (its first columns are ${shown.join(', ')}${firstHeader.length > 4 ? ', …' : ''}); expected a Toggl Track or Clockify detailed report, a Harvest time or invoice report, or FreshBooks invoice details`,
    );
  }

  const { table, defects, defectCount } = readTable(body, delimiter);
  if (defects.length) {
    const more = defectCount > 1 ? ` (and ${defectCount - 1} more ${defectCount === 2 ? 'row' : 'rows'} like it)` : '';
    return refuse('malformed', defects[0].line, `${defects[0].message}${more}; the file looks cut short or edited by hand, so nothing was imported from it`);
  }

  const columns = columnIndex(table.header);
  const decimalMark: DecimalMark = delimiter === ';' ? ',' : '.';
  let dateOrder = options.dateOrder;
  if (!dateOrder) {
    const finding = findDateOrder(dateCells(table.rows, format, columns));
    if (finding.kind === 'conflict') {
      const { dayFirst, monthFirst } = finding;
      return refuse('malformed', monthFirst.line, `its dates are written both day first (${dayFirst.text} on line ${dayFirst.line}) and month first (${monthFirst.text} on line ${monthFirst.line}); nothing was imported from it`);
    }
    if (finding.kind === 'ambiguous') {
      const [mdy, dmy] = readings(finding.example.text)!;
      return { ...refuse('dateOrder', finding.example.line, `its dates can be read two ways (${finding.example.text} is ${mdy} or ${dmy}); say whether they are month/day/year (mdy) or day/month/year (dmy)`), example: finding.example.text } as ExportReading;
    }
    if (finding.kind === 'found') dateOrder = finding.order;
  }

  const rowFormat = { columns, decimalMark, dateOrder };
  const rows = table.rows.map((r) => new Row(r.line, r.cells, rowFormat));
  const problems: ImportProblem[] = [];
  const records = format.read(rows, { source, synonyms: options.synonyms, problem: (line, message) => problems.push({ file: source, line, message }) });
  return { ok: true, source, format, rows: rows.length, records, problems };
}

function* dateCells(rows: readonly { line: number; cells: string[] }[], format: ExportFormat, columns: ReadonlyMap<string, number>): Iterable<DateCell> {
  const indices = format.dateColumns.map((c) => columns.get(c.toLowerCase())).filter((i): i is number => i !== undefined);
  for (const row of rows) for (const i of indices) if (row.cells[i]?.trim()) yield { text: row.cells[i].trim(), line: row.line };
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n >= 100 * 1024 * 1024 ? 0 : 1)} MB`;
}

/** Reads several exports; the refused ones apart. */
export function readExports(files: readonly { source: string; text: string }[], options: ReadExportOptions): { readings: Extract<ExportReading, { ok: true }>[]; refused: Extract<ExportReading, { ok: false }>[] } {
  const readings: Extract<ExportReading, { ok: true }>[] = [];
  const refused: Extract<ExportReading, { ok: false }>[] = [];
  for (const file of files) {
    const reading = readExport(file.source, file.text, options);
    if (reading.ok) readings.push(reading);
    else refused.push(reading);
  }
  return { readings, refused };
}
