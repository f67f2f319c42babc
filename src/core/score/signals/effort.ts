/** `effort`: the recent effective hourly rate (paid ÷ logged hours, both faded) below the agreed `rate`. */
import { isPaidBy } from '../../invoices';
import { LogEntry } from '../../read/logEntry';
import { formatAmount, roundHours } from '../../text';
import { EvidenceList, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export function effortSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const { note, asOf, fade } = ctx;
  if (!note.rate || ctx.invoices.length === 0) return undefined;
  let hours = 0;
  let weightedHours = 0;
  let lastWork: LogEntry | undefined;
  for (const e of ctx.log) {
    if (!e.hours) continue;
    hours += e.hours;
    weightedHours += e.hours * fade(e.date);
    if (!lastWork || e.date >= lastWork.date) lastWork = e;
  }
  if (hours < B.effortMinHours || !lastWork) return undefined;
  let paid = 0;
  let weightedPaid = 0;
  for (const i of ctx.invoices) {
    if (!isPaidBy(i, asOf) || i.amount === undefined) continue;
    paid += i.amount;
    weightedPaid += i.amount * fade(i.paid ?? i.due ?? asOf);
  }
  // Work old enough for its fade to underflow (hours logged in 1900 with a
  // short half-life) weighs nothing: no rate can be read from it (0/0).
  if (!(weightedHours > 0)) return undefined;
  const effective = weightedPaid / weightedHours;
  const shortfall = 1 - effective / note.rate;
  if (!Number.isFinite(shortfall)) return undefined;
  if (shortfall < B.effortTolerance) return undefined;
  const points = B.effortMax * Math.min(1, shortfall);
  const evidence = new EvidenceList(ctx.describe);
  if (!ctx.detail && !ctx.describe) {
    evidence.add(lastWork.line, points, '');
    return evidence.draft('');
  }
  const pct = Math.round(Math.min(1, shortfall) * 100);
  const { l10n } = ctx;
  const spent = l10n.t('{0}h logged, {1} paid', roundHours(hours), formatAmount(paid, note.currency));
  evidence.add(lastWork.line, points, spent);
  return evidence.draft(l10n.t('recent effective rate {0}/h against {1} agreed (−{2}%): {3}', formatAmount(effective, note.currency), formatAmount(note.rate, note.currency), pct, spent));
}
