/**
 * The terminal report of `client-friction rank` (the CLI contract, ../shared/spec/cli.md): the JSON
 * document and the readable table, both pure functions of a portfolio.
 */
import { CalendarDay, formatIsoDay } from '../core/dates';
import { bandLabel, clientCount, flagList, signalLabel } from '../core/labels';
import { ENGLISH, L10n } from '../core/l10n';
import { Trend } from '../core/score/trend';
import { formatAmount, formatShare, formatSignedDelta } from '../core/text';
import { ClientSummary, IncomeBase, incomeShare, Portfolio, ratesUsed } from '../core/rank/portfolio';
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
  /** The words of the table (default English). */
  l10n?: L10n;
}

export function rankTable(portfolio: Portfolio, asOf: CalendarDay, options: TableOptions = {}): string {
  const l10n = options.l10n ?? ENGLISH;
  const color = options.colorBand ?? ((_b: Band, t: string) => t);
  const width = options.width ?? Infinity;
  const out: string[] = [];
  const total = portfolio.clients.length;
  const former = portfolio.former.length;
  const count = former
    ? total === 1
      ? l10n.t('{0} client, {1} former', total, former)
      : l10n.t('{0} clients, {1} former', total, former)
    : clientCount(total, l10n);
  const date = formatIsoDay(asOf);
  out.push(
    options.scanned
      ? l10n.t('Client friction as of {date} in {folder}: {count}', { date, folder: terminalText(options.scanned), count })
      : l10n.t('Client friction as of {date}: {count}', { date, count }),
  );
  out.push('');

  const heads = {
    client: l10n.t('Client'),
    score: l10n.t('Score'),
    trend: l10n.t('Trend'),
    band: l10n.t('Band'),
    flags: l10n.t('Flags'),
    income: l10n.t('Income'),
    top: l10n.t('Top signal'),
  };
  const rows = (clients: ClientSummary[], numbered: boolean, income: IncomeBase | undefined) => {
    const nameWidth = Math.min(32, Math.max(6, heads.client.length, ...clients.map((c) => displayName(c).length)));
    const rankWidth = numbered ? String(clients.length).length : 1;
    const scoreWidth = Math.max(5, heads.score.length);
    const trendWidth = Math.max(5, heads.trend.length);
    const bandWidth = Math.max(8, heads.band.length, ...clients.map((c) => bandLabel(c.band, l10n).length));
    const incomeWidth = Math.max(6, heads.income.length);
    const flagsOf = (c: ClientSummary) => flagList(c.flags, l10n);
    const flagValues = Math.max(0, ...clients.map((c) => flagsOf(c).length));
    const flagWidth = flagValues > 0 ? Math.max(flagValues, heads.flags.length) : 0;
    const flagHead = flagWidth > 0 ? `${heads.flags.padEnd(flagWidth)}  ` : '';
    out.push(
      `${numbered ? '#'.padStart(rankWidth) : ' '.repeat(rankWidth)}  ${heads.client.padEnd(nameWidth)}  ${heads.score.padEnd(scoreWidth)}  ${heads.trend.padEnd(trendWidth)}  ${heads.band.padEnd(bandWidth)}  ${flagHead}${heads.income.padEnd(incomeWidth)}  ${heads.top}`,
    );
    clients.forEach((c, i) => {
      const rank = numbered ? String(i + 1).padStart(rankWidth) : ' '.repeat(rankWidth);
      const name = cut(displayName(c), nameWidth).padEnd(nameWidth);
      const head = `${rank}  ${name}  ${String(c.score).padStart(scoreWidth)}  ${formatSignedDelta(c.trend.delta).padStart(trendWidth)}  `;
      const band = bandLabel(c.band, l10n).padEnd(bandWidth);
      const share = income ? incomeShare(c, income) : null;
      const tail = `  ${flagWidth > 0 ? `${flagsOf(c).padEnd(flagWidth)}  ` : ''}${(share === null ? '—' : formatShare(share)).padStart(incomeWidth)}  `;
      const top = c.signals[0] ? `${signalLabel(c.signals[0].id, l10n)}: ${terminalText(c.signals[0].detail)}` : '—';
      const room = width - head.length - band.length - tail.length;
      out.push(`${head}${color(c.band, band)}${tail}${room > 10 ? cut(top, room) : top}`);
    });
  };

  if (total === 0) out.push(l10n.t('No clients found.'));
  else rows(portfolio.clients, true, portfolio.income);

  const p = portfolio.pareto;
  if (p.clients > 0) {
    out.push('');
    const args = { clients: p.clients, of: p.ofClients, percent: `${Math.round((p.clients / p.ofClients) * 100)}%`, friction: `${Math.round(p.shareOfFriction * 100)}%` };
    out.push(
      p.shareOfIncome === null
        ? l10n.t('Pareto: {clients} of {of} clients ({percent}) carry {friction} of the friction.', args)
        : l10n.t('Pareto: {clients} of {of} clients ({percent}) carry {friction} of the friction and {income} of the income.', { ...args, income: formatShare(p.shareOfIncome) }),
    );
  }
  if (portfolio.income.total > 0) {
    const amount = terminalText(formatAmount(portfolio.income.total, portfolio.income.currency || undefined));
    const rates = ratesUsed(portfolio.clients, portfolio.income);
    const missing = terminalText(portfolio.income.missing.join(', '));
    if (rates.length === 0 && portfolio.income.missing.length === 0) out.push(l10n.t('Income: shares of {0} paid in the last 12 months.', amount));
    else if (rates.length === 0) out.push(l10n.t('Income: shares of {0} paid in the last 12 months (no exchange rate for {1}: those clients have none).', amount, missing));
    else {
      const list = terminalText(rates.map((r) => `${r.currency} ${r.rate}`).join(', '));
      out.push(
        portfolio.income.missing.length === 0
          ? l10n.t('Income: shares of {0} paid in the last 12 months, converted at your exchange rates ({1}).', amount, list)
          : l10n.t('Income: shares of {0} paid in the last 12 months, converted at your exchange rates ({1}); no exchange rate for {2}: those clients have none.', amount, list, missing),
      );
    }
  }
  const threshold = options.concentrationShare ?? DEFAULT_SETTINGS.concentrationShare;
  const concentrated = portfolio.clients.filter((c) => (incomeShare(c, portfolio.income) ?? 0) >= threshold);
  if (concentrated.length > 0) {
    const who = concentrated.map((c) => l10n.t('{name} brings {share} of the income', { name: terminalText(c.name), share: formatShare(incomeShare(c, portfolio.income)!) }));
    out.push(l10n.t('Concentration: {0}.', who.join(', ')));
  }
  const overdue = portfolio.clients.filter((c) => c.amountOverdue > 0);
  if (overdue.length > 0) {
    out.push(l10n.t('Overdue: {0}.', overdue.map((c) => terminalText(`${c.name} ${formatAmount(c.amountOverdue, c.currency)}`)).join(', ')));
  }

  if (portfolio.former.length > 0) {
    out.push('');
    out.push(l10n.t('Former clients (not ranked)'));
    rows(portfolio.former, false, undefined);
  }

  out.push('');
  if (portfolio.problems.length === 0) out.push(l10n.t('No problems in the notes.'));
  else {
    out.push(l10n.t('Problems ({0})', portfolio.problems.length));
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
