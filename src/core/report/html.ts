/**
 * The report as HTML: five sections, each a chart with its numbers in a table
 * beside it. `reportBodyHtml` is what the webview shows (interactive: client
 * names and reminders are buttons its script answers); `reportDocument` is the
 * self-contained file of `client-friction report --out`, with no script, no
 * network and a stylesheet that prints in one column.
 */
import { CalendarDay, formatIsoDay } from '../dates';
import { bandLabel, clientCount, flagLabel } from '../labels';
import { catalogue, L10n } from '../l10n';
import { Language } from '../settings';
import { formatAmount, formatShare, formatSignedDelta } from '../text';
import { AGEING_BUCKETS, AgeingChart } from './ageing';
import { ConcentrationChart } from './concentration';
import { REPORT_CSS } from './css';
import { ParetoChart } from './pareto';
import { RateChart } from './rate';
import { FrictionReport } from './report';
import { ageingSvg, concentrationSvg, escapeHtml as esc, paretoSvg, rateSvg, sparklineSvg } from './svg';
import { TrendChart } from './trend';
import { invoiceCount } from '../labels';
import { bucketLabel, formerCount, hoursText, missingLabel, missingRatesText, noShare, perHour, problemCount, ratesUsedText, toneLabel } from './words';
import { formatMoney, HomeMoney } from '../money';

export interface HtmlOptions {
  /** Client names and reminders as buttons (the webview); plain text otherwise (the file). */
  interactive: boolean;
}

/** The report's title in English (the webview's tests look for it); `reportTitle` words it in a language. */
export const REPORT_TITLE = 'Client friction report';

export function reportTitle(l10n: L10n): string {
  return l10n.t('Client friction report');
}

/** The sections' ids and English headings, in order (the webview's tests and the markdown follow them); `sectionTitle` words them. */
export const SECTIONS = [
  ['pareto', 'Friction and income'],
  ['trend', 'Trend'],
  ['ageing', 'Invoice ageing'],
  ['rate', 'Effective rate'],
  ['concentration', 'Concentration'],
] as const;

export type SectionId = (typeof SECTIONS)[number][0];

export function sectionTitle(id: SectionId, l10n: L10n): string {
  switch (id) {
    case 'pareto':
      return l10n.t('Friction and income');
    case 'trend':
      return l10n.t('Trend');
    case 'ageing':
      return l10n.t('Invoice ageing');
    case 'rate':
      return l10n.t('Effective rate');
    case 'concentration':
      return l10n.t('Concentration');
  }
}

export function reportBodyHtml(report: FrictionReport, options: HtmlOptions): string {
  const l10n = catalogue(report.language);
  const o: Opts = { ...options, l10n, money: report.income };
  const day = formatIsoDay(report.asOf);
  const meta = [l10n.t('As of {0}', `<time datetime="${day}">${day}</time>`), clientCount(report.clients, l10n)];
  if (report.former) meta.push(formerCount(report.former, l10n));
  if (report.problems.length) meta.push(problemCount(report.problems.length, l10n));
  const out = [`<header class="cf-header"><h1>${esc(reportTitle(l10n))}</h1><p class="cf-meta">${meta.join(' · ')}</p></header>`];
  if (report.clients === 0 && report.former === 0) {
    out.push(`<p class="cf-empty">${esc(l10n.t('No client notes found.'))}</p>`);
    return out.join('\n');
  }
  out.push(`<nav class="cf-nav" aria-label="${esc(l10n.t('Sections'))}">${SECTIONS.map(([id]) => `<a href="#cf-${id}">${esc(sectionTitle(id, l10n))}</a>`).join('')}</nav>`);
  out.push(section('pareto', paretoHtml(report.pareto, o, missingRatesText(report.income.missing, l10n, esc)), l10n));
  out.push(section('trend', trendHtml(report.trend, o), l10n));
  out.push(section('ageing', ageingHtml(report.ageing, report.asOf, o), l10n));
  out.push(section('rate', rateHtml(report.rate, o), l10n));
  out.push(section('concentration', concentrationHtml(report.concentration, o), l10n));
  if (report.problems.length) {
    out.push(
      `<section id="cf-problems" class="cf-section" aria-labelledby="cf-problems-h"><h2 id="cf-problems-h">${esc(l10n.t('Problems in the notes'))}</h2><ul class="cf-problems">${report.problems
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
    lang: report.language,
    title: `${reportTitle(catalogue(report.language))}, ${formatIsoDay(report.asOf)}`,
    body: reportBodyHtml(report, { interactive: false }),
  });
}

export interface PageParts {
  /** The Content-Security-Policy of the page (ours, never from a note: put in as it is). */
  csp: string;
  /** The language of the page's words (`<html lang>`); English when not given. */
  lang?: Language;
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
    `<html lang="${p.lang ?? 'en'}">`,
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

/** The options of the renderers below: the caller's, and the words of the report's language. */
interface Opts extends HtmlOptions {
  l10n: L10n;
  /** The home currency and the user's rates: an amount in another currency is shown with its converted figure. */
  money?: HomeMoney;
}

function section(id: SectionId, content: string, l10n: L10n): string {
  return `<section id="cf-${id}" class="cf-section" aria-labelledby="cf-${id}-h"><h2 id="cf-${id}-h">${esc(sectionTitle(id, l10n))}</h2>${content}</section>`;
}

function client(file: string, name: string, o: Opts): string {
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

function empty(text: string): string {
  return `<p class="cf-empty">${esc(text)}</p>`;
}

/** `missingRates`: the sentence naming the currencies without a rate (escaped), if any. */
function paretoHtml(chart: ParetoChart, o: Opts, missingRates?: string): string {
  const l10n = o.l10n;
  if (chart.ofClients === 0) return empty(l10n.t('No ranked clients.'));
  const legend =
    `<span class="cf-key cf-key-friction"></span>${esc(l10n.t('share of friction (band colour)'))} <span class="cf-key cf-income"></span>${esc(l10n.t('share of income'))} ` +
    `<span class="cf-key cf-key-line"></span>${esc(l10n.t('cumulative friction'))} <span class="cf-key cf-key-target"></span>80%`;
  const rows = chart.bars.map((b, i) => [
    `${i + 1}${b.vital ? ` <span class="cf-tag">${esc(l10n.t('most friction'))}</span>` : ''}`,
    client(b.file, b.name, o),
    String(b.score),
    `<span class="cf-band cf-band-text-${b.band}">${esc(bandLabel(b.band, l10n))}</span>${b.flags.map((f) => ` <span class="cf-tag" title="${esc(l10n.t('hard flag'))}">⚑ ${esc(flagLabel(f, l10n))}</span>`).join('')}`,
    formatShare(b.frictionShare),
    share(b.incomeShare),
    formatShare(b.cumulative),
  ]);
  const head = ['#', l10n.t('Client'), l10n.t('Score'), l10n.t('Band'), l10n.t('Friction'), l10n.t('Income'), l10n.t('Cumulative')];
  return (
    `<p class="cf-lead">${esc(chart.sentence)}</p>${missingRates ? `<p class="cf-muted">${missingRates}</p>` : ''}<div class="cf-stack">${figure(paretoSvg(chart, o.interactive, l10n), legend)}` +
    `${table(esc(l10n.t('Clients by friction')), head.map(esc), rows, [0, 2, 4, 5, 6])}</div>`
  );
}

function trendHtml(chart: TrendChart, o: Opts): string {
  const l10n = o.l10n;
  if (chart.series.length === 0) return empty(l10n.t('No ranked clients.'));
  const first = formatIsoDay(chart.days[0]);
  const last = formatIsoDay(chart.days[chart.days.length - 1]);
  const risers = chart.series.filter((s) => s.delta > 0);
  const lead = risers.length
    ? l10n.t('{count} got worse over the last 30 days; the sharpest rise: {name} ({change}).', {
        count: clientCount(risers.length, l10n),
        name: esc(risers[0].name),
        change: formatSignedDelta(risers[0].delta),
      })
    : esc(l10n.t('No client got worse over the last 30 days.'));
  const rows = chart.series.map((s) => [
    client(s.file, s.name, o),
    sparklineSvg(s, chart, l10n),
    String(s.score),
    String(s.scoreThen),
    `<span class="${s.delta >= 5 ? 'cf-up' : s.delta <= -5 ? 'cf-down' : ''}">${formatSignedDelta(s.delta)}</span>`,
  ]);
  const head = [l10n.t('Client'), l10n.t('26 weeks'), l10n.t('Now'), l10n.t('30 days ago'), l10n.t('Change')];
  return `<p class="cf-lead">${lead}</p>${table(esc(l10n.t('Score every week from {0} to {1} (0–100), worst risers first', first, last)), head.map(esc), rows, [2, 3, 4])}`;
}

function ageingHtml(chart: AgeingChart, asOf: CalendarDay, o: Opts): string {
  const l10n = o.l10n;
  const notes: string[] = [];
  for (const p of chart.notYetDue) notes.push(esc(l10n.t('Not yet due: {0}, {1}.', invoiceCount(p.count, l10n), formatMoney(p.total, p.currency, o.money))));
  if (chart.undated) notes.push(esc(undatedText(chart.undated, l10n)));
  const extra = notes.length ? `<p class="cf-muted">${notes.join(' ')}</p>` : '';
  if (chart.invoices.length === 0) return `<p class="cf-lead">${esc(l10n.t('No invoice is overdue.'))}</p>${extra}`;
  const totals = chart.currencies.map((c) => esc(formatMoney(c.total, c.currency, o.money))).join(', ');
  const n = chart.invoices.length;
  const inAll = chart.homeTotal ? ` ${esc(l10n.t('In all, about {0}.', formatAmount(chart.homeTotal.total, chart.homeTotal.currency || undefined)))}` : '';
  const out = [`<p class="cf-lead">${n === 1 ? l10n.t('{0} invoice overdue: {1}.', n, totals) : l10n.t('{0} invoices overdue: {1}.', n, totals)}${inAll}</p>`];
  chart.currencies.forEach((c, i) => {
    const rows = [AGEING_BUCKETS.map((_, b) => (c.buckets[b].count ? `${c.buckets[b].count} · ${esc(formatAmount(c.buckets[b].total))}` : '—'))];
    const caption = c.currency ? l10n.t('Overdue in {0}, by days overdue', c.currency) : l10n.t('Overdue in no currency, by days overdue');
    const tableCaption = c.currency ? l10n.t('Overdue in {0}: invoices · amount', c.currency) : l10n.t('Overdue in no currency: invoices · amount');
    out.push(
      `<div class="cf-pair">${figure(ageingSvg(c, i, l10n), esc(caption))}${table(
        esc(tableCaption),
        AGEING_BUCKETS.map((_, b) => esc(bucketLabel(b, l10n))),
        rows,
        [0, 1, 2, 3],
      )}</div>`,
    );
  });
  const rows = chart.invoices.map((i) => {
    const when = i.next.day === asOf ? esc(l10n.t('today')) : formatIsoDay(i.next.day);
    const tone = toneLabel(i.next.tone, l10n);
    const reminder = o.interactive
      ? `<button type="button" class="cf-remind" data-file="${esc(i.file)}" data-tone="${i.next.tone}" data-invoice="${esc(i.id)}" aria-label="${esc(l10n.t('Send the {tone} reminder about {invoice} to {client}: as an email, copied, or into the note', { tone, invoice: i.id, client: i.client }))}" title="${esc(l10n.t('Open it as an email to the contact, copy it, or insert it into the note'))}">${esc(l10n.t('Send…'))}</button>`
      : '';
    return [
      client(i.file, i.client, o),
      esc(i.id),
      i.amount === undefined ? '<span class="cf-muted">—</span>' : esc(formatMoney(i.amount, i.currency, o.money)),
      formatIsoDay(i.due),
      String(i.daysOverdue),
      `<span class="cf-tone cf-tone-${i.next.tone}">${esc(tone)}</span> ${when}${reminder ? ` ${reminder}` : ''}`,
    ];
  });
  const head = [l10n.t('Client'), l10n.t('Invoice'), l10n.t('Amount'), l10n.t('Due'), l10n.t('Days overdue'), l10n.t('Next reminder')];
  out.push(table(esc(l10n.t('Overdue invoices, most overdue first, with the next payment reminder')), head.map(esc), rows, [2, 4], [3]));
  out.push(extra);
  return out.join('');
}

/** `2 unpaid invoices without a due date cannot age.` (the HTML and the markdown). */
export function undatedText(count: number, l10n: L10n): string {
  return count === 1 ? l10n.t('{0} unpaid invoice without a due date cannot age.', count) : l10n.t('{0} unpaid invoices without a due date cannot age.', count);
}

function rateHtml(chart: RateChart, o: Opts): string {
  const l10n = o.l10n;
  if (chart.rows.length === 0) return empty(l10n.t('No ranked clients.'));
  const compared = chart.rows.filter((r) => r.ratio !== null);
  const under = compared.filter((r) => r.ratio! < 0.9);
  const lead = compared.length
    ? under.length
      ? l10n.t('{count} paid less than 90% of the agreed rate per hour logged over the last 12 months; the lowest: {name} at {share}.', {
          count: clientCount(under.length, l10n),
          name: esc(under[0].name),
          share: formatShare(under[0].ratio!),
        })
      : esc(l10n.t('Every client with hours logged paid at least 90% of the agreed rate over the last 12 months.'))
    : esc(l10n.t('No client has both hours logged in the last 12 months and an agreed rate.'));
  const money = (v: number | null, currency?: string) => (v === null ? '<span class="cf-muted">—</span>' : esc(formatMoney(v, currency, o.money)));
  const rows = chart.rows.map((r) => [
    client(r.file, r.name, o),
    money(r.paid, r.currency),
    r.hours > 0 ? esc(hoursText(r.hours, l10n)) : '<span class="cf-muted">—</span>',
    r.effective === null ? `<span class="cf-muted">${r.missing ? esc(missingLabel(r.missing, l10n)) : ''}</span>` : perHour(money(r.effective, r.currency), l10n),
    r.agreed === null ? '<span class="cf-muted">—</span>' : perHour(money(r.agreed, r.currency), l10n),
    r.ratio === null ? '<span class="cf-muted">—</span>' : formatShare(r.ratio),
  ]);
  const svg = rateSvg(chart, o.interactive, l10n);
  const fig = svg ? figure(svg, esc(l10n.t('Effective rate as a share of the agreed rate; the line is the agreed rate'))) : '';
  const head = [l10n.t('Client'), l10n.t('Paid'), l10n.t('Hours'), l10n.t('Effective'), l10n.t('Agreed'), l10n.t('Of agreed')];
  return `<p class="cf-lead">${lead}</p><div class="cf-stack">${fig}${table(esc(l10n.t('Paid ÷ hours logged, last 12 months')), head.map(esc), rows, [1, 2, 3, 4, 5])}</div>`;
}

function concentrationHtml(chart: ConcentrationChart, o: Opts): string {
  const l10n = o.l10n;
  const where = chart.currency ? l10n.t('in {0}', esc(chart.currency)) : esc(l10n.t('in notes without a currency'));
  const threshold = formatShare(chart.threshold);
  const lead =
    chart.currency === null
      ? esc(l10n.t('Nobody paid anything in the last 12 months.'))
      : chart.atRisk
        ? chart.atRisk === 1
          ? l10n.t('{count} brings {share} or more of the income ({where}): losing it is a decision about your income, not just about friction.', {
              count: clientCount(chart.atRisk, l10n),
              share: threshold,
              where,
            })
          : l10n.t('{count} bring {share} or more of the income ({where}): losing one is a decision about your income, not just about friction.', {
              count: clientCount(chart.atRisk, l10n),
              share: threshold,
              where,
            })
        : l10n.t('No client brings {share} or more of the income ({where}).', { share: threshold, where });
  const rows = chart.rows.map((r) => [
    client(r.file, r.name, o),
    esc(formatMoney(r.paid, r.currency, o.money)),
    r.share !== null
      ? `${formatShare(r.share)}${r.risk ? ` <span class="cf-tag">${esc(l10n.t('risk'))}</span>` : ''}`
      : chart.currency === null
        ? '<span class="cf-muted">—</span>'
        : `<span class="cf-muted">${noShare(r.currency, l10n, esc)}</span>`,
  ]);
  const svg = concentrationSvg(chart, o.interactive, l10n);
  const fig = svg ? figure(svg, esc(l10n.t('Share of the income; the line marks {0}', threshold))) : '';
  const head = [l10n.t('Client'), l10n.t('Paid'), l10n.t('Share')];
  const money = [ratesUsedText(chart.currency ?? '', chart.rates, l10n, esc), missingRatesText(chart.missing, l10n, esc)].filter((x) => x !== undefined);
  const notes = money.length ? `<p class="cf-muted">${money.join(' ')}</p>` : '';
  return `<p class="cf-lead">${lead}</p>${notes}<div class="cf-pair">${fig}${table(l10n.t('Paid in the last 12 months and share of the income {0}', where), head.map(esc), rows, [1, 2])}</div>`;
}
