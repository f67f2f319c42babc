/**
 * A small iCalendar (RFC 5545) writer for all-day events: what the calendar
 * export needs and no more. Hand-written after a measurement (README,
 * Calendar): ical-generator added ~36 KB to each minified bundle for the
 * same file, and its current line no longer runs on the Node of VS Code 1.95.
 *
 * Every text value is escaped (`\`, `;`, `,`, line breaks) and stripped of
 * control characters; lines are folded at 75 octets without splitting a
 * character; lines end in CRLF. Held by a test that parses the file back
 * with ical.js.
 */
import { CalendarDay, civilFromDays } from '../dates';

export interface AllDayEvent {
  /** Unique and stable: a calendar that imports the file again updates the event instead of adding a second one. */
  uid: string;
  day: CalendarDay;
  summary: string;
  description?: string;
  /** Tags of the event (`CATEGORIES`), e.g. the kind of date. */
  categories?: readonly string[];
}

export interface CalendarOptions {
  /** The calendar's name, as calendar programs show it. */
  name: string;
  /** When the file was made (DTSTAMP): a day, so that the same input writes the same file. */
  stamp: CalendarDay;
}

const PRODID = '-//Client Friction//Client Friction//EN';

/** `YYYYMMDD`: a DATE value. */
export function icalDate(day: CalendarDay): string {
  const [y, m, d] = civilFromDays(day);
  return `${String(y).padStart(4, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
}

/**
 * A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped,
 * a line break written `\n`, and every other control character (which TEXT
 * may not hold) made a space.
 */
export function icalText(text: string): string {
  return text
    .replace(/\r\n|[\n\r\u2028\u2029\u0085]/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' ');
}

const UTF8 = new TextEncoder();

/** A content line folded at 75 octets (RFC 5545, 3.1): CRLF and a space, never inside a character. */
export function foldLine(line: string): string {
  if (UTF8.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  // Each continuation line starts with a space, which counts in its 75.
  let limit = 75;
  for (const ch of line) {
    const size = UTF8.encode(ch).length;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The iCalendar file of the events, in the order given. */
export function icalendar(events: readonly AllDayEvent[], options: CalendarOptions): string {
  const stamp = `${icalDate(options.stamp)}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icalText(options.name)}`];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icalText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icalDate(e.day)}`,
      // All day: the next day, exclusive.
      `DTEND;VALUE=DATE:${icalDate(e.day + 1)}`,
      `SUMMARY:${icalText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${icalText(e.description)}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(icalText).join(',')}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
