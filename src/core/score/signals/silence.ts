/**
 * `silence`: `#waiting` entries left unanswered past the reply window (setting
 * `replyDays`). A later `#reply` closes every open `#waiting` before it. An open
 * wait grows with the days and does not fade while open (a client going quiet
 * often comes before the unpaid invoice); one answered late counts a little
 * and fades from the day of the answer. A `#waiting` while one is still open
 * is a reminder about the same thing: it lengthens that wait (which runs from
 * the first) and is not a wait of its own, so one wait counts once.
 */
import { formatIsoDay } from '../../dates';
import { LogEntry } from '../../read/logEntry';
import { TAG_BIT } from '../../tags';
import { dayCount } from '../../labels';
import { L10n } from '../../l10n';
import { entryText, EvidenceList, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export interface Wait {
  /** The first `#waiting` of the wait. */
  entry: LogEntry;
  /** The `#waiting` entries sent while it was open (reminders), in date order. */
  reminders: LogEntry[];
  /** The `#reply` that closed it; undefined while open. */
  reply?: LogEntry;
  /** Days from the `#waiting` to its reply, or to the as-of date while open. */
  days: number;
}

/** Every `#waiting` of the log up to the as-of date, with its reply if any, in date order. */
export function waitsOf(ctx: ScoreContext): Wait[] {
  const waiting = ctx.tagged('waiting');
  if (waiting.length === 0) return [];
  // Replies and waits in date order (the note's order within a day): a reply
  // closes what was opened before it; an entry that is both closes first.
  const events = [...waiting, ...ctx.tagged('reply').filter((e) => (e.tagBits & TAG_BIT.waiting) === 0)].sort((a, b) => a.date - b.date || a.line - b.line);
  const waits: Wait[] = [];
  let open: Wait | undefined;
  for (const e of events) {
    if ((e.tagBits & TAG_BIT.reply) !== 0 && open) {
      open.reply = e;
      open.days = e.date - open.entry.date;
      open = undefined;
    }
    if ((e.tagBits & TAG_BIT.waiting) !== 0) {
      if (open) open.reminders.push(e);
      else {
        open = { entry: e, reminders: [], days: ctx.asOf - e.date };
        waits.push(open);
      }
    }
  }
  return waits;
}

export function silenceSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const { settings, fade, describe, l10n } = ctx;
  const window = settings.replyDays;
  const evidence = new EvidenceList(describe);
  let open = 0;
  let longest: Wait | undefined;
  let late = 0;
  let longestLate = 0;
  for (const w of waitsOf(ctx)) {
    const beyond = w.days - window;
    if (beyond <= 0) continue;
    if (w.reply === undefined) {
      open++;
      if (!longest || w.days > longest.days) longest = w;
      const points = B.silenceOpen + Math.min(beyond, B.silenceOpenMaxDays) * B.silenceOpenPerDay;
      evidence.add(w.entry.line, points, describe ? l10n.t('no reply for {0}: {1}', dayCount(w.days, l10n), entryText(w.entry)) + remindersText(w, l10n) : '');
    } else {
      late++;
      longestLate = Math.max(longestLate, w.days);
      const points = (B.silenceLate + Math.min(beyond, B.silenceLateMaxDays) * B.silenceLatePerDay) * fade(w.reply.date);
      evidence.add(w.entry.line, points, describe ? l10n.t('answered after {0} (on {1}): {2}', dayCount(w.days, l10n), formatIsoDay(w.reply.date), entryText(w.entry)) + remindersText(w, l10n) : '');
    }
  }
  if (evidence.count === 0 || !ctx.detail) return evidence.draft('');
  const parts: string[] = [];
  if (longest) {
    const days = dayCount(longest.days, l10n);
    const since = formatIsoDay(longest.entry.date);
    parts.push(
      open === 1
        ? l10n.t('1 message unanswered past the {0}-day reply window (longest {1}, since {2})', window, days, since)
        : l10n.t('{0} messages unanswered past the {1}-day reply window (longest {2}, since {3})', open, window, days, since),
    );
  }
  if (late > 0) parts.push(l10n.t('{0} answered late (up to {1})', late, dayCount(longestLate, l10n)));
  return evidence.draft(parts.join('; '));
}

/** ` (2 reminders, latest 2026-11-10)` after a wait's evidence, when there were any. */
function remindersText(w: Wait, l10n: L10n): string {
  const n = w.reminders.length;
  if (n === 0) return '';
  const latest = formatIsoDay(w.reminders[n - 1].date);
  return n === 1 ? l10n.t(' (1 reminder, {0})', latest) : l10n.t(' ({0} reminders, latest {1})', n, latest);
}
