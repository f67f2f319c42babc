/**
 * One row of an export, read by column name (never by position), with typed
 * readers that say in plain words what they could not read: the problem
 * names the column and the cell, and the row's line is added by the caller.
 */
import { CalendarDay } from '../dates';
import { DecimalMark, MAX_AMOUNT, readClock, readClockDuration, readNumber } from './cells';
import { DateOrder, readDate } from './dateOrder';
import { L10n } from '../l10n';

/** The columns of a file by lower-case name. */
export type ColumnIndex = ReadonlyMap<string, number>;

export function columnIndex(header: readonly string[]): ColumnIndex {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

export interface RowFormat {
  columns: ColumnIndex;
  decimalMark: DecimalMark;
  dateOrder?: DateOrder;
  /** The words of the problems. */
  l10n: L10n;
}

/** Why a row was not imported (its message already worded in the import's language). */
export class RowProblem extends Error {}

export class Row {
  constructor(
    readonly line: number,
    private readonly cells: readonly string[],
    private readonly format: RowFormat,
  ) {}

  has(column: string): boolean {
    return this.format.columns.has(column.toLowerCase());
  }

  /** The cell's text, trimmed; empty when the column is absent. */
  text(column: string): string {
    const i = this.format.columns.get(column.toLowerCase());
    return i === undefined ? '' : (this.cells[i] ?? '').trim();
  }

  /** The file's columns (lower case) that match `pattern`, with the match, in the file's order. */
  columnsMatching(pattern: RegExp): { column: string; match: RegExpExecArray }[] {
    const out: { column: string; match: RegExpExecArray }[] = [];
    for (const column of this.format.columns.keys()) {
      const match = pattern.exec(column);
      if (match) out.push({ column, match });
    }
    return out;
  }

  /** The cell of the first of `columns` the file has. */
  first(columns: readonly string[]): { column: string; text: string } | undefined {
    const column = columns.find((c) => this.has(c));
    return column === undefined ? undefined : { column, text: this.text(column) };
  }

  /** A date; undefined when the cell is empty. */
  date(column: string): CalendarDay | undefined {
    const text = this.text(column);
    if (!text) return undefined;
    const day = readDate(text, this.format.dateOrder);
    if (day === undefined) {
      const l10n = this.format.l10n;
      const cell = { column, cell: quote(text) };
      const order = this.format.dateOrder;
      throw new RowProblem(
        order === 'dmy'
          ? l10n.t('{column} {cell} is not a date (read day/month/year)', cell)
          : order === 'mdy'
            ? l10n.t('{column} {cell} is not a date (read month/day/year)', cell)
            : l10n.t('{column} {cell} is not a date', cell),
      );
    }
    return day;
  }

  requiredDate(column: string): CalendarDay {
    const day = this.date(column);
    if (day === undefined) throw new RowProblem(this.format.l10n.t('{0} is empty', column));
    return day;
  }

  /** A non-negative amount below MAX_AMOUNT; undefined when the cell is empty. */
  amount(column: string): number | undefined {
    const text = this.text(column);
    if (!text) return undefined;
    const n = readNumber(text, this.format.decimalMark);
    if (n === undefined) throw new RowProblem(this.format.l10n.t('{column} {cell} is not a number', { column, cell: quote(text) }));
    if (Math.abs(n) >= MAX_AMOUNT) throw new RowProblem(this.format.l10n.t('{column} {cell} is too large to be real', { column, cell: quote(text) }));
    return n;
  }

  /** A time of day in minutes; undefined when the cell is empty. */
  clock(column: string): number | undefined {
    const text = this.text(column);
    if (!text) return undefined;
    const minutes = readClock(text);
    if (minutes === undefined) throw new RowProblem(this.format.l10n.t('{column} {cell} is not a time of day', { column, cell: quote(text) }));
    return minutes;
  }

  /** Seconds of a `H:MM:SS` duration; undefined when the cell is empty. */
  clockDuration(column: string): number | undefined {
    const text = this.text(column);
    if (!text) return undefined;
    const seconds = readClockDuration(text);
    if (seconds === undefined) throw new RowProblem(this.format.l10n.t('{column} {cell} is not a duration (H:MM:SS)', { column, cell: quote(text) }));
    return seconds;
  }
}

/** A cell in a message: quoted, one line, short. */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > 40 ? `${flat.slice(0, 37)}…` : flat);
}
