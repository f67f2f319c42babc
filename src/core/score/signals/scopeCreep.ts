/** `scopeCreep`: `#scope-creep` requests, more for the hours they took. */
import { formatIsoDay } from '../../dates';
import { formatHours, plural } from '../../text';
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
  const time = hours > 0 ? `, ${formatHours(hours)} spent` : '';
  return evidence.draft(`${plural(entries.length, 'out-of-scope request')}${time}; latest ${formatIsoDay(latestOf(entries).date)}`);
}
