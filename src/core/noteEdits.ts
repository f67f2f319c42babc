/**
 * Targeted edits of a note's text, as pure functions: each returns the one
 * replacement to make (offsets into the text as an editor holds it), never a
 * rewritten note. The VS Code layer applies them as single undoable edits.
 */
import { CalendarDay, formatClock, formatIsoDay } from './dates';
import { findFrontmatter, lineEndAt, lineStarts, nextLineStart } from './read/frontmatter';
import { LOG_HEADING } from './read/markdownBody';
import { ClosedBlock } from './read/markdownBody';
import { ClientStatus, parseClientNote } from './read/note';
import { loadYaml } from './read/yaml';
import { oneLine } from './sinks';
import { OFFBOARDING_HEADING } from './offboard/progress';
import { DEFAULT_SETTINGS, FrictionSettings, Language } from './settings';

export interface TextEdit {
  /** Offset where the replaced span starts. */
  start: number;
  /** Offset just past the replaced span (= start for an insertion). */
  end: number;
  text: string;
}

const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** The note's first line break (`\r\n`, `\n` or a lone `\r`), `\n` when it has none. */
function eolOf(text: string): string {
  const at = lineEndAt(text, 0);
  return at < text.length ? breakAt(text, at) : '\n';
}

/** The line break at `at` (which is `\r` or `\n`), or '' at the end of the text. */
function breakAt(text: string, at: number): string {
  if (at >= text.length) return '';
  return text.charCodeAt(at) === 13 ? (text.charCodeAt(at + 1) === 10 ? '\r\n' : '\r') : '\n';
}


/** Offset of the end of 0-based line `line`, before its line break. */
function lineEnd(text: string, starts: number[], line: number): number {
  return lineEndAt(text, starts[line]);
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Whether the text ends with a line break. */
function endsWithBreak(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 10 || c === 13;
}

/** Whether the text ends with a blank line: a break, blanks, a break (what `/\n[ \t]*\r?\n$/` tested, for every kind of break). */
function endsWithBlankLine(text: string): boolean {
  if (!endsWithBreak(text)) return false;
  let i = text.length - 1;
  if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  i--;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i >= 0 && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13);
}

/** Whether the line before the line that starts at `offset` is blank (or there is none). */
function previousLineBlank(text: string, offset: number): boolean {
  let end = offset;
  if (text.charCodeAt(end - 1) === 10) end--;
  if (text.charCodeAt(end - 1) === 13) end--;
  if (end === offset) return true;
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  return isBlankLine(text, start, end);
}

/** Whether the text starts with a blank line (blanks, then a break). */
function startsWithBlankLine(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i < text.length && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13);
}

/** Whether nothing but whitespace and line breaks ends the text after its last line of content (the old `/\n\s*\n$/`). */
function endsWithBlankRun(text: string): boolean {
  let breaks = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
    else if (c !== 13 && c !== 32 && c !== 9 && c !== 11 && c !== 12) break;
    if (breaks >= 2) return endsWithBreak(text);
  }
  return false;
}

/** `- 2026-11-27 14:05 text #tag`, the log line format of the spec; the text is made one line. */
export function logEntryLine(day: CalendarDay, minutes: number | undefined, text: string, tags: readonly string[]): string {
  const time = minutes === undefined ? '' : ` ${formatClock(minutes)}`;
  const clean = oneLine(text).trim();
  const tagText = tags.map((t) => ` #${t}`).join('');
  return `- ${formatIsoDay(day)}${time}${clean ? ` ${clean}` : ''}${tagText}`;
}

/**
 * Appends a log line at the end of the note's `## Log` section (after its
 * last non-blank line), or adds the section at the end when there is none.
 * Never inside a code fence or HTML comment left open at the end of the
 * note, where the entry would not count: then it goes on its own line just
 * before the line that opened it.
 */
export function logInsertion(noteText: string, entry: string, settings: FrictionSettings): TextEdit {
  const eol = eolOf(noteText);
  const note = parseClientNote(noteText, { file: '', fileStem: '', settings });
  const starts = lineStarts(noteText);
  const open = note.openAtEnd;
  const beforeOpen = (text: string): TextEdit => {
    const at = starts[open!.line - 1];
    return { start: at, end: at, text };
  };
  const heading = note.headings.findIndex((h) => LOG_HEADING.test(h.text));
  if (heading < 0) {
    if (open) return beforeOpen(`## Log${eol}${entry}${eol}${eol}`);
    const needsBreak = noteText.length > 0 && !endsWithBreak(noteText);
    const blank = noteText.length === 0 || endsWithBlankRun(noteText) ? '' : eol;
    const prefix = `${needsBreak ? eol : ''}${blank}`;
    return { start: noteText.length, end: noteText.length, text: `${prefix}## Log${eol}${entry}${eol}` };
  }
  const head = note.headings[heading];
  const next = note.headings.slice(heading + 1).find((h) => h.level <= head.level);
  const sectionEnd = next ? next.line - 1 : starts.length; // 1-based last line of the section
  let last = head.line;
  for (let l = head.line + 1; l <= sectionEnd; l++) {
    const start = starts[l - 1];
    if (!isBlankLine(noteText, start, lineEndAt(noteText, start))) last = l;
  }
  if (open && open.line <= last) return beforeOpen(`${entry}${eol}`);
  const at = lineEnd(noteText, starts, last - 1);
  return { start: at, end: at, text: `${breakAt(noteText, at) || eol}${entry}` };
}

/** What Mark as Offboarding (any status change) would do to a note. */
export type StatusEditPlan =
  | { kind: 'edit'; edit: TextEdit }
  | { kind: 'unchanged' }
  /** A targeted edit is not safe on this frontmatter: `reason` says why, in plain words (it follows "the frontmatter …"). */
  | { kind: 'refused'; reason: string };

/** The edit of `planStatusEdit`, or undefined when there is none to make (already set, or refused). */
export function statusEdit(noteText: string, status: ClientStatus): TextEdit | undefined {
  const plan = planStatusEdit(noteText, status);
  return plan.kind === 'edit' ? plan.edit : undefined;
}

/**
 * Sets `status:` in the frontmatter, changing only its value: the key, any
 * comment on the line and every other byte stay as they are. Adds the line
 * (after `client:`, or first) when missing, and a frontmatter when none.
 * The frontmatter is found as the reader finds it (`findFrontmatter`); where
 * a targeted edit is not safe (flow style, a block scalar, a value on the
 * next line or over several lines, an anchor, alias or tag, YAML that does
 * not parse) it refuses, and every edit is checked by reading the edited
 * frontmatter back: the same fields, and the new status.
 */
export function planStatusEdit(noteText: string, status: ClientStatus): StatusEditPlan {
  const eol = eolOf(noteText);
  const block = findFrontmatter(noteText);
  if (!block) {
    const at = noteText.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { kind: 'edit', edit: { start: at, end: at, text: `---${eol}status: ${status}${eol}---${eol}` } };
  }
  if (!block.closed) return refuse('opened by --- on line 1 is never closed by a --- line; close it first');
  if (!block.isYaml) return refuse(`is written in "${block.language.slice(0, 20)}", not YAML`);
  const yaml = noteText.slice(block.yamlStart, block.yamlEnd);
  const data = readYamlMapping(yaml);
  if (data === undefined) return refuse('is not valid YAML; fix it first');
  if (data === null) return refuse('is not a list of "key: value" lines');
  const current = typeof data.status === 'string' ? data.status.trim().toLowerCase() : undefined;
  if (current === status) return { kind: 'unchanged' };

  const lines = topLevelLines(noteText, block.yamlStart, block.yamlEnd);
  if (lines === 'flow') return refuse('is written in flow style ({…}); set status: by hand');
  const found = lines.find((l) => l.key === 'status');
  let edit: TextEdit;
  if (found) {
    const planned = valueEdit(noteText, found, lines, status);
    if (typeof planned === 'string') return refuse(planned);
    edit = planned;
  } else {
    const client = lines.findIndex((l) => l.key === 'client');
    const after = client >= 0 && lines[client].simple ? lines[client] : undefined;
    const at = after ? after.nextLineStart : block.yamlStart;
    const lineBreak = after ? breakAt(noteText, after.end) || eol : eol;
    if (after && after.nextLineStart === after.end) {
      // `client:` is the last line and has no break: cannot happen before a closer; refuse rather than guess.
      return refuse('could not be edited safely; set status: by hand');
    }
    edit = { start: at, end: at, text: `status: ${status}${lineBreak}` };
  }
  // Read the edited frontmatter back: the same fields, and the new status.
  const edited = noteText.slice(0, edit.start) + edit.text + noteText.slice(edit.end);
  const after = findFrontmatter(edited);
  const check = after?.closed && after.isYaml ? readYamlMapping(edited.slice(after.yamlStart, after.yamlEnd)) : undefined;
  if (!check || check.status !== status || !sameFieldsBut(data, check, 'status')) {
    return refuse('is laid out in a way a targeted edit cannot change safely; set status: by hand');
  }
  return { kind: 'edit', edit };
}

function refuse(reason: string): StatusEditPlan {
  return { kind: 'refused', reason };
}

/** The YAML as a mapping; null when it is something else, undefined when it does not parse. */
function readYamlMapping(yaml: string): Record<string, unknown> | null | undefined {
  let data: unknown;
  try {
    data = loadYaml(yaml);
  } catch {
    return undefined;
  }
  if (data === undefined || data === null) return {};
  return typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

function sameFieldsBut(a: Record<string, unknown>, b: Record<string, unknown>, except: string): boolean {
  const keysA = Object.keys(a).filter((k) => k !== except);
  const keysB = Object.keys(b).filter((k) => k !== except);
  return keysA.length === keysB.length && keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => deepEqual(x, (b as unknown[])[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A line of the frontmatter at column 0 that is a `key:` line. */
interface TopLine {
  key: string;
  /** Offset just past the colon. */
  colon: number;
  /** Offset of the line's end (before its break). */
  end: number;
  nextLineStart: number;
  /** Whether indented lines follow (the value goes on, or is a block under the key). */
  continued: boolean;
  /** The value is on this line alone: not empty, not a block scalar, not continued, no open quote. */
  simple: boolean;
}

/**
 * The top-level `key:` lines of the YAML in `text[from, to)`, skipping the
 * lines inside a quoted value that runs over several lines; 'flow' when the
 * frontmatter is not a block mapping.
 */
function topLevelLines(text: string, from: number, to: number): TopLine[] | 'flow' {
  const out: TopLine[] = [];
  let quote = 0; // the quote of a value still open from an earlier line
  let pos = from;
  let previous: TopLine | undefined;
  let first = true;
  while (pos < to) {
    const end = Math.min(lineEndAt(text, pos), to);
    const next = Math.min(nextLineStart(text, end), to);
    const lineStart = pos;
    pos = next === end ? to : next;
    if (quote) {
      if (closingQuote(text, lineStart, end, quote) >= 0) quote = 0;
      continue;
    }
    let at = lineStart;
    while (at < end && text.charCodeAt(at) === 32) at++;
    if (at === end || text.charCodeAt(at) === 35) continue; // blank or comment
    const isItem = text.charCodeAt(at) === 45 && (at + 1 === end || text.charCodeAt(at + 1) === 32);
    if (at > lineStart || isItem) {
      if (previous) {
        previous.continued = true;
        previous.simple = false;
      }
      continue;
    }
    const c = text.charCodeAt(at);
    if (first && (c === 123 || c === 91)) return 'flow';
    first = false;
    const key = plainKeyAt(text, at, end);
    if (key === undefined) {
      previous = undefined;
      continue;
    }
    const colon = at + key.length;
    const line: TopLine = { key: key.trim(), colon: colon + 1, end, nextLineStart: next, continued: false, simple: true };
    // The value's first character: an open quote carries over to later lines.
    let v = colon + 1;
    while (v < end && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
    const lead = text.charCodeAt(v);
    if (v >= end || lead === 35) line.simple = false;
    else if (lead === 34 || lead === 39) {
      if (closingQuote(text, v + 1, end, lead) < 0) {
        quote = lead;
        line.simple = false;
      }
    } else if (lead === 124 || lead === 62) line.simple = false;
    out.push(line);
    previous = line;
  }
  return out;
}

/** `key` of a plain `key:` at `at` (no quotes, no colon inside; then a space or the line's end after the colon), with its trailing blanks. */
function plainKeyAt(text: string, at: number, end: number): string | undefined {
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) {
      if (i === at || (i + 1 < end && text.charCodeAt(i + 1) !== 32 && text.charCodeAt(i + 1) !== 9)) return undefined;
      return text.slice(at, i);
    }
    if (c === 34 || c === 39 || c === 35 || c === 123 || c === 91) return undefined;
  }
  return undefined;
}

/** Offset of the quote `q` closing a quoted value in `text[from, end)`, or -1 (`''` and `\"` are escapes). */
function closingQuote(text: string, from: number, end: number, q: number): number {
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (q === 34 && c === 92) {
      i++;
      continue;
    }
    if (c !== q) continue;
    if (q === 39 && text.charCodeAt(i + 1) === 39) {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** The edit of a `status:` line's value, or why it is not safe. */
function valueEdit(text: string, line: TopLine, lines: TopLine[], status: ClientStatus): TextEdit | string {
  if (lines.filter((l) => l.key === 'status').length > 1) return 'has status: more than once; keep one';
  let v = line.colon;
  while (v < line.end && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
  const c = text.charCodeAt(v);
  if (v >= line.end || c === 35) {
    if (line.continued) return 'has the value of status: on the next line; set it by hand';
    return { start: line.colon, end: line.colon, text: ` ${status}` };
  }
  if (c === 124 || c === 62) return 'has status: as a block scalar (| or >); set it by hand';
  if (c === 38) return 'has an anchor (&) on status:; set it by hand';
  if (c === 42) return 'has status: as an alias (*); set it by hand';
  if (c === 33) return 'has a tag (!) on status:; set it by hand';
  if (c === 123 || c === 91) return 'has status: as a list or mapping; set it by hand';
  if (line.continued) return 'has the value of status: over several lines; set it by hand';
  if (c === 34 || c === 39) {
    const close = closingQuote(text, v + 1, line.end, c);
    if (close < 0) return 'has status: as a quoted value over several lines; set it by hand';
    return { start: v, end: close + 1, text: status };
  }
  // A plain value ends before ` #` (a comment) and its trailing blanks.
  let valueEnd = line.end;
  for (let i = v; i < line.end; i++) {
    if (text.charCodeAt(i) === 35 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) {
      valueEnd = i;
      break;
    }
  }
  while (valueEnd > v && (text.charCodeAt(valueEnd - 1) === 32 || text.charCodeAt(valueEnd - 1) === 9)) valueEnd--;
  return { start: v, end: valueEnd, text: status };
}

/** Where a note's offboarding checklist is, if it has one (1-based line). */
export function findChecklist(noteText: string, settings: FrictionSettings): number | undefined {
  const note = parseClientNote(noteText, { file: '', fileStem: '', settings });
  return note.headings.find((h) => OFFBOARDING_HEADING.test(h.text))?.line;
}

/**
 * The first offset where a block may be inserted: after the frontmatter (as
 * the reader finds it), or at the end of a note whose frontmatter is never
 * closed (all of it may be meant as frontmatter), or after a byte-order mark.
 */
export function firstBodyOffset(noteText: string): number {
  const block = findFrontmatter(noteText);
  if (!block) return noteText.charCodeAt(0) === 0xfeff ? 1 : 0;
  return block.closed ? block.bodyStart : noteText.length;
}

/**
 * Why a block (a checklist) should not be inserted into this note, or
 * undefined: a frontmatter that is never closed may run to the end of the
 * note, so there is no place that is surely after it.
 */
export function blockInsertionRefusal(noteText: string): string | undefined {
  const block = findFrontmatter(noteText);
  return block && !block.closed ? 'the frontmatter opened by --- on line 1 is never closed by a --- line; close it first' : undefined;
}

/**
 * Inserts a markdown block (a checklist) at the end of the note or at an
 * offset, with blank lines around it so it stays its own block. Never into
 * or above the frontmatter: an offset there moves to just after it. Never
 * into a code fence or HTML comment, where the block would be hidden (the
 * note would have no checklist, and a second would be offered): an offset
 * inside one, closed or left open at the end of the note, moves to just
 * before the line that opened it.
 */
export function blockInsertion(noteText: string, block: string, at: 'end' | number): TextEdit {
  const eol = eolOf(noteText);
  let body = block.replace(/\r\n|\r|\n/g, eol);
  if (body.endsWith(eol)) body = body.slice(0, -eol.length);
  const floor = firstBodyOffset(noteText);
  const note = parseClientNote(noteText, { file: '', fileStem: '', settings: DEFAULT_SETTINGS });
  const open = note.openAtEnd;
  const starts = lineStarts(noteText);
  const ceiling = open ? Math.max(floor, starts[open.line - 1]) : noteText.length;
  let offset = at === 'end' ? ceiling : Math.max(floor, Math.min(at, ceiling));
  // Never between the `\r` and the `\n` of one line break.
  if (noteText.charCodeAt(offset - 1) === 13 && noteText.charCodeAt(offset) === 10) offset++;
  if (at !== 'end' && offset > floor) {
    // Insert between lines, never inside one.
    let lineStart = offset;
    while (lineStart > floor && noteText.charCodeAt(lineStart - 1) !== 10 && noteText.charCodeAt(lineStart - 1) !== 13) lineStart--;
    if (!isBlankLine(noteText, lineStart, offset)) {
      offset = nextLineStart(noteText, lineEndAt(noteText, offset));
    } else offset = lineStart;
    // Nor between a line of text and the `===` or `---` under it, which make it a heading.
    for (;;) {
      const end = lineEndAt(noteText, offset);
      if (!(offset > floor && offset < ceiling && SETEXT_UNDERLINE.test(noteText.slice(offset, end)) && !previousLineBlank(noteText, offset))) break;
      offset = Math.min(ceiling, nextLineStart(noteText, end));
    }
    // Nor between the line that opens a fence or a comment and the line that
    // closes it: before the line that opens it (which no setext line follows).
    const block = note.closedBlocks && closedBlockAround(note.closedBlocks, starts, offset);
    if (block) offset = Math.max(floor, starts[block.from - 1]);
  }
  const before = noteText.slice(0, offset);
  const after = noteText.slice(offset);
  let lead = '';
  if (before.length > 0) {
    if (!endsWithBreak(before)) lead = eol + eol;
    else if (!endsWithBlankLine(before) && before.trim() !== '') lead = eol;
  }
  let tail = eol;
  if (after.length > 0 && !startsWithBlankLine(after)) tail = eol + eol;
  return { start: offset, end: offset, text: `${lead}${body}${tail}` };
}

/**
 * The closed fence or comment that an insertion at the line start `offset`
 * lands inside (after its opening line, up to its closing line), if any.
 */
function closedBlockAround(blocks: readonly ClosedBlock[], starts: readonly number[], offset: number): ClosedBlock | undefined {
  // The 1-based line that starts at `offset` (starts is sorted).
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = starts[lo] === offset ? lo + 1 : starts.length + 1;
  return blocks.find((b) => b.from < line && line <= b.to);
}

/** A YAML scalar for a value typed by a person: plain when safe, quoted otherwise. */
export function yamlScalar(value: string): string {
  return /^[A-Za-z][\w .&'()/-]*$/.test(value) && !/[ ]$/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

/** A file name from a client name: `Cedar & Pine` → `cedar-pine`. */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'client'
  );
}

// How a log entry reads, under `## Log`, as a comment the log reader and the
// preview skip: a contact (the client's) and own work (yours). A first entry
// dated the day the note is made would count as the client's contact (after
// hours on a weekend), and sat above the entries an import adds.
const NEW_NOTE_LOG_HINT: Record<Language, string> = {
  en: '<!-- A contact: - YYYY-MM-DD HH:MM Call: what they asked #urgent · your own work: - YYYY-MM-DD 2h What you did -->',
  ms: '<!-- Hubungan: - YYYY-MM-DD HH:MM Panggilan: apa yang diminta #segera · kerja anda: - YYYY-MM-DD 2j Apa yang dibuat -->',
};

/** The text of a new client note, dated today. */
export function newNoteText(name: string, today: CalendarDay, settings: FrictionSettings, language: Language, known: { rate?: number; currency?: string } = {}): string {
  const date = formatIsoDay(today);
  const rate = known.rate !== undefined && Number.isFinite(known.rate) ? String(known.rate) : '';
  const currency = known.currency && /^[A-Za-z]{3}$/.test(known.currency) ? known.currency.toUpperCase() : '';
  return [
    '---',
    `client: ${yamlScalar(name)}`,
    'status: lead                      # lead | active | paused | offboarding | former',
    'contact:                          # Name <email>',
    `since: ${date}`,
    `${`rate: ${rate}`.padEnd(33)} # agreed hourly rate`,
    `currency: ${currency}`.trimEnd(),
    `notice_days: ${settings.defaultNoticeDays}`,
    `revisions_included: ${settings.defaultRevisionsIncluded}`,
    'hours:                            # contact times agreed, e.g. "Tue,Thu 21:30-23:00"',
    'contract:                         # path or URL',
    'scope:',
    'invoices: []',
    'tags: []',
    '---',
    '',
    `# ${oneLine(name)}`,
    '',
    '## Log',
    NEW_NOTE_LOG_HINT[language],
    '',
  ].join('\n');
}
