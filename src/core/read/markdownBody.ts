/**
 * The markdown structure of a note's body, read line by line: headings
 * (ATX and setext), list items, task items, fenced code and HTML comments.
 * A list item that starts with a date is handed to the log-entry grammar
 * (logEntry.ts). A line scanner rather than a full markdown parse:
 * markdown-it costs about five times the file read for a large workspace, and
 * all that is needed here is that structure. A test holds the scanner to
 * markdown-it's reading of the same documents.
 */
import { isIsoShape, LineProblem, LogEntry, readLogEntry, misdatedEntryProblem } from './logEntry';

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
  problems: LineProblem[];
  /**
   * A code fence or HTML comment still open at the end of the body, with the
   * note line that opened it: whatever is appended after it is inside it.
   */
  openAtEnd?: { kind: 'fence' | 'comment'; line: number };
}

// The regexes below run only on lines whose first non-space character could
// start what they match (checked with char codes first): most lines of a
// note are log entries and plain text, and never reach them.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const LOG_HEADING = /^(?:log|catatan)\b/i;

/**
 * `synonyms` maps lower-case tags to canonical ones (built-in plus settings).
 * `firstLine` is the note line where `body` starts.
 */
export function scanBody(body: string, firstLine: number, synonyms: Readonly<Record<string, string>>): BodyScan {
  const scan: BodyScan = { headings: [], firstH1: -1, log: [], tasks: [], problems: [] };
  let fence = '';
  let fenceLine = 0;
  let inComment = false;
  let commentLine = 0;
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
      if (stripped.open && !inComment) commentLine = lineNo;
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
        fenceLine = lineNo;
        previousText = '';
        continue;
      }
    }
    if (lead === 35 /* # */) {
      const heading = atxHeading(line);
      if (heading) {
        addHeading(lineNo, heading.level, heading.text.trim());
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
      const entry = readLogEntry(line, t, lineNo, synonyms, scan.problems);
      if (entry) scan.log.push(entry);
      continue;
    }
    if (inLogSection) {
      const problem = misdatedEntryProblem(line, t, lineNo);
      if (problem) scan.problems.push(problem);
    }
  }
  if (fence) scan.openAtEnd = { kind: 'fence', line: fenceLine };
  else if (inComment) scan.openAtEnd = { kind: 'comment', line: commentLine };
  return scan;
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * An ATX heading (`## Log`, `# Name #`): up to three spaces, one to six `#`,
 * then the end of the line or a blank and the text, without an optional
 * closing run of `#` that follows a blank. A scan for what
 * `^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$` matched; that regex
 * took quadratic time on a long run of blanks inside a heading.
 */
export function atxHeading(line: string): { level: number; text: string } | undefined {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  const hashes = i;
  while (line.charCodeAt(i) === 35) i++;
  const level = i - hashes;
  if (level < 1 || level > 6) return undefined;
  let end = line.length;
  if (i === end) return { level, text: '' };
  if (!isBlankCode(line.charCodeAt(i))) return undefined;
  // `.` in the regex stops at these: such a line was never a heading.
  for (let k = i; k < end; k++) {
    const c = line.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return undefined;
  }
  while (i < end && isBlankCode(line.charCodeAt(i))) i++;
  while (end > i && isBlankCode(line.charCodeAt(end - 1))) end--;
  let h = end;
  while (h > i && line.charCodeAt(h - 1) === 35) h--;
  if (h < end) {
    if (h === i) return { level, text: '' };
    if (isBlankCode(line.charCodeAt(h - 1))) {
      end = h;
      while (end > i && isBlankCode(line.charCodeAt(end - 1))) end--;
    }
  }
  return { level, text: line.slice(i, end) };
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
