/**
 * The terminal report of `client-friction rank` (the CLI contract, shared/spec/cli.md): the JSON
 * document and the readable table, both pure functions of a portfolio.
 */
import { CalendarDay, formatIsoDay } from '../core/dates';
import { SIGNAL_LABELS } from '../core/score/signals';
import { Trend } from '../core/score/trend';
import { formatAmount, formatShare, formatSignedDelta, plural } from '../core/text';
import { ClientSummary, IncomeBase, incomeShare, Portfolio } from '../core/rank/portfolio';
import { Problem } from '../core/problems';
import { Band, DEFAULT_SETTINGS, SignalId } from '../core/settings';
import { terminalText } from '../core/sinks';
import { FlagId } from '../core/score/friction';

export interface ReportClient {
  name: string;
  file: string;
  status: string;
  score: number;
  band: Band;
  signals: { id: SignalId; points: number; detail: string }[];
  /** Hard flags by name. */
  flags: FlagId[];
  /** The score 30 days earlier and the change since. */
  trend: Trend;
  /** Paid in the last 365 days; `share` of the ranked clients' income in the main currency, or null. */
  income: { paid12m: number; currency: string | null; share: number | null };
  /** Paid amount per logged hour, when both are known (not in the spec's example; additive). */
  effectiveRate: number | null;
  amountOverdue: number;
}

export interface RankReport {
  asOf: string;
  clients: ReportClient[];
  former: ReportClient[];
  pareto: { clients: number; ofClients: number; shareOfFriction: number; shareOfIncome: number | null };
  problems: { file: string; line: number; message: string }[];
}

export function rankReport(portfolio: Portfolio, asOf: CalendarDay): RankReport {
  return {
    asOf: formatIsoDay(asOf),
    clients: portfolio.clients.map((c) => reportClient(c, portfolio.income)),
    // Former clients are not ranked: they have no share of the ranked clients' income.
    former: portfolio.former.map((c) => reportClient(c, undefined)),
    pareto: { ...portfolio.pareto },
    problems: portfolio.problems.map((p) => ({ file: p.file, line: p.line, message: p.message })),
  };
}

function reportClient(c: ClientSummary, income: IncomeBase | undefined): ReportClient {
  return {
    name: c.name,
    file: c.file,
    status: c.status,
    score: c.score,
    band: c.band,
    signals: c.signals.map((s) => ({ id: s.id, points: s.points, detail: s.detail })),
    flags: c.flags.map((f) => f.id),
    trend: { ...c.trend },
    income: { paid12m: c.income.paid12m, currency: c.income.currency ?? null, share: income ? incomeShare(c, income) : null },
    effectiveRate: c.effectiveRate === undefined ? null : Math.round(c.effectiveRate * 100) / 100,
    amountOverdue: c.amountOverdue,
  };
}

export interface TableOptions {
  /** Maximum line width; longer "top signal" texts are cut with an ellipsis. */
  width?: number;
  /** Wraps a band word in terminal colours. */
  colorBand?: (band: Band, text: string) => string;
  /** What was scanned, for the heading. */
  scanned?: string;
  /** The concentration share (0–1) at which a client's income share is called out. */
  concentrationShare?: number;
}

export function rankTable(portfolio: Portfolio, asOf: CalendarDay, options: TableOptions = {}): string {
  const color = options.colorBand ?? ((_b: Band, t: string) => t);
  const width = options.width ?? Infinity;
  const out: string[] = [];
  const total = portfolio.clients.length;
  const where = options.scanned ? ` in ${terminalText(options.scanned)}` : '';
  out.push(`Client friction as of ${formatIsoDay(asOf)}${where}: ${plural(total, 'client')}${portfolio.former.length ? `, ${portfolio.former.length} former` : ''}`);
  out.push('');

  const rows = (clients: ClientSummary[], numbered: boolean, income: IncomeBase | undefined) => {
    const nameWidth = Math.min(32, Math.max(6, ...clients.map((c) => displayName(c).length)));
    const rankWidth = numbered ? String(clients.length).length : 1;
    const flagsOf = (c: ClientSummary) => c.flags.map((f) => f.id).join(', ');
    const flagWidth = Math.max(0, ...clients.map((c) => flagsOf(c).length));
    const flagHead = flagWidth > 0 ? `${'Flags'.padEnd(flagWidth)}  ` : '';
    out.push(
      `${numbered ? '#'.padStart(rankWidth) : ' '.repeat(rankWidth)}  ${'Client'.padEnd(nameWidth)}  Score  Trend  ${'Band'.padEnd(8)}  ${flagHead}Income  Top signal`,
    );
    clients.forEach((c, i) => {
      const rank = numbered ? String(i + 1).padStart(rankWidth) : ' '.repeat(rankWidth);
      const name = cut(displayName(c), nameWidth).padEnd(nameWidth);
      const head = `${rank}  ${name}  ${String(c.score).padStart(5)}  ${formatSignedDelta(c.trend.delta).padStart(5)}  `;
      const band = c.band.padEnd(8);
      const share = income ? incomeShare(c, income) : null;
      const tail = `  ${flagWidth > 0 ? `${flagsOf(c).padEnd(flagWidth)}  ` : ''}${(share === null ? '—' : formatShare(share)).padStart(6)}  `;
      const top = c.signals[0] ? `${SIGNAL_LABELS[c.signals[0].id]}: ${terminalText(c.signals[0].detail)}` : '—';
      const room = width - head.length - band.length - tail.length;
      out.push(`${head}${color(c.band, band)}${tail}${room > 10 ? cut(top, room) : top}`);
    });
  };

  if (total === 0) out.push('No clients found.');
  else rows(portfolio.clients, true, portfolio.income);

  const p = portfolio.pareto;
  if (p.clients > 0) {
    out.push('');
    const ofIncome = p.shareOfIncome === null ? '' : ` and ${formatShare(p.shareOfIncome)} of the income`;
    out.push(
      `Pareto: ${p.clients} of ${p.ofClients} clients (${Math.round((p.clients / p.ofClients) * 100)}%) carry ${Math.round(p.shareOfFriction * 100)}% of the friction${ofIncome}.`,
    );
  }
  if (portfolio.income.total > 0) {
    const currency = portfolio.income.currency ? `${portfolio.income.currency} ` : '';
    out.push(`Income: shares of ${currency}${formatAmount(portfolio.income.total)} paid in the last 12 months (other currencies have none).`);
  }
  const threshold = options.concentrationShare ?? DEFAULT_SETTINGS.concentrationShare;
  const concentrated = portfolio.clients.filter((c) => (incomeShare(c, portfolio.income) ?? 0) >= threshold);
  if (concentrated.length > 0) {
    out.push(`Concentration: ${concentrated.map((c) => `${terminalText(c.name)} brings ${formatShare(incomeShare(c, portfolio.income)!)} of the income`).join(', ')}.`);
  }
  const overdue = portfolio.clients.filter((c) => c.amountOverdue > 0);
  if (overdue.length > 0) {
    out.push(`Overdue: ${overdue.map((c) => terminalText(`${c.name} ${formatAmount(c.amountOverdue, c.currency)}`)).join(', ')}.`);
  }

  if (portfolio.former.length > 0) {
    out.push('');
    out.push('Former clients (not ranked)');
    rows(portfolio.former, false, undefined);
  }

  out.push('');
  if (portfolio.problems.length === 0) out.push('No problems in the notes.');
  else {
    out.push(`Problems (${portfolio.problems.length})`);
    for (const problem of portfolio.problems) out.push(formatProblem(problem));
  }
  return `${out.join('\n')}\n`;
}

/** `file:line: message`, the form editors and terminals link; file names and messages come from notes and folders. */
export function formatProblem(p: Problem): string {
  return terminalText(`${p.file}:${p.line}: ${p.message}`);
}

/** Names come from notes: never let one break the table's lines or reach the terminal as a control sequence. */
function displayName(c: ClientSummary): string {
  const flags = c.problems.some((p) => p.severity === 'error') ? ' (!)' : '';
  return `${terminalText(c.name)}${flags}`;
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1))}…`;
}
