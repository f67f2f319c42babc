/**
 * Reads a note's markdown body line by line: log entries, task items,
 * headings. A line scanner rather than a full markdown parse: markdown-it
 * costs about five times the file read for a large workspace, and all that is
 * needed here is list items, headings, fenced code and HTML comments. A test
 * holds the scanner to markdown-it's reading of the same documents.
 */
import { CalendarDay, parseIsoDayAt } from './dates';

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

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const LOG_HEADING = /^(?:log|catatan)\b/i;
const DATE_LIKE = /(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\b/y;
const CLOCK = /[ \t]+(\d{1,2}):(\d{2})(?=$|[ \t])/y;
const DURATION = /[ \t]+(\d+(?:\.\d+)?)(h|hr|hrs|m|min|mins)(?:(\d{1,2})m)?(?=$|[ \t,;.])/iy;

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
    let line = body.slice(start, end);
    start = end + 1;
    lineNo++;
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);

    let first = line.charCodeAt(0);
    if (fence) {
      if (first === 96 || first === 126 || first === 32) {
        const close = FENCE.exec(line);
        if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = '';
      }
      continue;
    }
    if (inComment || line.includes('<!--')) {
      const stripped = stripComments(line, inComment);
      inComment = stripped.open;
      line = stripped.text;
      if (line.trim() === '') {
        previousText = '';
        continue;
      }
      first = line.charCodeAt(0);
    }
    if (first === 96 /* ` */ || first === 126 /* ~ */ || first === 32) {
      const fenceOpen = FENCE.exec(line);
      if (fenceOpen && !(fenceOpen[1][0] === '`' && line.slice(fenceOpen[0].length).includes('`'))) {
        fence = fenceOpen[1];
        previousText = '';
        continue;
      }
    }
    if (first === 35 /* # */ || first === 32) {
      const heading = ATX_HEADING.exec(line);
      if (heading) {
        addHeading(lineNo, heading[1].length, (heading[2] ?? '').trim());
        continue;
      }
    }
    if (previousText && (first === 61 /* = */ || first === 32) && SETEXT_H1.test(line)) {
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
  CLOCK.lastIndex = p;
  const clock = CLOCK.exec(line);
  if (clock) {
    const h = Number(clock[1]);
    const m = Number(clock[2]);
    if (h < 24 && m < 60) minutes = h * 60 + m;
    else {
      const column = p + clock[0].indexOf(clock[1]) + 1;
      scan.problems.push({
        line: lineNo,
        column,
        endColumn: column + clock[1].length + 3,
        message: `time ${clock[1]}:${clock[2]} is not a 24-hour HH:MM time; the entry counts without a time`,
      });
    }
    p = CLOCK.lastIndex;
  }
  DURATION.lastIndex = p;
  const duration = DURATION.exec(line);
  if (duration) {
    const amount = Number(duration[1]);
    const unit = duration[2].charCodeAt(0) | 32; // lower case
    hours = unit === 104 /* h */ ? amount + (duration[3] ? Number(duration[3]) / 60 : 0) : amount / 60;
    p = DURATION.lastIndex;
  }
  scan.log.push({ line: lineNo, date, minutes, hours, text: line.slice(p).trim(), tags: readTags(line, p, synonyms) });
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
    const raw = text.slice(hash + 1, end).toLowerCase();
    const tag = KNOWN.has(raw) ? raw : (synonyms[raw] ?? BUILT_IN_SYNONYMS[raw]);
    if (tag && KNOWN.has(tag) && !tags.includes(tag as KnownTag)) tags.push(tag as KnownTag);
  }
  return tags.length ? tags : NO_TAGS;
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
