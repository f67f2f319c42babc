/** `scopeCreep`: `#scope-creep` requests, more for the hours they took; a change the client paid for (`#billed`, or inside work paid at the agreed rate) weighs a fraction. */
import { formatIsoDay } from '../../dates';
import { roundHours } from '../../text';
import { TAG_BIT } from '../../tags';
import { entryText, EvidenceList, latestOf, ScoreContext, SignalDraft } from '../context';
import { isBilled } from '../invoicedWork';
import { BASE_POINTS } from '../points';

export function scopeCreepSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const entries = ctx.tagged('scope-creep');
  if (entries.length === 0) return undefined;
  let hours = 0;
  let billed = 0;
  const evidence = new EvidenceList(ctx.describe);
  for (const e of entries) {
    hours += e.hours ?? 0;
    const paid = isBilled(ctx, e, TAG_BIT.billed);
    if (paid) billed++;
    const points = (B.scopeCreep + Math.min(e.hours ?? 0, B.scopeCreepMaxHours) * B.scopeCreepPerHour) * (paid ? B.billedShare : 1) * ctx.fade(e.date);
    evidence.add(e.line, points, !ctx.describe ? '' : paid ? ctx.l10n.t('billed: {0}', entryText(e)) : entryText(e));
  }
  if (!ctx.detail) return evidence.draft('');
  const { l10n } = ctx;
  const n = entries.length;
  const requests = n === 1 ? l10n.t('{0} out-of-scope request', n) : l10n.t('{0} out-of-scope requests', n);
  const latest = formatIsoDay(latestOf(entries).date);
  const paidFor = billed === 0 ? '' : billed === n ? l10n.t(', billed') : l10n.t(', {0} of them billed', billed);
  return evidence.draft(
    hours > 0 ? l10n.t('{0}, {1}h spent; latest {2}', `${requests}${paidFor}`, roundHours(hours), latest) : l10n.t('{0}; latest {1}', `${requests}${paidFor}`, latest),
  );
}
