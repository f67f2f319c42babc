/** `conduct`: `#disrespect` / `#rude` incidents, which weigh heavily. */
import { formatIsoDay } from '../../dates';
import { plural } from '../../text';
import { entryText, latestOf, ScoreContext, SignalDraft } from '../context';
import { BASE_POINTS } from '../points';

export function conductSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const entries = ctx.tagged('disrespect');
  if (entries.length === 0) return undefined;
  return {
    evidence: entries.map((e) => ({ line: e.line, text: ctx.describe ? entryText(e) : '', points: B.disrespect * ctx.fade(e.date) })),
    detail: ctx.detail ? `${plural(entries.length, 'disrespectful incident')}, latest ${formatIsoDay(latestOf(entries).date)}: no referral when offboarding` : '',
  };
}
