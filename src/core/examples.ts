/**
 * The bundled example notes, copied for a newcomer so that they never look
 * stale: every date in them moves by the same whole number of weeks, so that
 * the newest log entry lands within the last week. Weekdays stay weekdays and
 * clock times are untouched, so evenings stay evenings and the ranking is the
 * one the README shows (as of the examples' own pinned day, moved likewise).
 *
 * The bundled folder pins its as-of day in `.vscode/settings.json`
 * (`clientFriction.asOf`): the tests and the README's pictures read the
 * examples as of that day. A newcomer's copy drops the pin and scores as of
 * today, like any user's notes.
 */
import { applyEdits, modify, parse } from 'jsonc-parser';
import { CalendarDay, formatIsoDay, isPlausibleDay, parseIsoDay, parseIsoDayAt } from './dates';

/** The setting that pins the day every note is scored as of (empty: today). */
export const AS_OF_SETTING = 'clientFriction.asOf';

/** One file of the examples folder, by its path inside it (`/`-separated). */
export interface ExampleFile {
  path: string;
  text: string;
}

/** Whether a path is one of the example client notes (a markdown file). */
function isNotePath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/**
 * Every `YYYY-MM-DD` in `text` that is a real date between 1900 and 2100 and
 * stands on its own (no digit or `-` glued to either side), moved by `days`.
 * Dates keep their length, so every other byte stays where it was.
 */
export function shiftIsoDates(text: string, days: number): string {
  if (days === 0) return text;
  let out = '';
  let copied = 0;
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
    const start = i - 4;
    if (start < copied || !standsAlone(text, start, start + 10)) continue;
    const day = parseIsoDayAt(text, start);
    if (day === undefined || !isPlausibleDay(day) || !isPlausibleDay(day + days)) continue;
    out += text.slice(copied, start) + formatIsoDay(day + days);
    copied = start + 10;
    i = copied - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function standsAlone(text: string, start: number, end: number): boolean {
  if (start < 0 || end > text.length) return false;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  return !isDigitOrDash(before) && !isDigitOrDash(after);
}

function isDigitOrDash(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45;
}

/** The latest log-entry date (`- YYYY-MM-DD …` list items) in the example notes. */
export function newestEntryDay(files: readonly ExampleFile[]): CalendarDay | undefined {
  let newest: CalendarDay | undefined;
  for (const file of files) {
    if (!isNotePath(file.path)) continue;
    for (const m of file.text.matchAll(/^[ \t]*[-*+][ \t]+(\d{4}-\d{2}-\d{2})(?![\d-])/gm)) {
      const day = parseIsoDayAt(m[1], 0);
      if (day !== undefined && (newest === undefined || day > newest)) newest = day;
    }
  }
  return newest;
}

/**
 * The whole weeks to move the examples by on `today`: the most that keeps
 * the newest entry on or before today, so it lands within the last seven days.
 */
export function exampleShiftDays(newest: CalendarDay, today: CalendarDay): number {
  return Math.floor((today - newest) / 7) * 7;
}

/**
 * `.vscode/settings.json` of the copy: the same text without the
 * `clientFriction.asOf` line (the copy is scored as of today). Only that line
 * goes; comments and every other setting stay.
 */
export function withoutAsOfPin(settingsText: string): string {
  return applyEdits(settingsText, modify(settingsText, [AS_OF_SETTING], undefined, {}));
}

/** The example files as a newcomer's copy made on `today` has them, and the days they moved. */
export function freshExamples(source: readonly ExampleFile[], today: CalendarDay): { files: ExampleFile[]; days: number } {
  const newest = newestEntryDay(source);
  const days = newest === undefined ? 0 : exampleShiftDays(newest, today);
  return { files: source.map((f) => ({ path: f.path, text: copiedText(f, days) })), days };
}

function copiedText(file: ExampleFile, days: number): string {
  if (isNotePath(file.path)) return shiftIsoDates(file.text, days);
  if (file.path === '.vscode/settings.json') return withoutAsOfPin(file.text);
  return file.text;
}

/**
 * What to do with an existing copy on `today`: `current` when it is the copy
 * a fresh one would be; `refresh` when it is an earlier fresh copy that
 * nobody edited (every file as the shift of its week made it, none added or
 * removed), which is then replaced by this week's; `keep` when it was edited.
 */
export function existingCopyState(source: readonly ExampleFile[], copy: readonly ExampleFile[], today: CalendarDay): 'current' | 'refresh' | 'keep' {
  const fresh = freshExamples(source, today);
  const byPath = new Map(copy.map((f) => [f.path, f.text]));
  if (copy.length === fresh.files.length && fresh.files.every((f) => byPath.get(f.path) === f.text)) return 'current';
  const newest = newestEntryDay(source);
  const copied = newestEntryDay(copy);
  if (newest === undefined || copied === undefined || (copied - newest) % 7 !== 0 || copy.length !== source.length) return 'keep';
  const days = copied - newest;
  return source.every((f) => byPath.get(f.path) === copiedText(f, days)) ? 'refresh' : 'keep';
}

/** The day the examples are pinned to by their `.vscode/settings.json`, if any. */
export function pinnedDay(files: readonly ExampleFile[]): CalendarDay | undefined {
  const settings = files.find((f) => f.path === '.vscode/settings.json');
  const value: unknown = settings && (parse(settings.text, [], { allowTrailingComma: true }) as Record<string, unknown> | undefined)?.[AS_OF_SETTING];
  return typeof value === 'string' ? parseIsoDay(value) : undefined;
}
