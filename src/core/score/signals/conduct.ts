/** `conduct`: `#disrespect` / `#rude` incidents, which weigh heavily. */
import { formatIsoDay } from '../../dates';
import { entryText, EvidenceList, latestOf, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export function conductSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const entries = ctx.tagged('disrespect');
  if (entries.length === 0) return undefined;
  const evidence = new EvidenceList(ctx.describe);
  for (const e of entries) evidence.add(e.line, B.disrespect * ctx.fade(e.date), ctx.describe ? entryText(e) : '');
  if (!ctx.detail) return evidence.draft('');
  const { l10n } = ctx;
  const n = entries.length;
  const latest = formatIsoDay(latestOf(entries).date);
  return evidence.draft(
    n === 1
      ? l10n.t('{0} disrespectful incident, latest {1}: no referral when offboarding', n, latest)
      : l10n.t('{0} disrespectful incidents, latest {1}: no referral when offboarding', n, latest),
  );
}
