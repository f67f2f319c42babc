/**
 * The payment reminders due as of a day: for each invoice unpaid on it and
 * past its due date, the reminder of the tone it has reached (friendly from
 * the first day overdue, firm after 14 days, final after 30: the setting
 * `paymentReminders`), unless it was sent. A reminder counts as sent when
 * the log has an entry on or after the day that tone came due which names
 * the invoice and carries `#waiting` (what Mark as Sent writes: it also
 * starts the silence clock, a reminder being a message that waits for an
 * answer). A reminder the user put off (snoozed) is hidden until its day.
 *
 * A pure function of the note, the settings and the day, as the score is.
 */
import { CalendarDay, formatIsoDay, parseIsoDay } from '../dates';
import { interactionLine } from '../interactionEntry';
import { isPaidBy } from '../invoices';
import { L10n } from '../l10n';
import { ClientNote, Invoice } from '../read/note';
import { textNames } from '../read/promise';
import { REMINDER_TONES, ReminderTone } from '../report/messages';
import { FrictionSettings } from '../settings';
import { TAG_BIT } from '../tags';

export interface ReminderDue {
  /** The note's id (a path or a URI, as the caller names notes). */
  file: string;
  client: string;
  invoice: string;
  amount?: number;
  currency?: string;
  due: CalendarDay;
  daysOverdue: number;
  tone: ReminderTone;
  /** The day this tone came due (the due date plus its days overdue). */
  toneDay: CalendarDay;
  /** 1-based line of the invoice in the note. */
  line: number;
}

/** The tone an invoice due on `due` has reached on `asOf` (the last whose day has come), and its day; undefined before the first. */
export function toneReached(due: CalendarDay, asOf: CalendarDay, settings: FrictionSettings): { tone: ReminderTone; day: CalendarDay } | undefined {
  let reached: { tone: ReminderTone; day: CalendarDay } | undefined;
  for (const tone of REMINDER_TONES) {
    const day = due + settings.reminderDays[tone];
    if (day <= asOf) reached = { tone, day };
  }
  return reached;
}

/** The reminders due in a note as of the day, most overdue first. */
export function remindersDue(note: ClientNote, settings: FrictionSettings, asOf: CalendarDay): ReminderDue[] {
  const out: ReminderDue[] = [];
  for (const i of note.invoices) {
    if (i.due === undefined || isPaidBy(i, asOf) || (i.issued !== undefined && i.issued > asOf)) continue;
    const reached = toneReached(i.due, asOf, settings);
    if (!reached || wasSent(note, i.id, reached.day)) continue;
    out.push({
      file: note.file,
      client: note.name,
      invoice: i.id,
      amount: i.amount,
      currency: note.currency,
      due: i.due,
      daysOverdue: asOf - i.due,
      tone: reached.tone,
      toneDay: reached.day,
      line: i.line,
    });
  }
  return out.sort(byOverdue);
}

/**
 * The next reminder to send about an unpaid invoice: the one due now (on the
 * day, when not sent yet), else the next tone on the day it comes due;
 * undefined once every tone has come and gone.
 */
export function nextReminderOf(note: ClientNote, invoice: Invoice, settings: FrictionSettings, asOf: CalendarDay): { day: CalendarDay; tone: ReminderTone } | undefined {
  if (invoice.due === undefined) return undefined;
  const reached = toneReached(invoice.due, asOf, settings);
  if (reached && !wasSent(note, invoice.id, reached.day)) return { day: asOf, tone: reached.tone };
  for (const tone of REMINDER_TONES) {
    const day = invoice.due + settings.reminderDays[tone];
    if (day > asOf) return { day, tone };
  }
  return undefined;
}

/** Most overdue first, then by file and line: a stable order whatever order the notes came in. */
export function byOverdue(a: ReminderDue, b: ReminderDue): number {
  return b.daysOverdue - a.daysOverdue || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
}

/**
 * Whether the log has an entry on or after `since` that names the invoice
 * and carries `#waiting`. Entries after the as-of day count too: a reminder
 * marked as sent today is sent, whatever day the scores are pinned to.
 */
function wasSent(note: ClientNote, invoice: string, since: CalendarDay): boolean {
  return note.log.some((e) => e.date >= since && (e.tagBits & TAG_BIT.waiting) !== 0 && textNames(e.text, invoice));
}

/**
 * The log line of Mark as Sent: `- 2026-12-08 Sent reminder for NW-019 #waiting`,
 * the freelancer's own message that waits for an answer (its words in `l10n`,
 * the note's language).
 */
export function sentReminderLine(invoice: string, day: CalendarDay, settings: FrictionSettings, l10n: L10n): string {
  return interactionLine({ kind: 'sent', day, text: l10n.t('Sent reminder for {0}', invoice), tags: [] }, settings);
}

/** Snoozed reminders: by `snoozeKey`, the day (`YYYY-MM-DD`) until which each is hidden. */
export type Snoozes = Readonly<Record<string, string>>;

/** A reminder's snooze key: its note, invoice and tone (the next tone is a new reminder, not snoozed). */
export function snoozeKey(r: Pick<ReminderDue, 'file' | 'invoice' | 'tone'>): string {
  return JSON.stringify([r.file, r.invoice, r.tone]);
}

/** Whether a reminder is put off on this day (hidden until the day it was snoozed to). */
export function isSnoozed(r: ReminderDue, snoozes: Snoozes, asOf: CalendarDay): boolean {
  const until = Object.hasOwn(snoozes, snoozeKey(r)) ? parseIsoDay(snoozes[snoozeKey(r)]) : undefined;
  return until !== undefined && asOf < until;
}

/** The snoozes with `r` put off until `until`, and those whose day has passed dropped (the state stays small). */
export function snooze(snoozes: Snoozes, r: ReminderDue, until: CalendarDay, asOf: CalendarDay): Record<string, string> {
  const kept = Object.entries(snoozes).filter(([, day]) => (parseIsoDay(day) ?? -Infinity) > asOf);
  return { ...Object.fromEntries(kept), [snoozeKey(r)]: formatIsoDay(until) };
}
