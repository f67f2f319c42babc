/** `scopeCreep`: `#scope-creep` requests, more for the hours they took. */
import { formatIsoDay } from '../../dates';
import { roundHours } from '../../text';
import { entryText, EvidenceList, latestOf, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export function scopeCreepSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const entries = ctx.tagged('scope-creep');
  if (entries.length === 0) return undefined;
  let hours = 0;
  const evidence = new EvidenceList(ctx.describe);
  for (const e of entries) {
    hours += e.hours ?? 0;
    const points = (B.scopeCreep + Math.min(e.hours ?? 0, B.scopeCreepMaxHours) * B.scopeCreepPerHour) * ctx.fade(e.date);
    evidence.add(e.line, points, ctx.describe ? entryText(e) : '');
  }
  if (!ctx.detail) return evidence.draft('');
  const { l10n } = ctx;
  const n = entries.length;
  const requests = n === 1 ? l10n.t('{0} out-of-scope request', n) : l10n.t('{0} out-of-scope requests', n);
  const latest = formatIsoDay(latestOf(entries).date);
  return evidence.draft(hours > 0 ? l10n.t('{0}, {1}h spent; latest {2}', requests, roundHours(hours), latest) : l10n.t('{0}; latest {1}', requests, latest));
}
