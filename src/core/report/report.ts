/**
 * The friction report: the five charts of a portfolio, as one plain object
 * that the webview, the HTML file, the markdown file and the tests share.
 * A pure function of the clients (summary and report facts), the settings and
 * the as-of date.
 */
import { CalendarDay } from '../dates';
import { Problem } from '../problems';
import { ClientNote } from '../read/note';
import { ClientSummary, compareRanked, IncomeBase, incomeBase, problemsOf, summarizeClient } from '../rank/portfolio';
import { catalogue } from '../l10n';
import { FrictionSettings, Language } from '../settings';
import { ageingChart, AgeingChart } from './ageing';
import { concentrationChart, ConcentrationChart } from './concentration';
import { clientFacts, ReportClient } from './facts';
import { paretoChart, ParetoChart } from './pareto';
import { rateChart, RateChart } from './rate';
import { trendChart, TrendChart } from './trend';

export interface FrictionReport {
  asOf: CalendarDay;
  /** The language of its words (settings.language): the Pareto sentence here, the rest where it is drawn. */
  language: Language;
  /** Ranked clients (every status but former). */
  clients: number;
  former: number;
  pareto: ParetoChart;
  trend: TrendChart;
  ageing: AgeingChart;
  rate: RateChart;
  concentration: ConcentrationChart;
  /** What income is counted in: the home currency, the user's rates, and the currencies without one. */
  income: IncomeBase;
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
  const summaries = ranked.map((c) => c.summary);
  const income = incomeBase(summaries, settings);
  return {
    asOf,
    language: settings.language,
    clients: ranked.length,
    former: former.length,
    pareto: paretoChart(summaries, income, catalogue(settings.language)),
    trend: trendChart(ranked, asOf),
    // A former client may still owe money: its invoices age with the others.
    ageing: ageingChart([...ranked, ...former], settings, asOf, income),
    rate: rateChart(ranked, income),
    concentration: concentrationChart(summaries, income, settings.concentrationShare),
    income,
    problems: problemsOf(clients.map((c) => c.summary)),
  };
}

/** A client of the report from its note (the CLI and the tests; the extension keeps summaries of its own). */
export function reportClient(note: ClientNote, settings: FrictionSettings, asOf: CalendarDay, summary?: ClientSummary): ReportClient {
  return { summary: summary ?? summarizeClient(note, settings, asOf), facts: clientFacts(note, settings, asOf) };
}
