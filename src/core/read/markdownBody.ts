/**
 * The markdown structure of a note's body, read line by line: headings
 * (ATX and setext), list items, task items, fenced code and HTML comments.
 * A list item that starts with a date is handed to the log-entry grammar
 * (logEntry.ts). A line scanner rather than a full markdown parse:
 * markdown-it costs about five times the file read for a large workspace, and
 * all that is needed here is that structure. A test holds the scanner to
 * markdown-it's reading of the same documents.
 */
import { ENGLISH, L10n } from '../l10n';
import { isIsoShapeIn, LineProblem, LogEntry, readLogEntryIn, misdatedEntryProblem, trimmedSlice } from './logEntry';

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
  /**
   * The code fences and HTML comments that span lines and are closed: from
   * the line that opens one to the line that closes it. Text inserted
   * between those lines is inside it (for an edit to keep out of them).
   */
  closedBlocks?: ClosedBlock[];
}

export interface ClosedBlock {
  kind: 'fence' | 'comment';
  from: number;
  to: number;
}

// The regexes below run only on lines whose first non-space character could
// start what they match (checked with char codes first): most lines of a
// note are log entries and plain text, and never reach them.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
/** A heading that starts a log section (`## Log`, `## Catatan`): the reader's and the edits' one test. */
export const LOG_HEADING = /^(?:log|catatan)\b/i;

/**
 * `synonyms` maps lower-case tags to canonical ones (built-in plus settings).
 * `firstLine` is the note line where the body starts: at `from` in `body`
 * (the note reader passes the whole note and the offset after its
 * frontmatter).
 *
 * Lines are read where they stand, as offsets: nothing is sliced out but
 * the texts kept (an entry's text, a heading's, a task's), since most lines
 * are log entries read once. (Reading characters of the note's own flat
 * string is also ~1.5x faster than reading a slice of it.)
 */
export function scanBody(body: string, firstLine: number, synonyms: Readonly<Record<string, string>>, from = 0, l10n: L10n = ENGLISH): BodyScan {
  const scan: BodyScan = { headings: [], firstH1: -1, log: [], tasks: [], problems: [] };
  let fence = '';
  let fenceLine = 0;
  let inComment = false;
  let commentLine = 0;
  let section = -1;
  let inLogSection = false;
  // The previous line when it was paragraph text, for setext (`===`)
  // headings: where it stands (trimmed only if a `===` line follows).
  let previousSource = '';
  let previousStart = -1;
  let previousEnd = -1;
  let lineNo = firstLine - 1;
  let start = from;
  const length = body.length;
  // Where the next `<!--` and the next `#` start: found once for the whole
  // body rather than searched for in every line.
  let nextComment = body.indexOf('<!--', from);
  let nextHash = body.indexOf('#', from);

  while (start < length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = length;
    const lineStart = start;
    start = end + 1;
    lineNo++;
    if (end > lineStart && body.charCodeAt(end - 1) === 13) end--;
    // The line is src[s, e): the body itself, or the line with its comments removed.
    let src = body;
    let s = lineStart;
    let e = end;

    // The first character after up to three spaces of indentation: what
    // decides whether the line can be a fence, a heading or a setext line.
    let lead = leadOf(src, s, e);
    if (fence) {
      if (lead === 96 || lead === 126) {
        const line = src.slice(s, e);
        const close = FENCE.exec(line);
        if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) {
          fence = '';
          (scan.closedBlocks ??= []).push({ kind: 'fence', from: fenceLine, to: lineNo });
        }
      }
      continue;
    }
    if (nextComment >= 0 && nextComment < lineStart) nextComment = body.indexOf('<!--', lineStart);
    // `<!--` cannot span a line break, so one that starts before `end` is in this line.
    if (inComment || (nextComment >= 0 && nextComment < end)) {
      const stripped = stripComments(body.slice(s, e), inComment);
      if (stripped.open && !inComment) commentLine = lineNo;
      // Closed on a later line than it opened (a comment inside one line holds no line).
      if (inComment && !stripped.open) (scan.closedBlocks ??= []).push({ kind: 'comment', from: commentLine, to: lineNo });
      inComment = stripped.open;
      src = stripped.text;
      s = 0;
      e = src.length;
      if (src.trim() === '') {
        previousStart = -1;
        continue;
      }
      lead = leadOf(src, s, e);
    }
    if (lead === 96 /* ` */ || lead === 126 /* ~ */) {
      const line = src.slice(s, e);
      const fenceOpen = FENCE.exec(line);
      if (fenceOpen && !(fenceOpen[1][0] === '`' && line.slice(fenceOpen[0].length).includes('`'))) {
        fence = fenceOpen[1];
        fenceLine = lineNo;
        previousStart = -1;
        continue;
      }
    }
    if (lead === 35 /* # */) {
      const heading = atxHeading(src.slice(s, e));
      if (heading) {
        section = addHeading(scan, lineNo, heading.level, heading.text.trim());
        inLogSection = LOG_HEADING.test(scan.headings[section].text);
        previousStart = -1;
        continue;
      }
    }
    if (previousStart >= 0 && lead === 61 /* = */ && SETEXT_H1.test(src.slice(s, e))) {
      const previous = previousSource.slice(previousStart, previousEnd).trim();
      if (previous) {
        section = addHeading(scan, lineNo - 1, 1, previous);
        inLogSection = LOG_HEADING.test(previous);
        previousStart = -1;
        continue;
      }
    }

    const t = listTextStart(src, s, e);
    if (t < 0) {
      previousSource = src;
      previousStart = s;
      previousEnd = e;
      continue;
    }
    previousStart = -1;
    if (isTask(src, t, e)) {
      scan.tasks.push({ line: lineNo, checked: src.charCodeAt(t + 1) !== 32, text: trimmedSlice(src, t + 3, e), section });
      continue;
    }
    if (isIsoShapeIn(src, t, e)) {
      let hash = -1;
      if (src === body) {
        if (nextHash >= 0 && nextHash < t) nextHash = body.indexOf('#', t);
        if (nextHash >= 0 && nextHash < e) hash = nextHash;
      } else hash = src.indexOf('#', t);
      const entry = readLogEntryIn(src, t, e, s, lineNo, synonyms, scan.problems, hash, l10n);
      if (entry) scan.log.push(entry);
      continue;
    }
    if (inLogSection) {
      const problem = misdatedEntryProblem(src.slice(s, e), t - s, lineNo, l10n);
      if (problem) scan.problems.push(problem);
    }
  }
  if (fence) scan.openAtEnd = { kind: 'fence', line: fenceLine };
  else if (inComment) scan.openAtEnd = { kind: 'comment', line: commentLine };
  return scan;
}

/**
 * Adds a heading, returning its index (the section that follows). Not a
 * closure in scanBody: variables a closure shares live in memory, not in
 * registers, and the scanner's loop writes them on every line.
 */
function addHeading(scan: BodyScan, line: number, level: number, text: string): number {
  const section = scan.headings.length;
  scan.headings.push({ line, level, text });
  if (level === 1 && scan.firstH1 < 0) scan.firstH1 = section;
  return section;
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

/** The first character of the line `text[s, e)` after at most three spaces of indentation (NaN past its end). */
function leadOf(text: string, s: number, e: number): number {
  let i = s;
  while (i < s + 3 && text.charCodeAt(i) === 32) i++;
  return i < e ? text.charCodeAt(i) : NaN;
}

/**
 * Where the text of a list item on the line `text[s, e)` starts (after `- `,
 * `* `, `+ `, `1. `, `1) `), or -1. No loop below can run past `e`: the line
 * ends at a line break or at the end of the text, which none of them skips.
 */
function listTextStart(text: string, s: number, e: number): number {
  let i = s;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  if (c === 45 || c === 42 || c === 43) i++;
  else {
    const digitsStart = i;
    while (c >= 48 && c <= 57) c = text.charCodeAt(++i);
    if (i === digitsStart || i - digitsStart > 9 || (c !== 46 && c !== 41)) return -1;
    i++;
  }
  c = i < e ? text.charCodeAt(i) : NaN;
  if (c !== 32 && c !== 9) return -1;
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  return i < e ? i : -1;
}

function isTask(text: string, t: number, e: number): boolean {
  if (text.charCodeAt(t) !== 91 /* [ */ || t + 2 >= e || text.charCodeAt(t + 2) !== 93 /* ] */) return false;
  const mark = text.charCodeAt(t + 1);
  if (mark !== 32 && mark !== 120 && mark !== 88) return false;
  if (t + 3 >= e) return true;
  const after = text.charCodeAt(t + 3);
  return after === 32 || after === 9;
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
