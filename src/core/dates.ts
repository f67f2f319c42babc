/**
 * Calendar dates as whole day numbers (days since 1970-01-01).
 *
 * A note's dates are calendar dates in the freelancer's own time zone. Keeping
 * them as integers makes every comparison and difference exact and immune to
 * time zones and daylight saving: nothing here ever builds a local Date.
 */
import { format } from 'date-fns';

/** Days since 1970-01-01 of a calendar date; weekday is (day + 4) % 7, Sunday = 0. */
export type CalendarDay = number;

/**
 * The years a note's dates may fall in (spec: dates before 1900 or after 2100
 * are problems). Bounding them keeps every age, fade and score finite and
 * every date printable.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
export const MIN_DAY: CalendarDay = -25567; // 1900-01-01
export const MAX_DAY: CalendarDay = 47846; // 2100-12-31

/** Whether a day lies in the years a note's dates may use (1900–2100). */
export function isPlausibleDay(day: CalendarDay): boolean {
  return day >= MIN_DAY && day <= MAX_DAY;
}

export function calendarDay(year: number, month: number, day: number): CalendarDay | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

// Integer date arithmetic (Howard Hinnant's days_from_civil / civil_from_days):
// exact for any proleptic Gregorian date, and an order of magnitude faster
// than building Date objects, which matters when indexing many notes.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month (1–12), day] of a day number. */
export function civilFromDays(days: CalendarDay): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Parses exactly `YYYY-MM-DD`; undefined when the text is not a real date (2026-02-30). */
export function parseIsoDay(text: string): CalendarDay | undefined {
  return text.length === 10 ? parseIsoDayAt(text, 0) : undefined;
}

/** Parses `YYYY-MM-DD` at `at` in `text` (what follows is not checked). */
export function parseIsoDayAt(text: string, at: number): CalendarDay | undefined {
  if (text.charCodeAt(at + 4) !== 45 || text.charCodeAt(at + 7) !== 45) return undefined;
  const year = digits(text, at, 4);
  const month = digits(text, at + 5, 2);
  const day = digits(text, at + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  // Runs for every log entry and invoice date: the checks above are those of
  // calendarDay, for numbers that are whole by construction.
  return dayNumber(year, month, day);
}

// The day number of each year's 1 January from MIN_YEAR to MAX_YEAR, and of
// each month's first day within a year (leap years one more from March): a
// date of the years notes use is two lookups and two additions, where
// daysFromCivil divides seven times. A test holds it to daysFromCivil.
const YEAR_STARTS = Array.from({ length: MAX_YEAR - MIN_YEAR + 1 }, (_, i) => daysFromCivil(MIN_YEAR + i, 1, 1));
const MONTH_STARTS = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** The day number of a valid date (as daysFromCivil). */
export function dayNumber(year: number, month: number, day: number): CalendarDay {
  if (year < MIN_YEAR || year > MAX_YEAR) return daysFromCivil(year, month, day);
  return YEAR_STARTS[year - MIN_YEAR] + MONTH_STARTS[month] + (month > 2 && isLeapYear(year) ? 1 : 0) + day - 1;
}

/** Days since 1970-01-01 by the civil algorithm (the reference of dayNumber). */
export function civilDayNumber(year: number, month: number, day: number): CalendarDay {
  return daysFromCivil(year, month, day);
}

/** The value of `count` ASCII digits at `at`, or -1. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1; // also past the end of the text (NaN)
    n = n * 10 + c;
  }
  return n;
}

/** `YYYY-MM-DD` of a day number; the year always has at least four digits (`0050-01-01`). */
export function formatIsoDay(day: CalendarDay): string {
  const [y, m, d] = civilFromDays(day);
  return `${formatYear(y)}-${pad2(m)}-${pad2(d)}`;
}

function formatYear(y: number): string {
  const digits = String(Math.abs(y)).padStart(4, '0');
  return y < 0 ? `-${digits}` : digits;
}

/**
 * A Date that YAML produced for a bare date is UTC midnight of that calendar
 * date: read its UTC fields back, never the local ones, so it cannot move a day.
 */
export function dayFromYamlDate(date: Date): CalendarDay | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return calendarDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Today's calendar date in the local time zone of this process. */
export function today(now: Date = new Date()): CalendarDay {
  return calendarDay(now.getFullYear(), now.getMonth() + 1, now.getDate()) as CalendarDay;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: CalendarDay): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * A local Date at noon of the calendar day, for display with date-fns (month
 * names, locales). Noon keeps it on the same day whatever the offset.
 */
export function localDateOf(day: CalendarDay): Date {
  const [y, m, d] = civilFromDays(day);
  // Not `new Date(y, …)`: it reads years 0–99 as 1900–1999.
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(y, m - 1, d);
  return date;
}

/**
 * Human form of a day with date-fns, e.g. `27 November 2026` (pattern and
 * locale from the caller); `YYYY-MM-DD` for a day outside what a Date holds.
 */
export function formatDay(day: CalendarDay, pattern: string, locale?: Parameters<typeof format>[2]): string {
  const date = localDateOf(day);
  return Number.isNaN(date.getTime()) ? formatIsoDay(day) : format(date, pattern, locale);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Minutes after midnight of `HH:MM` (24-hour), or undefined. */
export function parseClock(text: string): number | undefined {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export function formatClock(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}
