/**
 * A time tracker's row as a log entry of a note, and the identity of an
 * entry for telling whether it is already there: the same date, time,
 * duration and text (tags, case and spacing aside).
 */
import { CalendarDay } from '../dates';
import { ENGLISH, L10n } from '../l10n';
import { logEntryLine } from '../noteEdits';
import { LogEntry, readLogEntry } from '../read/logEntry';
import { canonicalTag, KnownTag } from '../tags';
import { nameKey, oneLine } from './cells';
import { TimeRecord } from './records';
import { RowProblem } from './rows';

/** The longest single entry an import accepts: a timer left running for days is a mistake to fix first. */
const MAX_ENTRY_MINUTES = 24 * 60;

export interface TimeRow {
  source: string;
  line: number;
  client: string;
  date: CalendarDay;
  start?: number;
  seconds: number;
  description: string;
  task?: string;
  project?: string;
  /** The Tags cell: names separated by commas. */
  tags?: string;
}

/** The row as a record; a RowProblem (worded by `l10n`) when its duration cannot be a log entry's. */
export function timeRecord(row: TimeRow, synonyms: Readonly<Record<string, string>>, l10n: L10n = ENGLISH, money?: TimeRecord['money']): TimeRecord {
  if (!Number.isFinite(row.seconds) || row.seconds < 0) throw new RowProblem(l10n.t('the duration is negative'));
  const minutes = Math.round(row.seconds / 60);
  if (minutes > MAX_ENTRY_MINUTES) throw new RowProblem(l10n.t('the duration {0} is longer than a day; fix the entry in the time tracker first', formatDuration(minutes)));
  return {
    kind: 'time',
    source: row.source,
    line: row.line,
    client: row.client,
    date: row.date,
    start: row.start,
    minutes,
    text: entryText(row.description, row.task ?? '', row.project ?? '', row.client),
    tags: knownTags(row.tags ?? '', synonyms),
    ...(money ? { money } : {}),
  };
}

/**
 * The description (or the task), and the project in brackets when it adds
 * something: not empty, not the client's name, not already in the text.
 * Every `#` is written `\#`, which the note reader does not take for a tag:
 * whoever wrote the export, its text cannot add a tag, a flag or a signal
 * (only the Tags column can, naming a known tag).
 */
function entryText(description: string, task: string, project: string, client: string): string {
  const primary = oneLine(description) || oneLine(task);
  const extra = oneLine(project);
  const adds = extra !== '' && nameKey(extra) !== nameKey(client) && !nameKey(primary).includes(nameKey(extra));
  const text = !primary ? (adds ? extra : '') : adds ? `${primary} (${extra})` : primary;
  return text.replace(/#/g, '\\#');
}

/** The known tags named in a Tags cell (`Urgent, scope creep, #rude`), canonical, each once. */
export function knownTags(cell: string, synonyms: Readonly<Record<string, string>>): KnownTag[] {
  const tags: KnownTag[] = [];
  for (const raw of cell.split(/[,;]/)) {
    const name = raw.trim().replace(/^#/, '').toLowerCase().replace(/[\s_]+/g, '-');
    const tag = name ? canonicalTag(name, synonyms) : undefined;
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** `45m`, `2h`, `1.5h`, `1.43h`: minutes to the form the log grammar reads back to the same minute. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes}m`;
  return `${Math.round((minutes / 60) * 100) / 100}h`;
}

/** The log line of a time entry: `- YYYY-MM-DD HH:MM DURATION text #tag`. The duration is always written, so no text can be read as one. */
export function entryLine(record: TimeRecord): string {
  return logEntryLine(record.date, record.start, `${formatDuration(record.minutes)} ${record.text}`, record.tags);
}

/**
 * Identity of a log entry: date, time, duration to the minute, and its text
 * without tags, case or extra spaces. A `\#` counts as a `#`: the line an
 * import writes now (`\#urgent`) is the one an earlier import wrote with a
 * bare `#urgent`, not a new entry.
 */
export function entryKey(entry: LogEntry): string {
  const minutes = entry.hours === undefined ? '' : String(Math.round(entry.hours * 60));
  const text = entry.text
    .replace(/\\#/g, '#')
    .replace(/(^|[\s(])#[A-Za-z][\w-]*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return `${entry.date}|${entry.minutes ?? ''}|${minutes}|${text}`;
}

/** The key of a line as the note reader will read it once it is in the note. */
export function lineKey(line: string, synonyms: Readonly<Record<string, string>>): string | undefined {
  const entry = readLogEntry(line, 2, 1, synonyms, []);
  return entry ? entryKey(entry) : undefined;
}
