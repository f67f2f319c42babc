/**
 * What is coming, as dated events for a calendar: each unpaid invoice's next
 * payment reminder and its due date, the payments promised and still
 * pending, and the end of a notice period once it is given. A pure function
 * of a note, the settings and the day; each event's UID is derived from the
 * note's path, the kind of date and the invoice (or promise), so that a
 * calendar importing the file again updates its events instead of adding
 * them twice.
 */
import { CalendarDay, formatIsoDay } from '../dates';
import { invoicesById, isPaidBy, judgePromise } from '../invoices';
import { L10n } from '../l10n';
import { formatAmount } from '../text';
import { offboardingProgress } from '../offboard/progress';
import { hashText } from '../rank/summaryCache';
import { ClientNote, Invoice } from '../read/note';
import { nextReminderOf } from '../reminders/remindersDue';
import { toneLabel } from '../report/words';
import { FrictionSettings } from '../settings';
import { AllDayEvent } from './icalendar';

/** The calendar's name in calendar programs. */
export const CALENDAR_NAME = 'Client Friction';

export const EVENT_KINDS = ['reminder', 'due', 'promise', 'notice'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface ClientEvent extends AllDayEvent {
  kind: EventKind;
  /** The note, as the UID names it (its path in the workspace). */
  path: string;
  client: string;
  invoice?: string;
}

/** `…@client-friction`: the same note path, kind and key give the same UID, run after run. */
export function eventUid(path: string, kind: EventKind, key: string): string {
  return `${hashText(JSON.stringify([path, kind, key]))}-${kind}@client-friction`;
}

/**
 * The note's coming dates, as of `asOf` (none before it): `path` is the
 * note's path as the UIDs name it (relative to the workspace, the same from
 * the CLI and VS Code); `l10n` words the summaries.
 */
export function calendarEvents(note: ClientNote, path: string, settings: FrictionSettings, asOf: CalendarDay, l10n: L10n): ClientEvent[] {
  const out: ClientEvent[] = [];
  const client = note.name;
  const add = (kind: EventKind, key: string, day: CalendarDay, summary: string, description: string, invoice?: string) =>
    out.push({ uid: eventUid(path, kind, key), kind, path, client, invoice, day, summary, description, categories: ['Client Friction'] });
  const amountOf = (i: Invoice) => (i.amount === undefined ? l10n.t('amount not written') : formatAmount(i.amount, note.currency));

  for (const i of note.invoices) {
    if (i.due === undefined || isPaidBy(i, asOf) || (i.issued !== undefined && i.issued > asOf)) continue;
    const next = nextReminderOf(note, i, settings, asOf);
    if (next) {
      const tone = toneLabel(next.tone, l10n);
      add(
        'reminder',
        i.id,
        next.day,
        l10n.t('Payment reminder ({tone}): {invoice}, {client}', { tone, invoice: i.id, client }),
        l10n.t('{invoice} of {client}, {amount}, due {due}: send the {tone} payment reminder.', { invoice: i.id, client, amount: amountOf(i), due: formatIsoDay(i.due), tone }),
        i.id,
      );
    }
    if (i.due >= asOf) {
      add('due', i.id, i.due, l10n.t('Invoice due: {invoice}, {client}', { invoice: i.id, client }), l10n.t('{invoice} of {client}, {amount}.', { invoice: i.id, client, amount: amountOf(i) }), i.id);
    }
  }

  const byId = invoicesById(note.invoices);
  for (const p of note.promises) {
    if (p.entry.date > asOf || p.by < asOf || judgePromise(p, note.invoices, settings, asOf, byId).state !== 'pending') continue;
    const named = p.invoiceIds.length ? p.invoiceIds.join(', ') : l10n.t('every unpaid invoice');
    add(
      'promise',
      `${formatIsoDay(p.entry.date)} ${p.invoiceIds.join(' ')}`,
      p.by,
      l10n.t('Payment promised: {invoices}, {client}', { invoices: named, client }),
      l10n.t('{client} promised on {day} to pay {invoices} by {by}.', { client, day: formatIsoDay(p.entry.date), invoices: named, by: formatIsoDay(p.by) }),
      p.invoiceIds[0],
    );
  }

  const notice = offboardingProgress(note.headings, note.tasks)?.noticeEnds;
  if (notice !== undefined && notice >= asOf) {
    add('notice', '', notice, l10n.t('Notice ends: {client}', { client }), l10n.t('The notice given to {client} ends today.', { client }));
  }
  return out;
}

/** Events of many notes in one order: by day, then kind, then UID (whatever order the notes were read in). */
export function sortEvents(events: ClientEvent[]): ClientEvent[] {
  return events.sort((a, b) => a.day - b.day || EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}
