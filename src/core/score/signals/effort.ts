/**
 * `effort`: the recent effective hourly rate (paid ÷ logged hours, both
 * faded) below the agreed `rate`, over the work that has been invoiced (hours
 * after the latest invoice are not billed yet); from fewer than 10 invoiced
 * hours no rate is read.
 */
import { formatAmount, roundHours } from '../../text';
import { EvidenceList, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export function effortSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const { note } = ctx;
  if (!note.rate || ctx.invoices.length === 0) return undefined;
  const work = ctx.invoicedWork();
  const effective = work.effectiveRate;
  if (effective === undefined || !work.lastWork) return undefined;
  const shortfall = 1 - effective / note.rate;
  if (!Number.isFinite(shortfall)) return undefined;
  if (shortfall < B.effortTolerance) return undefined;
  const points = B.effortMax * Math.min(1, shortfall);
  const evidence = new EvidenceList(ctx.describe);
  if (!ctx.detail && !ctx.describe) {
    evidence.add(work.lastWork.line, points, '');
    return evidence.draft('');
  }
  const pct = Math.round(Math.min(1, shortfall) * 100);
  const { l10n } = ctx;
  const spent = l10n.t('{0}h logged, {1} paid', roundHours(work.hours), formatAmount(work.paid, note.currency));
  evidence.add(work.lastWork.line, points, spent);
  return evidence.draft(l10n.t('recent effective rate {0}/h against {1} agreed (−{2}%): {3}', formatAmount(effective, note.currency), formatAmount(note.rate, note.currency), pct, spent));
}
