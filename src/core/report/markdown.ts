/**
 * The report as markdown, for a weekly review note: the same sections and
 * numbers as the HTML, each chart as a table (the trend keeps a text
 * sparkline). Every string from a note is escaped for markdown, so a client
 * named `<img src=x onerror=…>` or `| pipe |` stays text in any preview, and
 * its control characters (a `\r` that would end the row, ESC, BEL, NUL) are
 * shown as escapes (sinks.ts, reportMarkdownText).
 */
import { formatIsoDay } from '../dates';
import { bandLabel, clientCount, flagLabel } from '../labels';
import { catalogue } from '../l10n';
import { reportMarkdownText, terminalText } from '../sinks';
import { formatAmount, formatShare, formatSignedDelta } from '../text';
import { AGEING_BUCKETS } from './ageing';
import { reportTitle, sectionTitle, undatedText } from './html';
import { FrictionReport } from './report';
import { invoiceCount } from '../labels';
import { bucketLabel, formerCount, hoursText, missingLabel, missingRatesText, noShare, perHour, ratesUsedText, toneLabel } from './words';
import { formatMoney } from '../money';

const BLOCKS = '▁▂▃▄▅▆▇█';

/** The 26 weekly scores as block characters on the 0–100 scale; a space before the note starts. */
export function textSparkline(points: readonly (number | null)[]): string {
  return points.map((s) => (s === null ? '\u2007' : BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((s / 100) * BLOCKS.length))])).join('');
}

/** A table row; each cell's control characters shown as escapes, whatever made it (note text is escaped by `md` already). */
function row(cells: string[]): string {
  return `| ${cells.map(terminalText).join(' | ')} |`;
}

function tableMd(head: string[], rows: string[][], numeric: number[] = []): string[] {
  return [row(head), row(head.map((_, i) => (numeric.includes(i) ? '---:' : '---'))), ...rows.map(row)];
}

const md = reportMarkdownText;

export function reportMarkdown(report: FrictionReport): string {
  const l10n = catalogue(report.language);
  const title = (id: Parameters<typeof sectionTitle>[0]) => sectionTitle(id, l10n);
  const out: string[] = [];
  const meta = [clientCount(report.clients, l10n)];
  if (report.former) meta.push(formerCount(report.former, l10n));
  out.push(`# ${reportTitle(l10n)}, ${formatIsoDay(report.asOf)}`, '', `${meta.join(', ')}.`, '');

  const p = report.pareto;
  const money = report.income;
  const missingRates = missingRatesText(money.missing, l10n, md);
  out.push(`## ${title('pareto')}`, '', p.sentence, '', ...(missingRates ? [missingRates, ''] : []));
  if (p.bars.length) {
    out.push(
      ...tableMd(
        ['#', l10n.t('Client'), l10n.t('Score'), l10n.t('Band'), l10n.t('Friction'), l10n.t('Income'), l10n.t('Cumulative')],
        p.bars.map((b, i) => [
          `${i + 1}${b.vital ? ' ★' : ''}`,
          md(b.name),
          String(b.score),
          `${bandLabel(b.band, l10n)}${b.flags.map((f) => ` ⚑ ${flagLabel(f, l10n)}`).join('')}`,
          formatShare(b.frictionShare),
          b.incomeShare === null ? '—' : formatShare(b.incomeShare),
          formatShare(b.cumulative),
        ]),
        [0, 2, 4, 5, 6],
      ),
      '',
      l10n.t('★ the few clients with most of the friction: the fewest that carry 80% of it.'),
      '',
    );
  }

  const t = report.trend;
  out.push(`## ${title('trend')}`, '');
  if (t.series.length) {
    out.push(l10n.t('Score every week from {0} to {1}, worst risers first.', formatIsoDay(t.days[0]), formatIsoDay(t.days[t.days.length - 1])), '');
    out.push(
      ...tableMd(
        [l10n.t('Client'), l10n.t('26 weeks'), l10n.t('Now'), l10n.t('30 days ago'), l10n.t('Change')],
        t.series.map((s) => [md(s.name), `\`${textSparkline(s.points)}\``, String(s.score), String(s.scoreThen), formatSignedDelta(s.delta)]),
        [2, 3, 4],
      ),
      '',
    );
  }

  const a = report.ageing;
  out.push(`## ${title('ageing')}`, '');
  if (a.invoices.length === 0) out.push(l10n.t('No invoice is overdue.'), '');
  else {
    out.push(
      ...tableMd(
        [l10n.t('Currency'), ...AGEING_BUCKETS.map((_, i) => bucketLabel(i, l10n)), l10n.t('Total')],
        a.currencies.map((c) => [md(c.currency || '—'), ...c.buckets.map((b) => (b.count ? `${b.count} · ${formatAmount(b.total)}` : '—')), `${formatAmount(c.total)}${c.inHome === undefined ? '' : ` ≈ ${md(formatAmount(c.inHome, money.currency || undefined))}`}`]),
        [1, 2, 3, 4, 5],
      ),
      '',
      ...tableMd(
        [l10n.t('Client'), l10n.t('Invoice'), l10n.t('Amount'), l10n.t('Due'), l10n.t('Days overdue'), l10n.t('Next reminder')],
        a.invoices.map((i) => [
          md(i.client),
          md(i.id),
          i.amount === undefined ? '—' : md(formatMoney(i.amount, i.currency, money)),
          formatIsoDay(i.due),
          String(i.daysOverdue),
          `${toneLabel(i.next.tone, l10n)}, ${i.next.day === report.asOf ? l10n.t('today') : formatIsoDay(i.next.day)}`,
        ]),
        [2, 4],
      ),
      '',
    );
  }
  if (a.homeTotal) out.push(l10n.t('In all, about {0}.', md(formatAmount(a.homeTotal.total, a.homeTotal.currency || undefined))), '');
  for (const n of a.notYetDue) out.push(l10n.t('Not yet due: {0}, {1}.', invoiceCount(n.count, l10n), md(formatMoney(n.total, n.currency, money))), '');
  if (a.undated) out.push(undatedText(a.undated, l10n), '');

  out.push(`## ${title('rate')}`, '', l10n.t('Paid ÷ hours logged over the last 12 months, against the agreed rate.'), '');
  if (report.rate.rows.length) {
    const amount = (v: number | null, c?: string) => (v === null ? '—' : md(formatMoney(v, c, money)));
    out.push(
      ...tableMd(
        [l10n.t('Client'), l10n.t('Paid'), l10n.t('Hours'), l10n.t('Effective'), l10n.t('Agreed'), l10n.t('Of agreed')],
        report.rate.rows.map((r) => [
          md(r.name),
          amount(r.paid, r.currency),
          r.hours > 0 ? hoursText(r.hours, l10n) : '—',
          r.effective === null ? (r.missing ? missingLabel(r.missing, l10n) : '—') : perHour(amount(r.effective, r.currency), l10n),
          r.agreed === null ? '—' : perHour(amount(r.agreed, r.currency), l10n),
          r.ratio === null ? '—' : formatShare(r.ratio),
        ]),
        [1, 2, 3, 4, 5],
      ),
      '',
    );
  }

  const c = report.concentration;
  out.push(`## ${title('concentration')}`, '');
  if (c.currency === null) out.push(l10n.t('Nobody paid anything in the last 12 months.'), '');
  else {
    const threshold = formatShare(c.threshold);
    out.push(
      c.currency
        ? l10n.t('Share of the income in {0} over the last 12 months; {1} or more is a concentration risk.', md(c.currency), threshold)
        : l10n.t('Share of the income in notes without a currency over the last 12 months; {0} or more is a concentration risk.', threshold),
      '',
    );
    for (const line of [ratesUsedText(c.currency, c.rates, l10n, md), missingRatesText(c.missing, l10n, md)]) if (line) out.push(line, '');
    out.push(
      ...tableMd(
        [l10n.t('Client'), l10n.t('Paid'), l10n.t('Share')],
        c.rows.map((r) => [md(r.name), md(formatMoney(r.paid, r.currency, money)), r.share === null ? noShare(r.currency, l10n, md) : `${formatShare(r.share)}${r.risk ? ` ⚠ ${l10n.t('risk')}` : ''}`]),
        [1, 2],
      ),
      '',
    );
  }

  if (report.problems.length) {
    out.push(`## ${l10n.t('Problems in the notes')}`, '');
    for (const pr of report.problems) out.push(`- ${md(`${pr.file}:${pr.line}`)}: ${md(pr.message)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
