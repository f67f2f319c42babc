/**
 * The trend: each client's score at 26 weekly points up to the as-of date (a
 * sparkline) and its change over the last 30 days; the worst risers first.
 */
import { CalendarDay } from '../dates';
import { Band } from '../settings';
import { weeklyDays } from '../score/trend';
import { ReportClient } from './facts';
import { byName } from './order';

export interface TrendSeries {
  file: string;
  name: string;
  band: Band;
  score: number;
  /** Score at each weekly point (oldest first); null before the note starts. */
  points: (number | null)[];
  /** The score 30 days earlier, and the change since (the summary's trend). */
  scoreThen: number;
  delta: number;
}

export interface TrendChart {
  /** The day of each weekly point, oldest first; the last is the as-of date. */
  days: CalendarDay[];
  /** Worst risers first: the largest rise, then the highest score, then by name. */
  series: TrendSeries[];
}

export function trendChart(clients: readonly ReportClient[], asOf: CalendarDay): TrendChart {
  const series = clients.map(({ summary: c, facts: f }): TrendSeries => ({
    file: c.file,
    name: c.name,
    band: c.band,
    score: c.score,
    points: f.weekly,
    scoreThen: c.trend.scoreThen,
    delta: c.trend.delta,
  }));
  series.sort((a, b) => b.delta - a.delta || b.score - a.score || byName(a, b));
  return { days: weeklyDays(asOf), series };
}

