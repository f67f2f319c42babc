/**
 * Reads a note's markdown body line by line: log entries, task items,
 * headings. A line scanner rather than a full markdown parse: markdown-it
 * costs about five times the file read for a large workspace, and all that is
 * needed here is list items, headings, fenced code and HTML comments. A test
 * holds the scanner to markdown-it's reading of the same documents.
 */
import { CalendarDay, parseIsoDayAt } from '../dates';
import { isDigit, literalAt, literalTable } from '../chars';

export const KNOWN_TAGS = [
  'after-hours',
  'urgent',
  'revision',
  'vague',
  'scope-creep',
  'disrespect',
  'late-payment',
  'praise',
  'delivered',
] as const;
export type KnownTag = (typeof KNOWN_TAGS)[number];

/** Built-in synonyms; settings may add more. */
export const BUILT_IN_SYNONYMS: Readonly<Record<string, KnownTag>> = Object.freeze({
  rude: 'disrespect',
  afterhours: 'after-hours',
  'scope-change': 'scope-creep',
  'late-paid': 'late-payment',
});

export interface LogEntry {
  /** 1-based line in the note. */
  line: number;
  date: CalendarDay;
  /** Time of day in minutes after midnight, when written. */
  minutes?: number;
  /** Duration of work in hours, when written. */
  hours?: number;
  /** The entry's text after the date, time and duration (tags included). */
  text: string;
  /** Known tags, canonical names, each once. */
  tags: KnownTag[];
}

export interface TaskItem {
  line: number;
  checked: boolean;
  text: string;
  /** Index into `headings` of the section the item is in, or -1. */
  section: number;
}

export interface Heading {
  line: number;
  level: number;
  text: string;
}

export interface BodyScan {
  headings: Heading[];
  /** Index into `headings` of the first level-1 heading, or -1. */
  firstH1: number;
  log: LogEntry[];
  tasks: TaskItem[];
  problems: { line: number; column?: number; endColumn?: number; message: string }[];
}

// The regexes below run only on lines whose first non-space character could
// start what they match (checked with char codes first): most lines of a
// note are log entries and plain text, and never reach them.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const LOG_HEADING = /^(?:log|catatan)\b/i;
const DATE_LIKE = /(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\b/y;

/**
 * `synonyms` maps lower-case tags to canonical ones (built-in plus settings).
 * `firstLine` is the note line where `body` starts.
 */
export function scanBody(body: string, firstLine: number, synonyms: Readonly<Record<string, string>>): BodyScan {
  const scan: BodyScan = { headings: [], firstH1: -1, log: [], tasks: [], problems: [] };
  let fence = '';
  let inComment = false;
  let section = -1;
  let inLogSection = false;
  // The previous line when it was paragraph text, for setext (`===`) headings.
  let previousText = '';
  let lineNo = firstLine - 1;
  let start = 0;
  const length = body.length;
  // Where the next `<!--` starts: found once for the whole body rather than
  // searched for in every line.
  let nextComment = body.indexOf('<!--');
  const addHeading = (line: number, level: number, text: string) => {
    section = scan.headings.length;
    scan.headings.push({ line, level, text });
    if (level === 1 && scan.firstH1 < 0) scan.firstH1 = section;
    inLogSection = LOG_HEADING.test(text);
    previousText = '';
  };

  while (start < length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = length;
    const lineStart = start;
    let line = body.slice(start, end);
    start = end + 1;
    lineNo++;
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);

    // The first character after up to three spaces of indentation: what
    // decides whether the line can be a fence, a heading or a setext line.
    let lead = leadOf(line);
    if (fence) {
      if (lead === 96 || lead === 126) {
        const close = FENCE.exec(line);
        if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = '';
      }
      continue;
    }
    if (nextComment >= 0 && nextComment < lineStart) nextComment = body.indexOf('<!--', lineStart);
    // `<!--` cannot span a line break, so one that starts before `end` is in this line.
    if (inComment || (nextComment >= 0 && nextComment < end)) {
      const stripped = stripComments(line, inComment);
      inComment = stripped.open;
      line = stripped.text;
      if (line.trim() === '') {
        previousText = '';
        continue;
      }
      lead = leadOf(line);
    }
    if (lead === 96 /* ` */ || lead === 126 /* ~ */) {
      const fenceOpen = FENCE.exec(line);
      if (fenceOpen && !(fenceOpen[1][0] === '`' && line.slice(fenceOpen[0].length).includes('`'))) {
        fence = fenceOpen[1];
        previousText = '';
        continue;
      }
    }
    if (lead === 35 /* # */) {
      const heading = ATX_HEADING.exec(line);
      if (heading) {
        addHeading(lineNo, heading[1].length, (heading[2] ?? '').trim());
        continue;
      }
    }
    if (previousText && lead === 61 /* = */ && SETEXT_H1.test(line)) {
      addHeading(lineNo - 1, 1, previousText);
      continue;
    }

    const t = listTextStart(line);
    if (t < 0) {
      previousText = line.trim();
      continue;
    }
    previousText = '';
    if (isTask(line, t)) {
      scan.tasks.push({ line: lineNo, checked: line.charCodeAt(t + 1) !== 32, text: line.slice(t + 3).trim(), section });
      continue;
    }
    if (isIsoShape(line, t)) {
      readEntry(scan, line, t, lineNo, synonyms);
      continue;
    }
    if (inLogSection) {
      DATE_LIKE.lastIndex = t;
      const dateLike = DATE_LIKE.exec(line);
      if (dateLike) {
        scan.problems.push({
          line: lineNo,
          column: t + 1,
          endColumn: t + 1 + dateLike[1].length,
          message: `log entry date "${dateLike[1]}" is not written as YYYY-MM-DD; the entry is not counted`,
        });
      }
    }
  }
  return scan;
}

/** The first character after at most three spaces of indentation (NaN past the end). */
function leadOf(line: string): number {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  return line.charCodeAt(i);
}

/** Where a list item's text starts (after `- `, `* `, `+ `, `1. `, `1) `), or -1. */
function listTextStart(line: string): number {
  let i = 0;
  let c = line.charCodeAt(0);
  while (c === 32 || c === 9) c = line.charCodeAt(++i);
  if (c === 45 || c === 42 || c === 43) i++;
  else {
    const digitsStart = i;
    while (c >= 48 && c <= 57) c = line.charCodeAt(++i);
    if (i === digitsStart || i - digitsStart > 9 || (c !== 46 && c !== 41)) return -1;
    i++;
  }
  c = line.charCodeAt(i);
  if (c !== 32 && c !== 9) return -1;
  while (c === 32 || c === 9) c = line.charCodeAt(++i);
  return i < line.length ? i : -1;
}

function isTask(line: string, t: number): boolean {
  if (line.charCodeAt(t) !== 91 /* [ */ || line.charCodeAt(t + 2) !== 93 /* ] */) return false;
  const mark = line.charCodeAt(t + 1);
  if (mark !== 32 && mark !== 120 && mark !== 88) return false;
  const after = line.charCodeAt(t + 3);
  return Number.isNaN(after) || after === 32 || after === 9;
}

/** `NNNN-NN-NN` at `t`, followed by the end of the line, a space or punctuation. */
function isIsoShape(line: string, t: number): boolean {
  for (let i = 0; i < 10; i++) {
    const c = line.charCodeAt(t + i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  const after = line.charCodeAt(t + 10);
  // end, space, tab , : ; . ) ]
  return Number.isNaN(after) || after === 32 || after === 9 || after === 44 || after === 58 || after === 59 || after === 46 || after === 41 || after === 93;
}

function readEntry(scan: BodyScan, line: string, t: number, lineNo: number, synonyms: Readonly<Record<string, string>>): void {
  const date = parseIsoDayAt(line, t);
  if (date === undefined) {
    scan.problems.push({
      line: lineNo,
      column: t + 1,
      endColumn: t + 11,
      message: `log entry date ${line.slice(t, t + 10)} does not exist; the entry is not counted`,
    });
    return;
  }
  let p = t + 10;
  let minutes: number | undefined;
  let hours: number | undefined;
  const clock = readClock(line, p);
  if (clock) {
    if (clock.hour < 24 && clock.minute < 60) minutes = clock.hour * 60 + clock.minute;
    else {
      const column = clock.hourStart + 1;
      const hh = line.slice(clock.hourStart, clock.colon);
      const mm = line.slice(clock.colon + 1, clock.end);
      scan.problems.push({
        line: lineNo,
        column,
        endColumn: column + hh.length + 3,
        message: `time ${hh}:${mm} is not a 24-hour HH:MM time; the entry counts without a time`,
      });
    }
    p = clock.end;
  }
  const duration = readDuration(line, p);
  if (duration) {
    hours = duration.hours;
    p = duration.end;
  }
  scan.log.push({ line: lineNo, date, minutes, hours, text: line.slice(p).trim(), tags: readTags(line, p, synonyms) });
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** End of the run of spaces and tabs at `from` (`from` itself when there is none). */
function skipBlanks(line: string, from: number): number {
  while (isBlank(line.charCodeAt(from))) from++;
  return from;
}

/** End of the run of ASCII digits at `from`. */
function skipDigits(line: string, from: number): number {
  while (isDigit(line.charCodeAt(from))) from++;
  return from;
}

interface Clock {
  hour: number;
  minute: number;
  /** Where the hour's digits start, where its colon is, and just past the minutes. */
  hourStart: number;
  colon: number;
  end: number;
}

/**
 * A time of day after the date: blanks, then `H:MM` or `HH:MM`, then the end
 * of the line or a blank. Out-of-range values (25:99) are returned for the
 * caller to report. (A char-code reading of `[ \t]+(\d{1,2}):(\d{2})(?=$|[ \t])`.)
 */
function readClock(line: string, from: number): Clock | undefined {
  const hourStart = skipBlanks(line, from);
  if (hourStart === from) return undefined;
  const colon = skipDigits(line, hourStart);
  if (colon === hourStart || colon - hourStart > 2 || line.charCodeAt(colon) !== 58 /* : */) return undefined;
  const end = colon + 3;
  if (!isDigit(line.charCodeAt(colon + 1)) || !isDigit(line.charCodeAt(colon + 2))) return undefined;
  if (end < line.length && !isBlank(line.charCodeAt(end))) return undefined;
  const hour = colon - hourStart === 1 ? digitAt(line, hourStart) : digitAt(line, hourStart) * 10 + digitAt(line, hourStart + 1);
  const minute = digitAt(line, colon + 1) * 10 + digitAt(line, colon + 2);
  return { hour, minute, hourStart, colon, end };
}

function digitAt(line: string, at: number): number {
  return line.charCodeAt(at) - 48;
}

// Units of a duration, tried in this order (as a regex alternation would be),
// by their first letter.
const HOUR_UNITS = ['h', 'hr', 'hrs'];
const MINUTE_UNITS = ['m', 'min', 'mins'];

/**
 * A duration of work: blanks, then a number (`1`, `1.5`), then a unit from
 * DURATION_UNITS in any case, optionally minutes after hours (`1h30m`), then
 * the end of the line, a blank or `,;.`. A char-code reading of
 * `[ \t]+(\d+(?:\.\d+)?)(h|hr|hrs|m|min|mins)(?:(\d{1,2})m)?(?=$|[ \t,;.])`
 * (case-insensitive), which a test holds it to.
 */
function readDuration(line: string, from: number): { hours: number; end: number } | undefined {
  const numberStart = skipBlanks(line, from);
  if (numberStart === from) return undefined;
  let numberEnd = skipDigits(line, numberStart);
  if (numberEnd === numberStart) return undefined;
  if (line.charCodeAt(numberEnd) === 46 /* . */ && isDigit(line.charCodeAt(numberEnd + 1))) numberEnd = skipDigits(line, numberEnd + 1);
  const letter = line.charCodeAt(numberEnd) | 32;
  const units = letter === 104 /* h */ ? HOUR_UNITS : letter === 109 /* m */ ? MINUTE_UNITS : undefined;
  if (!units) return undefined;
  for (const unit of units) {
    const unitEnd = numberEnd + unit.length;
    if (!unitAt(line, numberEnd, unit)) continue;
    // Minutes after the hours: one or two digits and an `m`.
    const extraEnd = skipDigits(line, unitEnd);
    let end = unitEnd;
    let extra = '';
    if (extraEnd > unitEnd) {
      if (extraEnd - unitEnd > 2 || (line.charCodeAt(extraEnd) | 32) !== 109 /* m */) continue;
      extra = line.slice(unitEnd, extraEnd);
      end = extraEnd + 1;
    }
    if (!endsDuration(line, end)) continue;
    const amount = decimalAt(line, numberStart, numberEnd);
    const hours = unit[0] === 'h' ? amount + (extra ? Number(extra) / 60 : 0) : amount / 60;
    return { hours, end };
  }
  return undefined;
}

/**
 * The value of the decimal number `line[start, end)` (digits, optionally a
 * dot and digits), as Number() would read it. All its digits as a whole
 * number divided by a power of ten is the same double while both are exact
 * (below 2^53 and 10^22): IEEE division rounds the exact quotient, as Number()
 * rounds the exact decimal. Longer numbers are left to Number().
 */
function decimalAt(line: string, start: number, end: number): number {
  let whole = 0;
  let scale = 1;
  let seenDot = false;
  for (let i = start; i < end; i++) {
    const c = line.charCodeAt(i);
    if (c === 46) seenDot = true;
    else {
      whole = whole * 10 + (c - 48);
      if (seenDot) scale *= 10;
    }
  }
  if (whole > Number.MAX_SAFE_INTEGER || scale > 1e22) return Number(line.slice(start, end));
  return whole / scale;
}

/** Whether `unit` (lower case) is at `at`, in any case. */
function unitAt(line: string, at: number, unit: string): boolean {
  for (let i = 0; i < unit.length; i++) if ((line.charCodeAt(at + i) | 32) !== unit.charCodeAt(i)) return false;
  return true;
}

/** The end of the line, a blank, `,`, `;` or `.`. */
function endsDuration(line: string, at: number): boolean {
  if (at >= line.length) return true;
  const c = line.charCodeAt(at);
  return isBlank(c) || c === 44 || c === 59 || c === 46;
}

const KNOWN = new Set<string>(KNOWN_TAGS);
const NO_TAGS: KnownTag[] = [];

function readTags(text: string, from: number, synonyms: Readonly<Record<string, string>>): KnownTag[] {
  let hash = text.indexOf('#', from);
  if (hash < 0) return NO_TAGS;
  const tags: KnownTag[] = [];
  for (; hash >= 0; hash = text.indexOf('#', hash + 1)) {
    const before = text.charCodeAt(hash - 1);
    if (hash > 0 && before !== 32 && before !== 9 && before !== 40 /* ( */) continue;
    let end = hash + 1;
    const c0 = text.charCodeAt(end) | 32;
    if (c0 < 97 || c0 > 122) continue;
    for (let c = text.charCodeAt(end); isTagChar(c); c = text.charCodeAt(++end));
    let tag: string | undefined = knownTagAt(text, hash + 1, end);
    if (tag === undefined) {
      const raw = text.slice(hash + 1, end).toLowerCase();
      tag = synonyms[raw] ?? BUILT_IN_SYNONYMS[raw];
    }
    if (tag && KNOWN.has(tag) && !tags.includes(tag as KnownTag)) tags.push(tag as KnownTag);
  }
  return tags.length ? tags : NO_TAGS;
}

const KNOWN_TABLE = literalTable(KNOWN_TAGS);

/**
 * The known tag written at `text[start, end)` in any case, or undefined: the
 * same as looking up the lower-cased slice, without slicing and lower-casing
 * every tag of every entry (tag characters are ASCII).
 */
function knownTagAt(text: string, start: number, end: number): KnownTag | undefined {
  return literalAt(KNOWN_TABLE, text, start, end, true);
}

function isTagChar(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 45 || c === 95;
}

/** Removes `<!-- … -->` spans from a line; `open` says whether a comment continues past it. */
function stripComments(line: string, inComment: boolean): { text: string; open: boolean } {
  let out = '';
  let i = 0;
  let open = inComment;
  while (i < line.length) {
    if (open) {
      const close = line.indexOf('-->', i);
      if (close < 0) return { text: out, open: true };
      i = close + 3;
      open = false;
    } else {
      const start = line.indexOf('<!--', i);
      if (start < 0) {
        out += line.slice(i);
        break;
      }
      out += line.slice(i, start);
      i = start + 4;
      open = true;
    }
  }
  return { text: out, open };
}
