/**
 * A CSV export read into a table of text cells, each row with the line of
 * the file where it starts. Papa Parse does the reading (quotes, quoted line
 * breaks, CRLF); this file adds what an import needs on top: the byte-order
 * mark, line numbers for messages, and refusing a table whose rows do not
 * line up with its header.
 *
 * Why Papa Parse (measured on a 20 MB Toggl-shaped export, Node 20, 2 cores):
 * row by row (its `step` mode) it reads the file in ~0.2 s, csv-parse's sync
 * API in ~1.2–2.2 s and d3-dsv in ~0.6 s; it has no dependencies and needs no
 * Node built-in for a string (its stream code is only reached with Node
 * streams), so it runs in the core; it strips a byte-order mark and reports
 * an unclosed quote, where d3-dsv accepts malformed quotes silently and
 * keeps the mark in the first header; csv-parse needs Buffer (a polyfill in
 * a browser, 28 KB minified against Papa Parse's 20 KB).
 */
import Papa from 'papaparse';
import { ENGLISH, L10n } from '../l10n';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: string;
  header: string[];
  rows: CsvRow[];
}

/** A defect that makes the whole file unreadable as a table. */
export interface CsvDefect {
  line: number;
  message: string;
}

export const BOM = '\ufeff';

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The header row as split by `delimiter` (the first record; quotes honoured). */
export function readHeader(text: string, delimiter: string): string[] {
  const first = Papa.parse<string[]>(stripBom(text), { delimiter, preview: 1, quoteChar: '"' });
  return (first.data[0] ?? []).map((cell) => cell.trim());
}

/**
 * The whole table. Blank lines are skipped; a row with more or fewer cells
 * than the header, or a quote that is never closed, is a defect (the first
 * few are returned, with how many there were), since no cell of such a file
 * can be trusted to be in its column. The defects are worded by `l10n`.
 */
export function readTable(text: string, delimiter: string, l10n: L10n = ENGLISH): { table: CsvTable; defects: CsvDefect[]; defectCount: number } {
  const body = stripBom(text);
  const rows: CsvRow[] = [];
  const defects: CsvDefect[] = [];
  let defectCount = 0;
  const defect = (line: number, message: string) => {
    defectCount++;
    if (defects.length < 5) defects.push({ line, message });
  };
  const lines = new LineCounter(body);
  let header: string[] | undefined;
  let rowStart = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const line = lines.lineAt(rowStart);
      rowStart = result.meta.cursor;
      const cells = result.data;
      if (result.errors.length) {
        const missing = result.errors.some((e) => e.code === 'MissingQuotes');
        defect(line, missing ? l10n.t('a quoted field is never closed') : l10n.t('a quoted field has text after its closing quote (a stray or a missing ")'));
        return;
      }
      if (cells.length === 1 && cells[0].trim() === '') return; // a blank line
      if (header === undefined) {
        header = cells.map((c) => c.trim());
        return;
      }
      if (cells.length !== header.length) {
        const extraBlank = cells.length > header.length && cells.slice(header.length).every((c) => c.trim() === '');
        if (!extraBlank) {
          defect(line, l10n.t('this row has {0} fields where the header has {1}', cells.length, header.length));
          return;
        }
        cells.length = header.length;
      }
      rows.push({ line, cells });
    },
  });
  return { table: { delimiter, header: header ?? [], rows }, defects, defectCount };
}

/**
 * 1-based line of an offset, counted forward only (each row's start is after
 * the previous one), so numbering a whole file stays linear. A line break is
 * `\r\n`, `\n` or a lone `\r`, as an editor counts them.
 */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(target: number): number {
    const text = this.text;
    for (let i = this.offset; i < target; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.line++;
    }
    this.offset = Math.max(this.offset, target);
    return this.line;
  }
}
