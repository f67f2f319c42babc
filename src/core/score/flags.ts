/**
 * Hard flags: a `#disrespect` (`#rude`) or a `#chargeback` (`#dispute`,
 * `#refund-demand`) in the last `flagDays` days (setting, default 180).
 * Seasoned freelancers end a relationship on one abusive message, whatever
 * the sum of the rest: a flagged client never ranks below `strained`, and
 * every surface names the flag.
 */
import { CalendarDay } from '../dates';
import { KnownTag } from '../tags';
import { ScoreContext } from './context';

export const FLAG_IDS = ['disrespect', 'chargeback'] as const;
export type FlagId = (typeof FLAG_IDS)[number];

/** The tag that raises each flag (its synonyms too). */
const FLAG_TAGS: Readonly<Record<FlagId, KnownTag>> = { disrespect: 'disrespect', chargeback: 'chargeback' };

export interface Flag {
  id: FlagId;
  /** The latest entry that raised it. */
  day: CalendarDay;
  line: number;
}

/** The flags raised as of the context's date, in FLAG_IDS order. */
export function flagsOf(ctx: ScoreContext): Flag[] {
  const flags: Flag[] = [];
  const since = ctx.asOf - ctx.settings.flagDays;
  for (const id of FLAG_IDS) {
    let latest: Flag | undefined;
    for (const e of ctx.tagged(FLAG_TAGS[id])) {
      if (e.date >= since && (!latest || e.date > latest.day || (e.date === latest.day && e.line > latest.line))) latest = { id, day: e.date, line: e.line };
    }
    if (latest) flags.push(latest);
  }
  return flags;
}
