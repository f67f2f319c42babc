/**
 * The score over time, from one note: the score as of an earlier day is the
 * same function read on the note as it stood that day (noteAsOf), so entries,
 * invoices and payments dated after it do not count then. The trend beside
 * each score is the change over the last 30 days; a chart is a series of
 * such points (weeklyDays gives 26 weekly ones).
 */
import { CalendarDay } from '../dates';
import { ENGLISH, L10n } from '../l10n';
import { ClientNote } from '../read/note';
import { Band, FrictionSettings, SignalId } from '../settings';
import { formatSignedDelta } from '../text';
import { FlagId } from './flags';
import { frictionScore } from './friction';

/** What the trend and a series read of a score: its number, band, points and flags, nothing worded. */
const SCORE_ALONE = Object.freeze({ evidence: false, details: false });

/** The trend compares today's score with the score this many days earlier. */
export const TREND_DAYS = 30;
/** A change this large or larger is shown as an arrow. */
export const TREND_ARROW_POINTS = 5;

export interface Trend {
  days: number;
  /** The score as of `days` days before the as-of date. */
  scoreThen: number;
  /** Today's score minus scoreThen. */
  delta: number;
}

/** The trend of a note whose score as of `asOf` is `score` (computed by the caller, or here). */
export function trendOf(note: ClientNote, settings: FrictionSettings, asOf: CalendarDay, score?: number): Trend {
  const now = score ?? frictionScore(note, settings, asOf, SCORE_ALONE).score;
  const scoreThen = frictionScore(note, settings, asOf - TREND_DAYS, SCORE_ALONE).score;
  return { days: TREND_DAYS, scoreThen, delta: now - scoreThen };
}

/** `up` or `down` when the trend moved TREND_ARROW_POINTS or more, else undefined. */
export function trendDirection(trend: Trend): 'up' | 'down' | undefined {
  if (trend.delta >= TREND_ARROW_POINTS) return 'up';
  if (trend.delta <= -TREND_ARROW_POINTS) return 'down';
  return undefined;
}

export interface SeriesPoint {
  day: CalendarDay;
  score: number;
  band: Band;
  /** Weighted points of each signal that had any that day. */
  points: Partial<Record<SignalId, number>>;
  flags: FlagId[];
}

/** The score of a note as of each day (any order; evidence is not worded). */
export function frictionSeries(note: ClientNote, settings: FrictionSettings, days: readonly CalendarDay[]): SeriesPoint[] {
  return days.map((day) => {
    const r = frictionScore(note, settings, day, SCORE_ALONE);
    const points: Partial<Record<SignalId, number>> = {};
    for (const s of r.signals) points[s.id] = s.points;
    return { day, score: r.score, band: r.band, points, flags: r.flags.map((f) => f.id) };
  });
}

/** `count` days `step` days apart, oldest first, the last being `asOf`: 26 weekly points by default. */
export function weeklyDays(asOf: CalendarDay, count = 26, step = 7): CalendarDay[] {
  return Array.from({ length: count }, (_, i) => asOf - (count - 1 - i) * step);
}

/** `up 18 in 30 days`, `down 6 in 30 days`, `steady over 30 days (+2)`. */
export function describeTrend(trend: Trend, l10n: L10n = ENGLISH): string {
  const direction = trendDirection(trend);
  if (direction === 'up') return l10n.t('up {0} in {1} days', trend.delta, trend.days);
  if (direction === 'down') return l10n.t('down {0} in {1} days', -trend.delta, trend.days);
  if (trend.delta === 0) return l10n.t('steady over {0} days', trend.days);
  return l10n.t('steady over {0} days ({1})', trend.days, formatSignedDelta(trend.delta));
}

/** `↑18` or `↓6` when the trend moved TREND_ARROW_POINTS or more, else ''. */
export function trendArrow(trend: Trend): string {
  const direction = trendDirection(trend);
  return direction === 'up' ? `↑${trend.delta}` : direction === 'down' ? `↓${-trend.delta}` : '';
}
