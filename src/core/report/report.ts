/**
 * The friction report: the five charts of a portfolio, as one plain object
 * that the webview, the HTML file, the markdown file and the tests share.
 * A pure function of the clients (summary and report facts), the settings and
 * the as-of date.
 */
import { CalendarDay } from '../dates';
import { Problem } from '../problems';
import { ClientNote } from '../read/note';
import { ClientSummary, compareRanked, problemsOf, summarizeClient } from '../rank/portfolio';
import { FrictionSettings } from '../settings';
import { ageingChart, AgeingChart } from './ageing';
import { concentrationChart, ConcentrationChart } from './concentration';
import { clientFacts, ReportClient } from './facts';
import { CONCENTRATION_THRESHOLD, incomeOf } from './income';
import { paretoChart, ParetoChart } from './pareto';
import { rateChart, RateChart } from './rate';
import { trendChart, TrendChart } from './trend';

export interface FrictionReport {
  asOf: CalendarDay;
  /** Ranked clients (every status but former). */
  clients: number;
  former: number;
  pareto: ParetoChart;
  trend: TrendChart;
  ageing: AgeingChart;
  rate: RateChart;
  /** Undefined while income is not known. */
  concentration?: ConcentrationChart;
  problems: Problem[];
}

export interface ReportInput {
  /** Every client, former ones included, in any order. */
  clients: readonly ReportClient[];
  settings: FrictionSettings;
  asOf: CalendarDay;
}

export function buildReport({ clients, settings, asOf }: ReportInput): FrictionReport {
  const ranked = clients.filter((c) => c.summary.status !== 'former').sort((a, b) => compareRanked(a.summary, b.summary));
  const former = clients.filter((c) => c.summary.status === 'former');
  const incomes = ranked.map((c) => incomeOf(c.summary));
  const known = incomes.every((i) => i !== undefined) && incomes.length > 0;
  return {
    asOf,
    clients: ranked.length,
    former: former.length,
    pareto: paretoChart(ranked.map((c, i) => ({ summary: c.summary, incomeShare: incomes[i]?.share ?? null }))),
    trend: trendChart(ranked, asOf),
    // A former client may still owe money: its invoices age with the others.
    ageing: ageingChart([...ranked, ...former], settings, asOf),
    rate: rateChart(ranked),
    concentration: known
      ? concentrationChart(
          ranked.map((c, i) => ({ file: c.summary.file, name: c.summary.name, income: incomes[i]! })),
          CONCENTRATION_THRESHOLD,
        )
      : undefined,
    problems: problemsOf(clients.map((c) => c.summary)),
  };
}

/** A client of the report from its note (the CLI and the tests; the extension keeps summaries of its own). */
export function reportClient(note: ClientNote, settings: FrictionSettings, asOf: CalendarDay, summary?: ClientSummary): ReportClient {
  return { summary: summary ?? summarizeClient(note, settings, asOf), facts: clientFacts(note, settings, asOf) };
}
