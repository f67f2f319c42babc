/**
 * The report as markdown, for a weekly review note: the same sections and
 * numbers as the HTML, each chart as a table (the trend keeps a text
 * sparkline). Every string from a note is escaped for markdown, so a client
 * named `<img src=x onerror=…>` or `| pipe |` stays text in any preview.
 */
import { formatIsoDay } from '../dates';
import { escapeMarkdownText, formatAmount, formatHours, formatShare, formatSignedDelta, plural } from '../text';
import { AGEING_BUCKETS } from './ageing';
import { REPORT_TITLE, SECTIONS } from './html';
import { FrictionReport } from './report';

const BLOCKS = '▁▂▃▄▅▆▇█';

/** The 26 weekly scores as block characters on the 0–100 scale; a space before the note starts. */
export function textSparkline(points: readonly (number | null)[]): string {
  return points.map((s) => (s === null ? '\u2007' : BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((s / 100) * BLOCKS.length))])).join('');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function tableMd(head: string[], rows: string[][], numeric: number[] = []): string[] {
  return [row(head), row(head.map((_, i) => (numeric.includes(i) ? '---:' : '---'))), ...rows.map(row)];
}

const md = escapeMarkdownText;
const title = (id: (typeof SECTIONS)[number][0]) => SECTIONS.find(([s]) => s === id)![1];

export function reportMarkdown(report: FrictionReport): string {
  const out: string[] = [];
  const meta = [plural(report.clients, 'client')];
  if (report.former) meta.push(`${report.former} former`);
  out.push(`# ${REPORT_TITLE}, ${formatIsoDay(report.asOf)}`, '', `${meta.join(', ')}.`, '');

  const p = report.pareto;
  out.push(`## ${title('pareto')}`, '', p.sentence, '');
  if (p.bars.length) {
    out.push(
      ...tableMd(
        ['#', 'Client', 'Score', 'Band', 'Friction', 'Income', 'Cumulative'],
        p.bars.map((b, i) => [
          `${i + 1}${b.vital ? ' ★' : ''}`,
          md(b.name),
          String(b.score),
          `${b.band}${b.flags.map((f) => ` ⚑ ${f}`).join('')}`,
          formatShare(b.frictionShare),
          b.incomeShare === null ? '—' : formatShare(b.incomeShare),
          formatShare(b.cumulative),
        ]),
        [0, 2, 4, 5, 6],
      ),
      '',
      '★ the vital few: the fewest clients that carry 80% of the friction.',
      '',
    );
  }

  const t = report.trend;
  out.push(`## ${title('trend')}`, '');
  if (t.series.length) {
    out.push(`Score every week from ${formatIsoDay(t.days[0])} to ${formatIsoDay(t.days[t.days.length - 1])}, worst risers first.`, '');
    out.push(
      ...tableMd(
        ['Client', '26 weeks', 'Now', '30 days ago', 'Change'],
        t.series.map((s) => [md(s.name), `\`${textSparkline(s.points)}\``, String(s.score), String(s.scoreThen), formatSignedDelta(s.delta)]),
        [2, 3, 4],
      ),
      '',
    );
  }

  const a = report.ageing;
  out.push(`## ${title('ageing')}`, '');
  if (a.invoices.length === 0) out.push('No invoice is overdue.', '');
  else {
    out.push(
      ...tableMd(
        ['Currency', ...AGEING_BUCKETS.map((b) => b.label), 'Total'],
        a.currencies.map((c) => [md(c.currency || '—'), ...c.buckets.map((b) => (b.count ? `${b.count} · ${formatAmount(b.total)}` : '—')), formatAmount(c.total)]),
        [1, 2, 3, 4, 5],
      ),
      '',
      ...tableMd(
        ['Client', 'Invoice', 'Amount', 'Due', 'Days overdue', 'Next reminder'],
        a.invoices.map((i) => [
          md(i.client),
          md(i.id),
          i.amount === undefined ? '—' : md(formatAmount(i.amount, i.currency || undefined)),
          formatIsoDay(i.due),
          String(i.daysOverdue),
          `${i.next.tone}, ${i.next.day === report.asOf ? 'today' : formatIsoDay(i.next.day)}`,
        ]),
        [2, 4],
      ),
      '',
    );
  }
  for (const n of a.notYetDue) out.push(`Not yet due: ${plural(n.count, 'invoice')}, ${md(formatAmount(n.total, n.currency || undefined))}.`, '');
  if (a.undated) out.push(`${plural(a.undated, 'unpaid invoice')} without a due date cannot age.`, '');

  out.push(`## ${title('rate')}`, '', 'Paid ÷ hours logged over the last 12 months, against the agreed rate.', '');
  if (report.rate.rows.length) {
    const money = (v: number | null, c?: string) => (v === null ? '—' : md(formatAmount(v, c)));
    out.push(
      ...tableMd(
        ['Client', 'Paid', 'Hours', 'Effective', 'Agreed', 'Of agreed'],
        report.rate.rows.map((r) => [
          md(r.name),
          money(r.paid, r.currency),
          r.hours > 0 ? formatHours(r.hours) : '—',
          r.effective === null ? (r.missing ?? '—') : `${money(r.effective, r.currency)}/h`,
          r.agreed === null ? '—' : `${money(r.agreed, r.currency)}/h`,
          r.ratio === null ? '—' : formatShare(r.ratio),
        ]),
        [1, 2, 3, 4, 5],
      ),
      '',
    );
  }

  const c = report.concentration;
  out.push(`## ${title('concentration')}`, '');
  if (c.currency === null) out.push('Nobody paid anything in the last 12 months.', '');
  else {
    out.push(`Share of the income ${c.currency ? `in ${md(c.currency)}` : 'in notes without a currency'} over the last 12 months; ${formatShare(c.threshold)} or more is a concentration risk.`, '');
    out.push(
      ...tableMd(
        ['Client', 'Paid', 'Share'],
        c.rows.map((r) => [md(r.name), md(formatAmount(r.paid, r.currency)), r.share === null ? `no share (${md(r.currency ?? 'no currency')})` : `${formatShare(r.share)}${r.risk ? ' ⚠ risk' : ''}`]),
        [1, 2],
      ),
      '',
    );
  }

  if (report.problems.length) {
    out.push('## Problems in the notes', '');
    for (const pr of report.problems) out.push(`- ${md(`${pr.file}:${pr.line}`)}: ${md(pr.message)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
