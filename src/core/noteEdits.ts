/**
 * Targeted edits of a note's text, as pure functions: each returns the one
 * replacement to make (offsets into the text as an editor holds it), never a
 * rewritten note. The VS Code layer applies them as single undoable edits.
 */
import { CalendarDay, formatClock, formatIsoDay } from './dates';
import { ClientStatus, parseClientNote } from './read/note';
import { OFFBOARDING_HEADING } from './offboard/progress';
import { FrictionSettings, Language } from './settings';

export interface TextEdit {
  /** Offset where the replaced span starts. */
  start: number;
  /** Offset just past the replaced span (= start for an insertion). */
  end: number;
  text: string;
}

const LOG_HEADING = /^(?:log|catatan)\b/i;

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Offset of the start of each line (0-based lines). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Offset of the end of 0-based line `line`, before its line break. */
function lineEnd(text: string, starts: number[], line: number): number {
  const next = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
  return text[next - 1] === '\r' && next > starts[line] ? next - 1 : next;
}

/** `- 2026-11-27 14:05 text #tag`, the log line format of the spec. */
export function logEntryLine(day: CalendarDay, minutes: number | undefined, text: string, tags: readonly string[]): string {
  const time = minutes === undefined ? '' : ` ${formatClock(minutes)}`;
  const clean = text.replace(/[\r\n]+/g, ' ').trim();
  const tagText = tags.map((t) => ` #${t}`).join('');
  return `- ${formatIsoDay(day)}${time}${clean ? ` ${clean}` : ''}${tagText}`;
}

/**
 * Appends a log line at the end of the note's `## Log` section (after its
 * last non-blank line), or adds the section at the end when there is none.
 */
export function logInsertion(noteText: string, entry: string, settings: FrictionSettings): TextEdit {
  const eol = eolOf(noteText);
  const note = parseClientNote(noteText, { file: '', fileStem: '', settings });
  const lines = noteText.split(/\r?\n/);
  const starts = lineStarts(noteText);
  const heading = note.headings.findIndex((h) => LOG_HEADING.test(h.text));
  if (heading < 0) {
    const needsBreak = noteText.length > 0 && !noteText.endsWith('\n');
    const blank = noteText.length === 0 || /\n\s*\n$/.test(noteText) ? '' : eol;
    const prefix = `${needsBreak ? eol : ''}${blank}`;
    return { start: noteText.length, end: noteText.length, text: `${prefix}## Log${eol}${entry}${eol}` };
  }
  const head = note.headings[heading];
  const next = note.headings.slice(heading + 1).find((h) => h.level <= head.level);
  const sectionEnd = next ? next.line - 1 : lines.length; // 1-based last line of the section
  let last = head.line;
  for (let l = head.line + 1; l <= sectionEnd; l++) if (lines[l - 1]?.trim()) last = l;
  const at = lineEnd(noteText, starts, last - 1);
  return { start: at, end: at, text: `${eol}${entry}` };
}

/**
 * Sets `status:` in the frontmatter, changing only its value: the key, any
 * comment on the line and every other byte stay as they are. Adds the line
 * (after `client:`, or first) when missing, and a frontmatter when none.
 */
export function statusEdit(noteText: string, status: ClientStatus): TextEdit | undefined {
  const eol = eolOf(noteText);
  const lines = noteText.split('\n');
  const starts = lineStarts(noteText);
  const isDelimiter = (l: string) => /^---[ \t]*\r?$/.test(l);
  if (lines.length === 0 || !isDelimiter(lines[0])) {
    return { start: 0, end: 0, text: `---${eol}status: ${status}${eol}---${eol}` };
  }
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (isDelimiter(lines[i])) {
      close = i;
      break;
    }
  }
  if (close < 0) return undefined; // unclosed frontmatter: reported as a problem; do not guess
  let clientLine = -1;
  for (let i = 1; i < close; i++) {
    const m = /^status[ \t]*:([ \t]*)(.*?)([ \t]+#.*)?\r?$/.exec(lines[i]);
    if (m) {
      const valueStart = starts[i] + lines[i].indexOf(':') + 1 + m[1].length;
      const valueEnd = valueStart + m[2].length;
      const current = m[2].trim().replace(/^["']|["']$/g, '').toLowerCase();
      if (current === status) return undefined;
      return { start: valueStart, end: valueEnd, text: m[1].length ? status : ` ${status}` };
    }
    if (clientLine < 0 && /^client[ \t]*:/.test(lines[i])) clientLine = i;
  }
  const after = clientLine >= 0 ? clientLine : 0;
  const at = lineEnd(noteText, starts, after);
  return { start: at, end: at, text: `${eol}status: ${status}` };
}

/** Where a note's offboarding checklist is, if it has one (1-based line). */
export function findChecklist(noteText: string, settings: FrictionSettings): number | undefined {
  const note = parseClientNote(noteText, { file: '', fileStem: '', settings });
  return note.headings.find((h) => OFFBOARDING_HEADING.test(h.text))?.line;
}

/**
 * Inserts a markdown block (a checklist) at the end of the note or at an
 * offset, with blank lines around it so it stays its own block.
 */
export function blockInsertion(noteText: string, block: string, at: 'end' | number): TextEdit {
  const eol = eolOf(noteText);
  const body = block.replace(/\r?\n/g, eol).replace(new RegExp(`${eol === '\r\n' ? '\\r\\n' : '\\n'}$`), '');
  let offset = at === 'end' ? noteText.length : Math.max(0, Math.min(at, noteText.length));
  if (at !== 'end') {
    // Insert between lines, never inside one.
    const lineStart = noteText.lastIndexOf('\n', offset - 1) + 1;
    if (noteText.slice(lineStart, offset).trim() !== '') {
      const nl = noteText.indexOf('\n', offset);
      offset = nl < 0 ? noteText.length : nl + 1;
    } else offset = lineStart;
  }
  const before = noteText.slice(0, offset);
  const after = noteText.slice(offset);
  let lead = '';
  if (before.length > 0) {
    if (!before.endsWith('\n')) lead = eol + eol;
    else if (!/\n[ \t]*\r?\n$/.test(before) && before.trim() !== '') lead = eol;
  }
  let tail = eol;
  if (after.length > 0 && !/^[ \t]*\r?\n/.test(after)) tail = eol + eol;
  return { start: offset, end: offset, text: `${lead}${body}${tail}` };
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

const NEW_NOTE_FIRST_ENTRY: Record<Language, string> = {
  en: 'First contact',
  ms: 'Hubungan pertama',
};

/** The text of a new client note, dated today. */
export function newNoteText(name: string, today: CalendarDay, settings: FrictionSettings, language: Language): string {
  const date = formatIsoDay(today);
  return [
    '---',
    `client: ${yamlScalar(name)}`,
    'status: lead                      # lead | active | paused | offboarding | former',
    'contact:                          # Name <email>',
    `since: ${date}`,
    'rate:                             # agreed hourly rate',
    'currency:',
    `notice_days: ${settings.defaultNoticeDays}`,
    `revisions_included: ${settings.defaultRevisionsIncluded}`,
    'contract:                         # path or URL',
    'scope:',
    'invoices: []',
    'tags: []',
    '---',
    '',
    `# ${name.replace(/[\r\n]+/g, ' ')}`,
    '',
    '## Log',
    `- ${date} ${NEW_NOTE_FIRST_ENTRY[language]}`,
    '',
  ].join('\n');
}
