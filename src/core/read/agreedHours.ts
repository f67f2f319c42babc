/**
 * A note's `hours:`: the contact times agreed with this client, in the
 * freelancer's time (../shared/spec/note-format.md, Log entries). Days and
 * time ranges, `;` between groups: `"Mon-Fri 08:00-20:00"`,
 * `"Tue,Thu 21:30-23:00; Sat 10:00-12:00"`. Days are English or Malay
 * names, three letters or whole (`Mon`, `Monday`, `Isnin`); a group without
 * days is every day, one without a range the whole day; a range that ends
 * before it starts runs past midnight (`Fri 22:00-02:00`). A contact inside
 * them is not after hours: they add to the working hours.
 */
import { CalendarDay, parseClock, weekday } from '../dates';

export interface AgreedRange {
  /** Weekdays as bits: bit d for weekday d (0 = Sunday). */
  days: number;
  /** Minutes after midnight: [start, end); end ≤ start runs past midnight. */
  start: number;
  end: number;
}

export interface AgreedHours {
  /** As written (trimmed): what the tooltip and the report say. */
  text: string;
  ranges: AgreedRange[];
}

const ALL_DAYS = 0b1111111;

// Day names by their first three letters; whole names must start with them.
const DAY_NAMES: Record<string, { day: number; whole: string[] }> = {
  sun: { day: 0, whole: ['sunday'] },
  mon: { day: 1, whole: ['monday'] },
  tue: { day: 2, whole: ['tuesday', 'tues'] },
  wed: { day: 3, whole: ['wednesday'] },
  thu: { day: 4, whole: ['thursday', 'thur', 'thurs'] },
  fri: { day: 5, whole: ['friday'] },
  sat: { day: 6, whole: ['saturday'] },
  aha: { day: 0, whole: ['ahad'] },
  isn: { day: 1, whole: ['isnin'] },
  sel: { day: 2, whole: ['selasa'] },
  rab: { day: 3, whole: ['rabu'] },
  kha: { day: 4, whole: ['khamis'] },
  jum: { day: 5, whole: ['jumaat'] },
  sab: { day: 6, whole: ['sabtu'] },
};

function dayOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const entry = DAY_NAMES[w.slice(0, 3)];
  if (!entry) return undefined;
  return w.length === 3 || entry.whole.includes(w) ? entry.day : undefined;
}

/** Why `hours:` cannot be read: a word that is no list of days, an item that is no time range, or nothing named. */
export type AgreedHoursError = { error: 'days' | 'range'; token: string } | { error: 'empty' | 'long' };

/** The agreed hours of `value`, or why it cannot be read. */
export function parseAgreedHours(value: string): { hours: AgreedHours } | AgreedHoursError {
  const text = value.trim();
  if (text.length > 500) return { error: 'long' };
  const ranges: AgreedRange[] = [];
  for (const rawGroup of text.split(';')) {
    // Spaces around `-` and `,` are the writer's: `Mon - Fri`, `Tue, Thu`.
    const group = rawGroup.trim().replace(/\s*([-,])\s*/g, '$1');
    if (!group) continue;
    const words = group.split(/\s+/);
    let days = ALL_DAYS;
    let times = words;
    if (/[a-z]/i.test(words[0])) {
      const read = readDays(words[0]);
      if (read === undefined) return { error: 'days', token: words[0] };
      days = read;
      times = words.slice(1);
    }
    if (times.length === 0) {
      ranges.push({ days, start: 0, end: 1440 });
      continue;
    }
    for (const item of times.join(',').split(',')) {
      if (!item) continue;
      const m = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(item);
      const start = m ? parseClock(m[1]) : undefined;
      const end = m ? (m[2] === '24:00' ? 1440 : parseClock(m[2])) : undefined;
      if (start === undefined || end === undefined || start === end) return { error: 'range', token: item };
      ranges.push({ days, start, end });
    }
  }
  if (ranges.length === 0) return { error: 'empty' };
  return { hours: { text, ranges } };
}

function readDays(word: string): number | undefined {
  let bits = 0;
  for (const part of word.split(',')) {
    const [from, to, ...rest] = part.split('-');
    const a = dayOf(from);
    if (a === undefined || rest.length > 0) return undefined;
    if (to === undefined) {
      bits |= 1 << a;
      continue;
    }
    const b = dayOf(to);
    if (b === undefined) return undefined;
    // Fri-Mon wraps round the weekend.
    for (let d = a; ; d = (d + 1) % 7) {
      bits |= 1 << d;
      if (d === b) break;
    }
  }
  return bits;
}

/**
 * Whether an entry on `date` (at `minutes`, when timed) falls inside the
 * agreed hours. An untimed entry is inside when its day is an agreed day.
 */
export function isWithinAgreedHours(hours: AgreedHours, date: CalendarDay, minutes: number | undefined): boolean {
  const day = weekday(date);
  const yesterday = (day + 6) % 7;
  for (const r of hours.ranges) {
    const today = (r.days & (1 << day)) !== 0;
    if (minutes === undefined) {
      if (today) return true;
      continue;
    }
    if (r.start < r.end) {
      if (today && minutes >= r.start && minutes < r.end) return true;
    } else if ((today && minutes >= r.start) || ((r.days & (1 << yesterday)) !== 0 && minutes < r.end)) return true;
  }
  return false;
}
