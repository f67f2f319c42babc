/**
 * `revisions`: `#revision` rounds beyond `revisions_included` per deliverable
 * (each dearer than the last), `#vague` feedback. A round the client paid for
 * (`#billed`, or inside invoiced work paid at the agreed rate) weighs a
 * fraction of a free one: asking for much and paying for all of it is
 * demanding, not difficult.
 */
import { CalendarDay } from '../../dates';
import { LogEntry } from '../../read/logEntry';
import { TAG_BIT } from '../../tags';
import { entryText, EvidenceList, ScoreContext, SignalDraft } from '../context';
import { isBilled } from '../invoicedWork';
import { BASE_POINTS, DELIVERABLE_GAP_DAYS } from '../points';

export function revisionsSignal(ctx: ScoreContext): SignalDraft | undefined {
  const B = BASE_POINTS;
  const { note, settings, fade, describe, l10n } = ctx;
  // Only `#revision` and `#vague` entries count (`#delivered` only closes a round).
  if ((ctx.tagBits & (TAG_BIT.revision | TAG_BIT.vague)) === 0) return undefined;
  const included = note.revisionsIncluded ?? settings.defaultRevisionsIncluded;
  const evidence = new EvidenceList(describe);
  const byDate = (a: LogEntry, b: LogEntry) => a.date - b.date || a.line - b.line;
  // A log is usually written in date order: sort a copy only when it is not.
  const ordered = isSorted(ctx.log, byDate) ? ctx.log : [...ctx.log].sort(byDate);
  let rounds = 0;
  let inDeliverable = 0;
  let extra = 0;
  let deliverables = 0;
  let lastRevision: CalendarDay | undefined;
  let vague = 0;
  let billed = 0;
  for (const e of ordered) {
    const bits = e.tagBits;
    if (bits === 0) continue;
    if ((bits & TAG_BIT.delivered) !== 0) inDeliverable = 0;
    if ((bits & TAG_BIT.revision) !== 0) {
      if (lastRevision !== undefined && e.date - lastRevision > DELIVERABLE_GAP_DAYS) inDeliverable = 0;
      if (inDeliverable === 0) deliverables++;
      inDeliverable++;
      rounds++;
      lastRevision = e.date;
      if (inDeliverable > included) {
        extra++;
        // Each round beyond those included costs more than the one before: the
        // ninth round on one deliverable is not the third.
        const base = Math.min(B.extraRevisionMax, B.extraRevision + (inDeliverable - included - 1) * B.extraRevisionStep);
        const paid = isBilled(ctx, e, TAG_BIT.billed);
        if (paid) billed++;
        const words = !describe
          ? ''
          : paid
            ? l10n.t('round {0} ({1} included), billed: {2}', inDeliverable, included, entryText(e))
            : l10n.t('round {0} ({1} included): {2}', inDeliverable, included, entryText(e));
        evidence.add(e.line, base * (paid ? B.billedShare : 1) * fade(e.date), words);
      }
    }
    if ((bits & TAG_BIT.vague) !== 0) {
      vague++;
      evidence.add(e.line, B.vague * fade(e.date), describe ? l10n.t('vague feedback: {0}', entryText(e)) : '');
    }
  }
  if (evidence.count === 0 || !ctx.detail) return evidence.draft('');
  const parts: string[] = [];
  if (extra > 0) {
    const over = deliverables === 1 ? l10n.t('{0} deliverable', deliverables) : l10n.t('{0} deliverables', deliverables);
    parts.push(
      extra === 1
        ? l10n.t('{0} revision round beyond the {1} included ({2} rounds over {3})', extra, included, rounds, over)
        : l10n.t('{0} revision rounds beyond the {1} included ({2} rounds over {3})', extra, included, rounds, over),
    );
    if (billed > 0) parts[parts.length - 1] += billed === extra ? l10n.t(', billed') : l10n.t(', {0} of them billed', billed);
  }
  if (vague > 0) parts.push(vague === 1 ? l10n.t('{0} vague feedback', vague) : l10n.t('{0} vague feedbacks', vague));
  return evidence.draft(parts.join('; '));
}

function isSorted<T>(list: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1], list[i]) > 0) return false;
  return true;
}
