/**
 * The grammar of one log entry, the text of a list item that starts with a
 * date: `YYYY-MM-DD [HH:MM] [duration] text #tag #tag`. Read with char codes
 * rather than regexes: it runs for most lines of every note, and a test holds
 * each reader to the regex it stands for.
 */
import { CalendarDay, isPlausibleDay, MAX_YEAR, MIN_YEAR, parseIsoDayAt } from '../dates';
import { isDigit } from '../chars';
import { ENGLISH, L10n } from '../l10n';
import { BUILT_IN_SYNONYMS, canonicalTag, CHANNEL_WORDS, CONTACT_TAGS, KNOWN_TAGS, KnownTag, OWN_WORK_TAGS, TAG_BIT } from '../tags';

export type { KnownTag } from '../tags';

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
  /** Known tags, canonical names, each once, in the order written. */
  tags: KnownTag[];
  /** The same tags as bits (TAG_BIT). */
  tagBits: number;
  /**
   * A contact (the client reaching out or asking), not the freelancer's own
   * work: only contacts can be after hours (entryIsContact).
   */
  contact: boolean;
}

/** A defect found while reading a body line (1-based line and columns). */
export interface LineProblem {
  line: number;
  column?: number;
  endColumn?: number;
  message: string;
}

/** The longest duration of one entry read as real (hours); longer is a problem. */
export const MAX_ENTRY_HOURS = 1000;

const DATE_LIKE = /(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\b/y;

/** `NNNN-NN-NN` at `t`, followed by the end of the line, a space or punctuation. */
export function isIsoShape(line: string, t: number): boolean {
  return isIsoShapeIn(line, t, line.length);
}

/** `isIsoShape` on the line `text[…, e)`, read where it stands. */
export function isIsoShapeIn(text: string, t: number, e: number): boolean {
  // Past the end of the line a character reads as NaN, as in a line of its
  // own: it fails a dash and passes a digit (`2026-11-0` is read, and
  // reported as a date that does not exist).
  for (let i = 0; i < 10; i++) {
    const c = t + i < e ? text.charCodeAt(t + i) : NaN;
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  if (t + 10 >= e) return true;
  const after = text.charCodeAt(t + 10);
  // end, space, tab , : ; . ) ]
  return after === 32 || after === 9 || after === 44 || after === 58 || after === 59 || after === 46 || after === 41 || after === 93;
}

/**
 * The log entry of a list item whose text (from `t`) starts with an ISO-shaped
 * date, or undefined when that date does not exist; defects go to `problems`.
 */
export function readLogEntry(
  line: string,
  t: number,
  lineNo: number,
  synonyms: Readonly<Record<string, string>>,
  problems: LineProblem[],
  l10n: L10n = ENGLISH,
): LogEntry | undefined {
  return readLogEntryIn(line, t, line.length, 0, lineNo, synonyms, problems, line.indexOf('#', t), l10n);
}

/**
 * `readLogEntry` on the line `text[s, e)`, read where it stands (the body
 * scanner passes the whole body): columns count from `s`. `hash` is the first
 * `#` at or after `t` when it is before `e`, else -1.
 */
export function readLogEntryIn(
  text: string,
  t: number,
  e: number,
  s: number,
  lineNo: number,
  synonyms: Readonly<Record<string, string>>,
  problems: LineProblem[],
  hash: number,
  /** The words of its problems. */
  l10n: L10n,
): LogEntry | undefined {
  const date = parseIsoDayAt(text, t);
  if (date === undefined) {
    problems.push({
      line: lineNo,
      column: t - s + 1,
      endColumn: t - s + 11,
      message: l10n.t('log entry date {0} does not exist; the entry is not counted', text.slice(t, Math.min(t + 10, e))),
    });
    return undefined;
  }
  if (!isPlausibleDay(date)) {
    problems.push({
      line: lineNo,
      column: t - s + 1,
      endColumn: t - s + 11,
      message: l10n.t('log entry date {0} is not between {1} and {2}; the entry is not counted', text.slice(t, Math.min(t + 10, e)), MIN_YEAR, MAX_YEAR),
    });
    return undefined;
  }
  let p = t + 10;
  let minutes: number | undefined;
  let hours: number | undefined;
  const clock = readClock(text, p, e);
  if (clock) {
    if (clock.hour < 24 && clock.minute < 60) minutes = clock.hour * 60 + clock.minute;
    else {
      const column = clock.hourStart - s + 1;
      const hh = text.slice(clock.hourStart, clock.colon);
      const mm = text.slice(clock.colon + 1, clock.end);
      problems.push({
        line: lineNo,
        column,
        endColumn: column + hh.length + 3,
        message: l10n.t('time {0}:{1} is not a 24-hour HH:MM time; the entry counts without a time', hh, mm),
      });
    }
    p = clock.end;
  }
  const duration = readDuration(text, p, e);
  if (duration) {
    if (duration.hours <= MAX_ENTRY_HOURS) hours = duration.hours;
    else {
      const start = skipBlanks(text, p);
      problems.push({
        line: lineNo,
        column: start - s + 1,
        endColumn: duration.end - s + 1,
        message: l10n.t(
          'duration {0} is too large to be real (over {1}h); the entry counts without it',
          `${text.slice(start, Math.min(duration.end, start + 20))}${duration.end - start > 20 ? '…' : ''}`,
          MAX_ENTRY_HOURS,
        ),
      });
    }
    p = duration.end;
  }
  let tags = NO_TAGS;
  let tagBits = 0;
  if (hash >= 0) {
    tags = readTags(text, hash >= p ? hash : p, e, synonyms);
    tagBits = lastTagBits;
  }
  const entryText = trimmedSlice(text, p, e);
  return { line: lineNo, date, minutes, hours, text: entryText, tags, tagBits, contact: entryIsContact(entryText, tagBits, hours !== undefined) };
}

const CONTACT_BITS = CONTACT_TAGS.reduce((bits, tag) => bits | TAG_BIT[tag], 0);
const OWN_WORK_BITS = OWN_WORK_TAGS.reduce((bits, tag) => bits | TAG_BIT[tag], 0);

/**
 * Whether a log entry is a contact (../shared/spec/note-format.md, Log
 * entries: contacts and own work): tagged as the client's doing (`#urgent`,
 * `#revision`, …) it is; tagged as something the freelancer sent (`#waiting`,
 * `#delivered`) it is not; its text starting with a channel word (`Call`,
 * `Email`, `Mesej`, … and `extraWords` of the settings) it is; with a
 * duration it is own work; anything else is the client's ("Called twice").
 */
export function entryIsContact(text: string, tagBits: number, hasDuration: boolean, extraWords: readonly string[] = NO_WORDS): boolean {
  if ((tagBits & CONTACT_BITS) !== 0) return true;
  if ((tagBits & OWN_WORK_BITS) !== 0) return false;
  if (startsWithWord(text, CHANNEL_WORDS) || (extraWords.length > 0 && startsWithWord(text, extraWords))) return true;
  return !hasDuration;
}

const NO_WORDS: readonly string[] = [];

/** Whether `text` starts with one of `words` (lower case) in any case, as a whole word. */
function startsWithWord(text: string, words: readonly string[]): boolean {
  for (const word of words) {
    if (text.length < word.length) continue;
    let i = 0;
    for (; i < word.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c |= 32;
      if (c !== word.charCodeAt(i)) break;
    }
    if (i < word.length) continue;
    const after = text.charCodeAt(word.length);
    // The end, or anything but a letter or a digit (`Call:`, `Email,`, `WhatsApp —`).
    if (!(isDigit(after) || ((after | 32) >= 97 && (after | 32) <= 122) || after > 127)) return true;
  }
  return false;
}

/** `text.slice(from, end).trim()`, slicing once. */
export function trimmedSlice(text: string, from: number, end: number): string {
  while (from < end && isTrimmed(text.charCodeAt(from))) from++;
  while (end > from && isTrimmed(text.charCodeAt(end - 1))) end--;
  return text.slice(from, end);
}

/** What String.prototype.trim removes: ECMAScript's WhiteSpace and LineTerminator. */
function isTrimmed(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A list item in a log section whose text starts with something date-like
 * that is not `YYYY-MM-DD` (`3/11/2026`): not counted, and said so.
 */
export function misdatedEntryProblem(line: string, t: number, lineNo: number, l10n: L10n = ENGLISH): LineProblem | undefined {
  DATE_LIKE.lastIndex = t;
  const dateLike = DATE_LIKE.exec(line);
  if (!dateLike) return undefined;
  return {
    line: lineNo,
    column: t + 1,
    endColumn: t + 1 + dateLike[1].length,
    message: l10n.t('log entry date "{0}" is not written as YYYY-MM-DD; the entry is not counted', dateLike[1]),
  };
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
function readClock(line: string, from: number, lineEnd: number): Clock | undefined {
  const hourStart = skipBlanks(line, from);
  if (hourStart === from) return undefined;
  const colon = skipDigits(line, hourStart);
  if (colon === hourStart || colon - hourStart > 2 || line.charCodeAt(colon) !== 58 /* : */) return undefined;
  const end = colon + 3;
  if (end > lineEnd || !isDigit(line.charCodeAt(colon + 1)) || !isDigit(line.charCodeAt(colon + 2))) return undefined;
  if (end < lineEnd && !isBlank(line.charCodeAt(end))) return undefined;
  const hour = colon - hourStart === 1 ? digitAt(line, hourStart) : digitAt(line, hourStart) * 10 + digitAt(line, hourStart + 1);
  const minute = digitAt(line, colon + 1) * 10 + digitAt(line, colon + 2);
  return { hour, minute, hourStart, colon, end };
}

function digitAt(line: string, at: number): number {
  return line.charCodeAt(at) - 48;
}

// Units of a duration, tried in this order (as a regex alternation would be),
// by their first letter; `j`/`jam` and `minit` are the Malay hour and minute.
const HOUR_UNITS = ['h', 'hr', 'hrs'];
const JAM_UNITS = ['j', 'jam'];
const MINUTE_UNITS = ['m', 'min', 'mins', 'minit'];

/**
 * A duration of work: blanks, then a number (`1`, `1.5`), then a unit from
 * HOUR_UNITS, JAM_UNITS or MINUTE_UNITS in any case, optionally minutes after hours (`1h30m`),
 * then the end of the line, a blank or `,;.`. A char-code reading of
 * `[ \t]+(\d+(?:\.\d+)?)(h|hr|hrs|j|jam|m|min|mins|minit)(?:(\d{1,2})m)?(?=$|[ \t,;.])`
 * (case-insensitive), which a test holds it to.
 */
function readDuration(line: string, from: number, lineEnd: number): { hours: number; end: number } | undefined {
  const numberStart = skipBlanks(line, from);
  if (numberStart === from) return undefined;
  let numberEnd = skipDigits(line, numberStart);
  if (numberEnd === numberStart) return undefined;
  if (line.charCodeAt(numberEnd) === 46 /* . */ && isDigit(line.charCodeAt(numberEnd + 1))) numberEnd = skipDigits(line, numberEnd + 1);
  const letter = line.charCodeAt(numberEnd) | 32;
  const units = letter === 104 /* h */ ? HOUR_UNITS : letter === 106 /* j */ ? JAM_UNITS : letter === 109 /* m */ ? MINUTE_UNITS : undefined;
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
    if (!endsDuration(line, end, lineEnd)) continue;
    const amount = decimalAt(line, numberStart, numberEnd);
    const hours = unit[0] !== 'm' ? amount + (extra ? Number(extra) / 60 : 0) : amount / 60;
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
function endsDuration(line: string, at: number, lineEnd: number): boolean {
  if (at >= lineEnd) return true;
  const c = line.charCodeAt(at);
  return isBlank(c) || c === 44 || c === 59 || c === 46;
}

const NO_TAGS: KnownTag[] = [];

/** The bits (TAG_BIT) of the tags the last call of readTags read. */
let lastTagBits = 0;

/**
 * The tags of the line's text from `first` (its first `#`) to `lineEnd`,
 * found with one bounded pass over the line's characters; their bits are
 * left in lastTagBits.
 */
function readTags(text: string, first: number, lineEnd: number, synonyms: Readonly<Record<string, string>>): KnownTag[] {
  let tags: KnownTag[] | undefined;
  let bits = 0;
  for (let hash = first; hash < lineEnd; hash++) {
    if (text.charCodeAt(hash) !== 35 /* # */) continue;
    const before = text.charCodeAt(hash - 1);
    if (hash > 0 && before !== 32 && before !== 9 && before !== 40 /* ( */) continue;
    const start = hash + 1;
    const c0 = text.charCodeAt(start) | 32;
    if (c0 < 97 || c0 > 122) continue;
    let end = start;
    for (let c = text.charCodeAt(end); isTagChar(c); c = text.charCodeAt(++end));
    hash = end - 1;
    const tag = tagAt(text, start, end, synonyms);
    if (tag === undefined) continue;
    const bit = TAG_BIT[tag];
    if ((bits & bit) !== 0) continue; // each tag once
    bits |= bit;
    if (tags === undefined) tags = [tag];
    else tags.push(tag);
  }
  lastTagBits = bits;
  return tags ?? NO_TAGS;
}

/** A tag name of the table: a known tag, or a built-in synonym of one. */
interface TagWord {
  word: string;
  tag: KnownTag;
  synonym: boolean;
}

// The table's words by length.
const TAG_WORDS: TagWord[][] = [];
for (const tag of KNOWN_TAGS) (TAG_WORDS[tag.length] ??= []).push({ word: tag, tag, synonym: false });
for (const [word, tag] of Object.entries(BUILT_IN_SYNONYMS)) (TAG_WORDS[word.length] ??= []).push({ word, tag, synonym: true });

/**
 * The known tag that the tag name `text[start, end)` stands for, in any case,
 * or undefined: the same as canonicalTag of the lower-cased slice, without
 * slicing and lower-casing the names of the table (tag characters are ASCII).
 * A built-in synonym that the settings map elsewhere goes to canonicalTag.
 */
function tagAt(text: string, start: number, end: number, synonyms: Readonly<Record<string, string>>): KnownTag | undefined {
  const candidates = TAG_WORDS[end - start];
  if (candidates !== undefined) {
    next: for (const w of candidates) {
      const word = w.word;
      for (let i = 0; i < word.length; i++) {
        let c = text.charCodeAt(start + i);
        if (c >= 65 && c <= 90) c |= 32;
        if (c !== word.charCodeAt(i)) continue next;
      }
      return w.synonym && Object.prototype.hasOwnProperty.call(synonyms, word) ? canonicalTag(word, synonyms) : w.tag;
    }
  }
  return canonicalTag(text.slice(start, end).toLowerCase(), synonyms);
}

function isTagChar(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 45 || c === 95;
}

