/**
 * Reading one export file: its size, its format (from the header names, with
 * `,` or `;` separators), its table, the order of its dates, and its rows
 * as records. A file that cannot be read as a whole (empty, too large, of no
 * known format, rows that do not line up, dates that read both ways) is
 * refused with one plain message and contributes nothing; a row that cannot
 * be read is a problem with its line, and the other rows still count.
 */
import { ENGLISH, L10n } from '../l10n';
import { DecimalMark } from './cells';
import { CsvTable, readHeader, readTable, stripBom } from './csvTable';
import { ExportEncoding } from './decode';
import { DateCell, DateOrder, findDateOrder, readings } from './dateOrder';
import { detectFormat, ExportFormat, formatLabel, FormatName, formatNamed, missingColumns } from './formats';
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
  /** The words of the refusals and problems (English when absent). */
  l10n?: L10n;
  /** How the file's bytes were read (decode.ts); UTF-8 when absent. */
  encoding?: ExportEncoding;
}

/** Why a whole file was refused: `dateOrder` can be fixed by naming the order, `format` by naming the format. */
export type RefusalReason = 'empty' | 'tooLarge' | 'format' | 'malformed' | 'dateOrder';

export type ExportReading =
  | { ok: true; source: string; format: ExportFormat; rows: number; records: ImportRecord[]; problems: ImportProblem[] }
  | { ok: false; source: string; reason: RefusalReason; error: ImportProblem; /** For `dateOrder`: a date that reads both ways. */ example?: string };

/** `source` names the file in messages (as the user gave it). */
export function readExport(source: string, text: string, options: ReadExportOptions): ExportReading {
  const l10n = options.l10n ?? ENGLISH;
  const refuse = (reason: RefusalReason, line: number, message: string): ExportReading => ({ ok: false, source, reason, error: { file: source, line, message } });
  if (text.length > MAX_EXPORT_BYTES) {
    return refuse('tooLarge', 1, l10n.t('the file is {0} MB; an import reads exports of up to {1} MB: export a shorter period', megabytes(text.length), megabytes(MAX_EXPORT_BYTES)));
  }
  const body = stripBom(text);
  if (body.trim() === '') return refuse('empty', 1, l10n.t('the file is empty'));

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
    if (forced) {
      const args = { format: formatLabel(forced, l10n), columns: missingColumns(forced, firstHeader, l10n).join(', ') };
      return refuse('format', 1, l10n.t('the file does not have the columns of a {format} (missing {columns})', args));
    }
    const shown = firstHeader.slice(0, 4).map((h) => JSON.stringify(h.length > 30 ? `${h.slice(0, 29)}…` : h));
    const columns = `${shown.join(', ')}${firstHeader.length > 4 ? ', …' : ''}`;
    return refuse(
      'format',
      1,
      l10n.t('the file is not an export this import knows (its first columns are {0}); expected a Toggl Track or Clockify detailed report, a Harvest time or invoice report, or FreshBooks invoice details', columns),
    );
  }

  const { table, defects, defectCount } = readTable(body, delimiter, l10n);
  if (defects.length) {
    const first = defects[0].message;
    const defect =
      defectCount === 1 ? first : defectCount === 2 ? l10n.t('{0} (and {1} more row like it)', first, 1) : l10n.t('{0} (and {1} more rows like it)', first, defectCount - 1);
    return refuse('malformed', defects[0].line, l10n.t('{0}; the file looks cut short or edited by hand, so nothing was imported from it', defect));
  }

  const columns = columnIndex(table.header);
  const decimalMark: DecimalMark = delimiter === ';' ? ',' : '.';
  let dateOrder = options.dateOrder;
  if (!dateOrder) {
    const finding = findDateOrder(dateCells(table.rows, format, columns));
    if (finding.kind === 'conflict') {
      const { dayFirst, monthFirst } = finding;
      const args = { dayFirst: dayFirst.text, dayFirstLine: dayFirst.line, monthFirst: monthFirst.text, monthFirstLine: monthFirst.line };
      return refuse('malformed', monthFirst.line, l10n.t('its dates are written both day first ({dayFirst} on line {dayFirstLine}) and month first ({monthFirst} on line {monthFirstLine}); nothing was imported from it', args));
    }
    if (finding.kind === 'ambiguous') {
      const [mdy, dmy] = readings(finding.example.text, l10n)!;
      const args = { date: finding.example.text, mdy, dmy };
      const message = l10n.t('its dates can be read two ways ({date} is {mdy} or {dmy}); say whether they are month/day/year (mdy) or day/month/year (dmy)', args);
      return { ...refuse('dateOrder', finding.example.line, message), example: finding.example.text } as ExportReading;
    }
    if (finding.kind === 'found') dateOrder = finding.order;
  }

  const rowFormat = { columns, decimalMark, dateOrder, l10n };
  const rows = table.rows.map((r) => new Row(r.line, r.cells, rowFormat));
  const problems: ImportProblem[] = encodingProblems(source, body, table, options.encoding ?? 'utf-8', l10n);
  const records = format.read(rows, { source, synonyms: options.synonyms, l10n, problem: (line, message) => problems.push({ file: source, line, message }) });
  return { ok: true, source, format, rows: rows.length, records, problems };
}

/** Rows with bytes that were not UTF-8 said by line, at most this many (then how many more). */
const MAX_ENCODING_ROWS = 5;

/**
 * What reading the bytes as text did that the user should check: a file
 * read as Windows-1252 (said once, on the line of its first letter beyond
 * ASCII), and the rows whose cells hold bytes that were not UTF-8 (`�`).
 * Those rows are imported as they read: the problem says where to look.
 */
function encodingProblems(source: string, body: string, table: CsvTable, encoding: ExportEncoding, l10n: L10n): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (encoding === 'windows-1252') {
    const first = body.search(/[^\x00-\x7f]/);
    const line = first < 0 ? 1 : lineOf(body, first);
    problems.push({ file: source, line, message: l10n.t('the file is not UTF-8, so it was read as Windows-1252 (as older Excel exports are written): check its accented letters, the first of them on this line') });
  }
  let damaged = 0;
  for (const row of table.rows) {
    const cell = row.cells.findIndex((c) => c.includes('\ufffd'));
    if (cell < 0) continue;
    if (++damaged <= MAX_ENCODING_ROWS) {
      problems.push({ file: source, line: row.line, message: l10n.t('{0} has bytes that are not UTF-8, imported as �: correct it in the note or in the export', table.header[cell] ?? '') });
    }
  }
  if (damaged > MAX_ENCODING_ROWS) {
    const more = damaged - MAX_ENCODING_ROWS;
    problems.push({ file: source, line: 1, message: more === 1 ? l10n.t('1 more row has bytes that are not UTF-8') : l10n.t('{0} more rows have bytes that are not UTF-8', more) });
  }
  return problems;
}

/** The 1-based line of an offset (`\r\n`, `\n` or a lone `\r` ends a line). */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

function* dateCells(rows: readonly { line: number; cells: string[] }[], format: ExportFormat, columns: ReadonlyMap<string, number>): Iterable<DateCell> {
  const indices = format.dateColumns.map((c) => columns.get(c.toLowerCase())).filter((i): i is number => i !== undefined);
  for (const row of rows) for (const i of indices) if (row.cells[i]?.trim()) yield { text: row.cells[i].trim(), line: row.line };
}

/** Megabytes of `n` bytes, for a message: `20.0`. */
function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(n >= 100 * 1024 * 1024 ? 0 : 1);
}

/** Reads several exports; the refused ones apart. */
export function readExports(files: readonly { source: string; text: string; encoding?: ExportEncoding }[], options: ReadExportOptions): { readings: Extract<ExportReading, { ok: true }>[]; refused: Extract<ExportReading, { ok: false }>[] } {
  const readings: Extract<ExportReading, { ok: true }>[] = [];
  const refused: Extract<ExportReading, { ok: false }>[] = [];
  for (const file of files) {
    const reading = readExport(file.source, file.text, { ...options, encoding: file.encoding });
    if (reading.ok) readings.push(reading);
    else refused.push(reading);
  }
  return { readings, refused };
}
