/**
 * `silence`: `#waiting` entries left unanswered past the reply window (setting
 * `replyDays`). A later `#reply` closes every open `#waiting` before it. An open
 * wait grows with the days and does not fade while open (a client going quiet
 * often comes before the unpaid invoice); one answered late counts a little
 * and fades from the day of the answer.
 */
import { formatIsoDay } from '../../dates';
import { LogEntry } from '../../read/logEntry';
import { TAG_BIT } from '../../tags';
import { plural } from '../../text';
import { entryText, EvidenceList, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export interface Wait {
  entry: LogEntry;
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
  let open: Wait[] = [];
  for (const e of events) {
    if ((e.tagBits & TAG_BIT.reply) !== 0) {
      for (const w of open) {
        w.reply = e;
        w.days = e.date - w.entry.date;
      }
      open = [];
    }
    if ((e.tagBits & TAG_BIT.waiting) !== 0) {
      const w: Wait = { entry: e, days: ctx.asOf - e.date };
      waits.push(w);
      open.push(w);
    }
  }
  return waits;
}

export function silenceSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const { settings, fade, describe } = ctx;
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
      evidence.add(w.entry.line, points, describe ? `no reply for ${plural(w.days, 'day')}: ${entryText(w.entry)}` : '');
    } else {
      late++;
      longestLate = Math.max(longestLate, w.days);
      const points = (B.silenceLate + Math.min(beyond, B.silenceLateMaxDays) * B.silenceLatePerDay) * fade(w.reply.date);
      evidence.add(w.entry.line, points, describe ? `answered after ${plural(w.days, 'day')} (on ${formatIsoDay(w.reply.date)}): ${entryText(w.entry)}` : '');
    }
  }
  if (evidence.count === 0 || !ctx.detail) return evidence.draft('');
  const parts: string[] = [];
  if (longest) {
    parts.push(
      `${open === 1 ? '1 message' : `${open} messages`} unanswered past the ${window}-day reply window (longest ${plural(longest.days, 'day')}, since ${formatIsoDay(longest.entry.date)})`,
    );
  }
  if (late > 0) parts.push(`${late} answered late (up to ${plural(longestLate, 'day')})`);
  return evidence.draft(parts.join('; '));
}
