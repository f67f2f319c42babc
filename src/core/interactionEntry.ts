/**
 * The log line Log Interaction writes for what happened
 * (../shared/spec/note-format.md, Log entries: contacts and own work):
 *
 * - `contact`: the client reached out: `- 2026-11-27 21:30 Call: about the banner #urgent`
 * - `reply`: the client answered what was waiting: `- 2026-11-27 10:05 Email: approved #reply`
 * - `sent`: the freelancer sent something that needs an answer: `- 2026-11-27 09:40 Sent the proposal #waiting`
 * - `work`: the freelancer's own work, with its time: `- 2026-11-27 21:00 2h Homepage build`
 *
 * Each line is read back as its kind by the note reader (a test holds it for
 * any text): own work never starts with a channel word (which would make it
 * the client's contact), a contact never carries a duration.
 */
import { CalendarDay, formatClock, formatIsoDay } from './dates';
import { entryIsContact, readLogEntry } from './read/logEntry';
import { FrictionSettings } from './settings';
import { oneLine } from './sinks';
import { KnownTag } from './tags';

export type InteractionKind = 'contact' | 'reply' | 'sent' | 'work';

export interface Interaction {
  kind: InteractionKind;
  day: CalendarDay;
  /** Minutes after midnight, when the time is known. */
  minutes?: number;
  /** Hours of work (`work`). */
  hours?: number;
  /** How the client reached out (`Call`, `Email`, …), for a contact or a reply. */
  channel?: string;
  text: string;
  tags: readonly KnownTag[];
}

/** The tags each kind writes on its own, and those it offers. */
export const KIND_TAGS: Readonly<Record<InteractionKind, { always: readonly KnownTag[]; offered: readonly KnownTag[] }>> = {
  contact: { always: [], offered: ['urgent', 'revision', 'vague', 'scope-creep', 'after-hours', 'agreed', 'billed', 'promise', 'late-payment', 'broken-promise', 'disrespect', 'chargeback', 'praise'] },
  reply: { always: ['reply'], offered: ['revision', 'vague', 'scope-creep', 'promise', 'praise', 'disrespect'] },
  sent: { always: ['waiting'], offered: ['delivered'] },
  work: { always: [], offered: ['delivered', 'billed'] },
};

/** `2h`, `1.5h`, `45m`: a duration as the log writes it. */
export function formatDuration(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)}m`;
  return `${Math.round(hours * 100) / 100}h`;
}

export function interactionLine(i: Interaction, settings: FrictionSettings): string {
  const time = i.minutes === undefined ? '' : ` ${formatClock(i.minutes)}`;
  const tags = [...new Set([...KIND_TAGS[i.kind].always, ...i.tags])];
  const tagText = tags.map((t) => ` #${t}`).join('');
  // A `#` the user typed is text, not a tag: tags come from the picker.
  let text = oneLine(i.text).trim().replace(/(^|[\s(])#/g, '$1\\#');
  if (i.kind === 'contact' || i.kind === 'reply') {
    const channel = i.channel ? oneLine(i.channel).trim() : '';
    text = channel ? (text ? `${channel}: ${text}` : channel) : text;
  }
  let head = `- ${formatIsoDay(i.day)}${time}`;
  if (i.kind === 'work' && i.hours !== undefined && i.hours > 0) head += ` ${formatDuration(i.hours)}`;
  const line = (t: string) => `${head}${t ? ` ${t}` : ''}${tagText}`;
  // Read back as the reader will: own work that would read as a contact (a
  // text starting with `Call`…) says it is work; a contact that would read as
  // own work (a text starting with a duration) says it is a contact.
  const wanted = i.kind === 'contact' || i.kind === 'reply';
  if (readsAsContact(line(text), settings) !== wanted) text = wanted ? `Contact: ${text}`.trimEnd() : `Work: ${text}`.trimEnd();
  return line(text);
}

function readsAsContact(line: string, settings: FrictionSettings): boolean {
  const e = readLogEntry(line, 2, 1, settings.tagSynonyms, []);
  return e !== undefined && (e.contact || entryIsContact(e.text, e.tagBits, e.hours !== undefined, settings.channelWords));
}
