/**
 * The terminal report of `client-friction rank` (the CLI contract, shared/spec/cli.md): the JSON
 * document and the readable table, both pure functions of a portfolio.
 */
import { CalendarDay, formatIsoDay } from '../core/dates';
import { SIGNAL_LABELS } from '../core/score/signals';
import { formatAmount, plural } from '../core/text';
import { ClientSummary, Portfolio } from '../core/rank/portfolio';
import { Problem } from '../core/problems';
import { Band, SignalId } from '../core/settings';
import { terminalText } from '../core/sinks';

export interface ReportClient {
  name: string;
  file: string;
  status: string;
  score: number;
  band: Band;
  signals: { id: SignalId; points: number; detail: string }[];
  /** Paid amount per logged hour, when both are known (not in the spec's example; additive). */
  effectiveRate: number | null;
  amountOverdue: number;
}

export interface RankReport {
  asOf: string;
  clients: ReportClient[];
  former: ReportClient[];
  pareto: { clients: number; ofClients: number; shareOfFriction: number };
  problems: { file: string; line: number; message: string }[];
}

export function rankReport(portfolio: Portfolio, asOf: CalendarDay): RankReport {
  return {
    asOf: formatIsoDay(asOf),
    clients: portfolio.clients.map(reportClient),
    former: portfolio.former.map(reportClient),
    pareto: { ...portfolio.pareto },
    problems: portfolio.problems.map((p) => ({ file: p.file, line: p.line, message: p.message })),
  };
}

function reportClient(c: ClientSummary): ReportClient {
  return {
    name: c.name,
    file: c.file,
    status: c.status,
    score: c.score,
    band: c.band,
    signals: c.signals.map((s) => ({ id: s.id, points: s.points, detail: s.detail })),
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
}

export function rankTable(portfolio: Portfolio, asOf: CalendarDay, options: TableOptions = {}): string {
  const color = options.colorBand ?? ((_b: Band, t: string) => t);
  const width = options.width ?? Infinity;
  const out: string[] = [];
  const total = portfolio.clients.length;
  const where = options.scanned ? ` in ${terminalText(options.scanned)}` : '';
  out.push(`Client friction as of ${formatIsoDay(asOf)}${where}: ${plural(total, 'client')}${portfolio.former.length ? `, ${portfolio.former.length} former` : ''}`);
  out.push('');

  const rows = (clients: ClientSummary[], numbered: boolean) => {
    const nameWidth = Math.min(32, Math.max(6, ...clients.map((c) => displayName(c).length)));
    const rankWidth = numbered ? String(clients.length).length : 1;
    out.push(
      `${numbered ? '#'.padStart(rankWidth) : ' '.repeat(rankWidth)}  ${'Client'.padEnd(nameWidth)}  Score  ${'Band'.padEnd(8)}  Top signal`,
    );
    clients.forEach((c, i) => {
      const rank = numbered ? String(i + 1).padStart(rankWidth) : ' '.repeat(rankWidth);
      const name = cut(displayName(c), nameWidth).padEnd(nameWidth);
      const head = `${rank}  ${name}  ${String(c.score).padStart(5)}  `;
      const band = c.band.padEnd(8);
      const top = c.signals[0] ? `${SIGNAL_LABELS[c.signals[0].id]}: ${terminalText(c.signals[0].detail)}` : '—';
      const room = width - head.length - band.length - 2;
      out.push(`${head}${color(c.band, band)}  ${room > 10 ? cut(top, room) : top}`);
    });
  };

  if (total === 0) out.push('No clients found.');
  else rows(portfolio.clients, true);

  const p = portfolio.pareto;
  if (p.clients > 0) {
    out.push('');
    out.push(
      `Pareto: ${p.clients} of ${p.ofClients} clients (${Math.round((p.clients / p.ofClients) * 100)}%) carry ${Math.round(p.shareOfFriction * 100)}% of the friction.`,
    );
  }
  const overdue = portfolio.clients.filter((c) => c.amountOverdue > 0);
  if (overdue.length > 0) {
    out.push(`Overdue: ${overdue.map((c) => terminalText(`${c.name} ${formatAmount(c.amountOverdue, c.currency)}`)).join(', ')}.`);
  }

  if (portfolio.former.length > 0) {
    out.push('');
    out.push('Former clients (not ranked)');
    rows(portfolio.former, false);
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
