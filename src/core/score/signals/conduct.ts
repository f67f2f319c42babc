/** `conduct`: `#disrespect` / `#rude` incidents, which weigh heavily. */
import { formatIsoDay } from '../../dates';
import { plural } from '../../text';
import { entryText, EvidenceList, latestOf, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export function conductSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const entries = ctx.tagged('disrespect');
  if (entries.length === 0) return undefined;
  const evidence = new EvidenceList(ctx.describe);
  for (const e of entries) evidence.add(e.line, B.disrespect * ctx.fade(e.date), ctx.describe ? entryText(e) : '');
  return evidence.draft(ctx.detail ? `${plural(entries.length, 'disrespectful incident')}, latest ${formatIsoDay(latestOf(entries).date)}: no referral when offboarding` : '');
}
