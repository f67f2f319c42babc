/**
 * The report as HTML: five sections, each a chart with its numbers in a table
 * beside it. `reportBodyHtml` is what the webview shows (interactive: client
 * names and reminders are buttons its script answers); `reportDocument` is the
 * self-contained file of `client-friction report --out`, with no script, no
 * network and a stylesheet that prints in one column.
 */
import { CalendarDay, formatIsoDay } from '../dates';
import { formatAmount, formatHours, formatShare, formatSignedDelta, plural } from '../text';
import { AGEING_BUCKETS, AgeingChart } from './ageing';
import { ConcentrationChart } from './concentration';
import { REPORT_CSS } from './css';
import { ParetoChart } from './pareto';
import { RateChart } from './rate';
import { FrictionReport } from './report';
import { ageingSvg, concentrationSvg, escapeHtml as esc, paretoSvg, rateSvg, sparklineSvg } from './svg';
import { TrendChart } from './trend';

export interface HtmlOptions {
  /** Client names and reminders as buttons (the webview); plain text otherwise (the file). */
  interactive: boolean;
}

export const REPORT_TITLE = 'Client friction report';

/** The sections' ids and headings, in order (the webview's tests and the markdown follow them). */
export const SECTIONS = [
  ['pareto', 'Friction and income'],
  ['trend', 'Trend'],
  ['ageing', 'Invoice ageing'],
  ['rate', 'Effective rate'],
  ['concentration', 'Concentration'],
] as const;

export function reportBodyHtml(report: FrictionReport, options: HtmlOptions): string {
  const o = options;
  const meta = [`As of <time datetime="${formatIsoDay(report.asOf)}">${formatIsoDay(report.asOf)}</time>`, plural(report.clients, 'client')];
  if (report.former) meta.push(`${report.former} former`);
  if (report.problems.length) meta.push(plural(report.problems.length, 'problem'));
  const out = [`<header class="cf-header"><h1>${REPORT_TITLE}</h1><p class="cf-meta">${meta.join(' · ')}</p></header>`];
  if (report.clients === 0 && report.former === 0) {
    out.push('<p class="cf-empty">No client notes found.</p>');
    return out.join('\n');
  }
  out.push(`<nav class="cf-nav" aria-label="Sections">${SECTIONS.map(([id, title]) => `<a href="#cf-${id}">${title}</a>`).join('')}</nav>`);
  out.push(section('pareto', paretoHtml(report.pareto, o)));
  out.push(section('trend', trendHtml(report.trend, o)));
  out.push(section('ageing', ageingHtml(report.ageing, report.asOf, o)));
  out.push(section('rate', rateHtml(report.rate, o)));
  out.push(section('concentration', concentrationHtml(report.concentration, o)));
  if (report.problems.length) {
    out.push(
      `<section id="cf-problems" class="cf-section" aria-labelledby="cf-problems-h"><h2 id="cf-problems-h">Problems in the notes</h2><ul class="cf-problems">${report.problems
        .map((p) => `<li><code>${esc(`${p.file}:${p.line}`)}</code> ${esc(p.message)}</li>`)
        .join('')}</ul></section>`,
    );
  }
  return out.join('\n');
}

/** The standalone file: no script, no network (its own CSP says so), one column on paper. */
export function reportDocument(report: FrictionReport): string {
  return reportPageHtml({
    csp: "default-src 'none'; style-src 'unsafe-inline'",
    title: `${REPORT_TITLE}, ${formatIsoDay(report.asOf)}`,
    body: reportBodyHtml(report, { interactive: false }),
  });
}

export interface PageParts {
  /** The Content-Security-Policy of the page (ours, never from a note: put in as it is). */
  csp: string;
  title: string;
  body: string;
  /** The nonce the stylesheet and the script carry (the webview's CSP allows only them). */
  nonce?: string;
  /** Attributes of the report's <main> besides its class (the webview's id and version). */
  mainAttributes?: string;
  /** The one script the page loads (the webview's), by URL. */
  scriptSrc?: string;
}

/** A report page: the stylesheet, the body in <main>, and at most one script, under the given CSP. Every part is the caller's (escaped) text. */
export function reportPageHtml(p: PageParts): string {
  const nonce = p.nonce ? ` nonce="${p.nonce}"` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${p.csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(p.title)}</title>`,
    `<style${nonce}>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    `<main class="cf-report"${p.mainAttributes ? ` ${p.mainAttributes}` : ''}>${p.body}</main>`,
    ...(p.scriptSrc ? [`<script${nonce} src="${esc(p.scriptSrc)}"></script>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function section(id: (typeof SECTIONS)[number][0], content: string): string {
  const title = SECTIONS.find(([s]) => s === id)![1];
  return `<section id="cf-${id}" class="cf-section" aria-labelledby="cf-${id}-h"><h2 id="cf-${id}-h">${title}</h2>${content}</section>`;
}

function client(file: string, name: string, o: HtmlOptions): string {
  return o.interactive
    ? `<button type="button" class="cf-client" data-file="${esc(file)}">${esc(name)}</button>`
    : `<span class="cf-client">${esc(name)}</span>`;
}

function figure(svg: string, caption: string): string {
  return `<figure class="cf-figure">${svg}<figcaption>${caption}</figcaption></figure>`;
}

function table(caption: string, head: string[], rows: string[][], numeric: number[] = [], dates: number[] = []): string {
  const cls = (i: number) => (numeric.includes(i) ? ' class="cf-num"' : dates.includes(i) ? ' class="cf-date"' : '');
  return (
    `<div class="cf-table-wrap"><table class="cf-table"><caption>${caption}</caption><thead><tr>${head.map((h, i) => `<th scope="col"${cls(i)}>${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`
  );
}

function share(value: number | null): string {
  return value === null ? '<span class="cf-muted">—</span>' : formatShare(value);
}

function paretoHtml(chart: ParetoChart, o: HtmlOptions): string {
  if (chart.ofClients === 0) return '<p class="cf-empty">No ranked clients.</p>';
  const legend =
    '<span class="cf-key cf-key-friction"></span>share of friction (band colour) <span class="cf-key cf-income"></span>share of income <span class="cf-key cf-key-line"></span>cumulative friction <span class="cf-key cf-key-target"></span>80%';
  const rows = chart.bars.map((b, i) => [
    `${i + 1}${b.vital ? ' <span class="cf-tag">vital few</span>' : ''}`,
    client(b.file, b.name, o),
    String(b.score),
    `<span class="cf-band cf-band-text-${b.band}">${b.band}</span>${b.flags.map((f) => ` <span class="cf-tag" title="hard flag">⚑ ${f}</span>`).join('')}`,
    formatShare(b.frictionShare),
    share(b.incomeShare),
    formatShare(b.cumulative),
  ]);
  return (
    `<p class="cf-lead">${esc(chart.sentence)}</p><div class="cf-stack">${figure(paretoSvg(chart, o.interactive), legend)}` +
    `${table('Clients by friction', ['#', 'Client', 'Score', 'Band', 'Friction', 'Income', 'Cumulative'], rows, [0, 2, 4, 5, 6])}</div>`
  );
}

function trendHtml(chart: TrendChart, o: HtmlOptions): string {
  if (chart.series.length === 0) return '<p class="cf-empty">No ranked clients.</p>';
  const first = formatIsoDay(chart.days[0]);
  const last = formatIsoDay(chart.days[chart.days.length - 1]);
  const risers = chart.series.filter((s) => s.delta > 0);
  const lead = risers.length
    ? `${plural(risers.length, 'client')} got worse over the last 30 days; the sharpest rise: ${esc(risers[0].name)} (${formatSignedDelta(risers[0].delta)}).`
    : 'No client got worse over the last 30 days.';
  const rows = chart.series.map((s) => [
    client(s.file, s.name, o),
    sparklineSvg(s, chart),
    String(s.score),
    String(s.scoreThen),
    `<span class="${s.delta >= 5 ? 'cf-up' : s.delta <= -5 ? 'cf-down' : ''}">${formatSignedDelta(s.delta)}</span>`,
  ]);
  return `<p class="cf-lead">${lead}</p>${table(`Score every week from ${first} to ${last} (0–100), worst risers first`, ['Client', '26 weeks', 'Now', '30 days ago', 'Change'], rows, [2, 3, 4])}`;
}

function ageingHtml(chart: AgeingChart, asOf: CalendarDay, o: HtmlOptions): string {
  const notes: string[] = [];
  for (const p of chart.notYetDue) notes.push(`Not yet due: ${plural(p.count, 'invoice')}, ${esc(formatAmount(p.total, p.currency || undefined))}.`);
  if (chart.undated) notes.push(`${plural(chart.undated, 'unpaid invoice')} without a due date cannot age.`);
  const extra = notes.length ? `<p class="cf-muted">${notes.join(' ')}</p>` : '';
  if (chart.invoices.length === 0) return `<p class="cf-lead">No invoice is overdue.</p>${extra}`;
  const totals = chart.currencies.map((c) => esc(formatAmount(c.total, c.currency || undefined))).join(', ');
  const out = [`<p class="cf-lead">${plural(chart.invoices.length, 'invoice')} overdue: ${totals}.</p>`];
  chart.currencies.forEach((c, i) => {
    const rows = [AGEING_BUCKETS.map((_, b) => (c.buckets[b].count ? `${c.buckets[b].count} · ${esc(formatAmount(c.buckets[b].total))}` : '—'))];
    out.push(
      `<div class="cf-pair">${figure(ageingSvg(c, i), `Overdue in ${esc(c.currency || 'no currency')}, by days overdue`)}${table(
        `Overdue in ${esc(c.currency || 'no currency')}: invoices · amount`,
        AGEING_BUCKETS.map((b) => b.label),
        rows,
        [0, 1, 2, 3],
      )}</div>`,
    );
  });
  const rows = chart.invoices.map((i) => {
    const when = i.next.day === asOf ? 'today' : formatIsoDay(i.next.day);
    const reminder = o.interactive
      ? `<button type="button" class="cf-remind" data-file="${esc(i.file)}" data-tone="${i.next.tone}" data-invoice="${esc(i.id)}" aria-label="${esc(`Insert the ${i.next.tone} reminder about ${i.id} into the note of ${i.client}`)}" title="Insert this reminder into the client's note">Insert</button>`
      : '';
    return [
      client(i.file, i.client, o),
      esc(i.id),
      i.amount === undefined ? '<span class="cf-muted">—</span>' : esc(formatAmount(i.amount, i.currency || undefined)),
      formatIsoDay(i.due),
      String(i.daysOverdue),
      `<span class="cf-tone cf-tone-${i.next.tone}">${i.next.tone}</span> ${when}${reminder ? ` ${reminder}` : ''}`,
    ];
  });
  out.push(table('Overdue invoices, most overdue first, with the next payment reminder', ['Client', 'Invoice', 'Amount', 'Due', 'Days overdue', 'Next reminder'], rows, [2, 4], [3]));
  out.push(extra);
  return out.join('');
}

function rateHtml(chart: RateChart, o: HtmlOptions): string {
  if (chart.rows.length === 0) return '<p class="cf-empty">No ranked clients.</p>';
  const compared = chart.rows.filter((r) => r.ratio !== null);
  const under = compared.filter((r) => r.ratio! < 0.9);
  const lead = compared.length
    ? under.length
      ? `${plural(under.length, 'client')} paid less than 90% of the agreed rate per hour logged over the last 12 months; the lowest: ${esc(under[0].name)} at ${formatShare(under[0].ratio!)}.`
      : 'Every client with hours logged paid at least 90% of the agreed rate over the last 12 months.'
    : 'No client has both hours logged in the last 12 months and an agreed rate.';
  const money = (v: number | null, currency?: string) => (v === null ? '<span class="cf-muted">—</span>' : esc(formatAmount(v, currency)));
  const rows = chart.rows.map((r) => [
    client(r.file, r.name, o),
    money(r.paid, r.currency),
    r.hours > 0 ? formatHours(r.hours) : '<span class="cf-muted">—</span>',
    r.effective === null ? `<span class="cf-muted">${r.missing}</span>` : `${money(r.effective, r.currency)}/h`,
    r.agreed === null ? '<span class="cf-muted">—</span>' : `${money(r.agreed, r.currency)}/h`,
    r.ratio === null ? '<span class="cf-muted">—</span>' : formatShare(r.ratio),
  ]);
  const svg = rateSvg(chart, o.interactive);
  const fig = svg ? figure(svg, 'Effective rate as a share of the agreed rate; the line is the agreed rate') : '';
  return `<p class="cf-lead">${lead}</p><div class="cf-stack">${fig}${table('Paid ÷ hours logged, last 12 months', ['Client', 'Paid', 'Hours', 'Effective', 'Agreed', 'Of agreed'], rows, [1, 2, 3, 4, 5])}</div>`;
}

function concentrationHtml(chart: ConcentrationChart, o: HtmlOptions): string {
  const where = chart.currency ? `in ${esc(chart.currency)}` : 'in notes without a currency';
  const lead =
    chart.currency === null
      ? 'Nobody paid anything in the last 12 months.'
      : chart.atRisk
        ? `${plural(chart.atRisk, 'client')} ${chart.atRisk === 1 ? 'brings' : 'bring'} ${formatShare(chart.threshold)} or more of the income (${where}): losing ${chart.atRisk === 1 ? 'it' : 'one'} is a decision about your income, not just about friction.`
        : `No client brings ${formatShare(chart.threshold)} or more of the income (${where}).`;
  const rows = chart.rows.map((r) => [
    client(r.file, r.name, o),
    esc(formatAmount(r.paid, r.currency)),
    r.share !== null
      ? `${formatShare(r.share)}${r.risk ? ' <span class="cf-tag">risk</span>' : ''}`
      : chart.currency === null
        ? '<span class="cf-muted">—</span>'
        : `<span class="cf-muted">no share (${esc(r.currency ?? 'no currency')})</span>`,
  ]);
  const svg = concentrationSvg(chart, o.interactive);
  const fig = svg ? figure(svg, `Share of the income; the line marks ${formatShare(chart.threshold)}`) : '';
  return `<p class="cf-lead">${lead}</p><div class="cf-pair">${fig}${table(`Paid in the last 12 months and share of the income ${where}`, ['Client', 'Paid', 'Share'], rows, [1, 2])}</div>`;
}
