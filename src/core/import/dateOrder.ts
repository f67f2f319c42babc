/**
 * Dates in an export. Toggl and Harvest write `YYYY-MM-DD`; Clockify and
 * invoicing tools follow the user's profile, `MM/DD/YYYY` or `DD/MM/YYYY`
 * (or with dots or dashes, or a two-digit year). The order is a property of
 * the file, never guessed row by row: a day above 12 anywhere in the file
 * decides it, and a file whose every date reads both ways needs to be told.
 */
import { calendarDay, CalendarDay } from '../dates';
import { ENGLISH, L10n } from '../l10n';

export type DateOrder = 'mdy' | 'dmy';
export const DATE_ORDERS: readonly DateOrder[] = ['mdy', 'dmy'];

/** The numbers of a date cell: year first, or two numbers before the year. */
type DateShape = { yearFirst: true; year: number; month: number; day: number } | { yearFirst: false; a: number; b: number; year: number };

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}\S*)?$/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:,?[ T]\d{1,2}:\d{2}.*)?$/;

function shapeOf(text: string): DateShape | undefined {
  const t = text.trim();
  let m = YEAR_FIRST.exec(t);
  if (m) return { yearFirst: true, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = YEAR_LAST.exec(t);
  if (m) return { yearFirst: false, a: Number(m[1]), b: Number(m[2]), year: m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]) };
  return undefined;
}

/** Whether a cell is written day-and-month first, so that its order matters. */
export function needsOrder(text: string): boolean {
  const shape = shapeOf(text);
  return shape !== undefined && !shape.yearFirst && shape.a !== shape.b;
}

/**
 * The calendar day of a cell, or undefined when it is not a real date in
 * the given order (or outside 1900–2100). A day-and-month-first cell whose
 * two numbers are equal needs no order.
 */
export function readDate(text: string, order: DateOrder | undefined): CalendarDay | undefined {
  const shape = shapeOf(text);
  if (!shape) return undefined;
  let year: number, month: number, day: number;
  if (shape.yearFirst) ({ year, month, day } = shape);
  else {
    year = shape.year;
    const mdy = order === 'mdy' || (order === undefined && shape.a === shape.b);
    if (order === undefined && shape.a !== shape.b) return undefined;
    [month, day] = mdy ? [shape.a, shape.b] : [shape.b, shape.a];
  }
  if (year < 1900 || year > 2100) return undefined;
  return calendarDay(year, month, day);
}

export interface DateCell {
  text: string;
  line: number;
}

export type OrderFinding =
  | { kind: 'none' } // no cell needs an order
  | { kind: 'found'; order: DateOrder }
  | { kind: 'ambiguous'; example: DateCell }
  | { kind: 'conflict'; dayFirst: DateCell; monthFirst: DateCell };

/** What a file's date cells say about their order. */
export function findDateOrder(cells: Iterable<DateCell>): OrderFinding {
  let dayFirst: DateCell | undefined;
  let monthFirst: DateCell | undefined;
  let example: DateCell | undefined;
  for (const cell of cells) {
    const shape = shapeOf(cell.text);
    if (!shape || shape.yearFirst || shape.a === shape.b) continue;
    example ??= cell;
    if (shape.a > 12 && shape.b <= 12) dayFirst ??= cell;
    else if (shape.b > 12 && shape.a <= 12) monthFirst ??= cell;
  }
  if (dayFirst && monthFirst) return { kind: 'conflict', dayFirst, monthFirst };
  if (dayFirst) return { kind: 'found', order: 'dmy' };
  if (monthFirst) return { kind: 'found', order: 'mdy' };
  return example ? { kind: 'ambiguous', example } : { kind: 'none' };
}

const MONTHS: readonly ((l10n: L10n) => string)[] = [
  (l10n) => l10n.t('January'), (l10n) => l10n.t('February'), (l10n) => l10n.t('March'), (l10n) => l10n.t('April'),
  (l10n) => l10n.t('May'), (l10n) => l10n.t('June'), (l10n) => l10n.t('July'), (l10n) => l10n.t('August'),
  (l10n) => l10n.t('September'), (l10n) => l10n.t('October'), (l10n) => l10n.t('November'), (l10n) => l10n.t('December'),
];

/** `March 4` / `3 April`: the two readings of an ambiguous cell (month first, day first), for a message. */
export function readings(text: string, l10n: L10n = ENGLISH): [string, string] | undefined {
  const shape = shapeOf(text);
  if (!shape || shape.yearFirst) return undefined;
  const name = (n: number) => MONTHS[n - 1]?.(l10n) ?? l10n.t('month {0}', n);
  return [l10n.t('{month} {day}', { month: name(shape.a), day: shape.b }), l10n.t('{day} {month}', { day: shape.a, month: name(shape.b) })];
}
