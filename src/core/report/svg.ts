/**
 * The report's charts as SVG text, drawn from the chart models. Colours are
 * classes (the stylesheet maps them to the theme's variables), never inline
 * styles, so a strict Content-Security-Policy holds and the same SVG reads
 * right in a light, dark or high-contrast theme and on paper. Every string
 * from a note is escaped; every chart has a title and a description for
 * screen readers, each bar a <title> (its tooltip), and a table beside it.
 */
import { formatIsoDay } from '../dates';
import { clientCount } from '../labels';
import { L10n } from '../l10n';
import { formatAmount, formatShare } from '../text';
import { AGEING_BUCKETS, CurrencyAgeing } from './ageing';
import { ConcentrationChart } from './concentration';
import { ParetoChart } from './pareto';
import { RateChart } from './rate';
import { TrendChart, TrendSeries } from './trend';
import { bucketLabel, perHour } from './words';

/** Text for HTML and SVG: the five special characters as entities, control characters as U+FFFD. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => ENTITIES[c] ?? '\ufffd');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** At most `max` characters (whole code points), with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A coordinate with at most one decimal, as short as it can be. */
function n(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** The smallest of 10%, 20%, 25%, 50%, 100%, … steps at or above `share`. */
function niceShare(share: number): number {
  for (const top of [0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1]) if (share <= top + 1e-9) return top;
  return Math.ceil(share * 2) / 2;
}

/** Tick values from 0 to `top` in steps of 5%, 10%, 20%, 25% or 50%: at most six ticks. */
function ticks(top: number): number[] {
  const step = [0.05, 0.1, 0.2, 0.25, 0.5].find((st) => top / st <= 5 + 1e-9 && Math.abs(top / st - Math.round(top / st)) < 1e-9) ?? top;
  const out: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) out.push(Math.round(v * 1000) / 1000);
  return out;
}

/** What every interactive element carries: the note it opens (read by the webview's script). */
function fileAttr(file: string, interactive: boolean): string {
  return interactive ? ` data-file="${escapeHtml(file)}"` : '';
}

function open(id: string, width: number, height: number, title: string, desc: string, cls: string): string {
  return (
    `<svg class="cf-svg ${cls}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>`
  );
}

// --- Pareto -----------------------------------------------------------------

export function paretoSvg(chart: ParetoChart, interactive: boolean, l10n: L10n): string {
  const bars = chart.bars;
  const labelled = bars.length <= 24;
  const W = 720;
  const L = 44;
  const R = 48;
  const T = 22;
  const B = labelled ? 104 : 30;
  const H = 300 + (labelled ? 74 : 0);
  const pw = W - L - R;
  const ph = H - T - B;
  const top = niceShare(Math.max(0.0001, ...bars.map((b) => Math.max(b.frictionShare, b.incomeShare ?? 0))));
  const y = (share: number) => T + ph - (share / top) * ph;
  const yCum = (share: number) => T + ph - share * ph;
  const slot = pw / Math.max(1, bars.length);
  const barW = Math.max(0.6, slot * 0.38);
  const out: string[] = [];
  const desc = `${chart.sentence} ${l10n.t("Bars: each client's share of the friction and of the income; line: cumulative share of the friction.")}`;
  out.push(open('cf-pareto', W, H, l10n.t('Friction and income by client'), desc, 'cf-pareto'));

  // The vital few, shaded behind their bars.
  if (chart.vitalFew > 0) {
    out.push(`<rect class="cf-vital" x="${n(L)}" y="${n(T)}" width="${n(slot * chart.vitalFew)}" height="${n(ph)}"/>`);
    out.push(`<text class="cf-note" x="${n(L + 4)}" y="${n(T - 6)}">${escapeHtml(l10n.t('the {0} of {1} clients with most of the friction', chart.vitalFew, chart.ofClients))}</text>`);
  }
  // Grid and the left axis (share of friction or income per client).
  for (const v of ticks(top)) {
    out.push(`<line class="cf-grid" x1="${n(L)}" x2="${n(W - R)}" y1="${n(y(v))}" y2="${n(y(v))}"/>`);
    out.push(`<text class="cf-axis" x="${n(L - 6)}" y="${n(y(v) + 4)}" text-anchor="end">${formatShare(v)}</text>`);
  }
  // Right axis: the cumulative share, with the 80% mark.
  for (const v of [0, 0.5, 1]) out.push(`<text class="cf-axis" x="${n(W - R + 6)}" y="${n(yCum(v) + 4)}">${formatShare(v)}</text>`);
  out.push(`<line class="cf-target" x1="${n(L)}" x2="${n(W - R)}" y1="${n(yCum(0.8))}" y2="${n(yCum(0.8))}"/>`);
  out.push(`<text class="cf-axis cf-target-label" x="${n(W - R + 6)}" y="${n(yCum(0.8) + 4)}">80%</text>`);

  bars.forEach((b, i) => {
    const x = L + i * slot + (slot - 2 * barW) / 2;
    const income = b.incomeShare === null ? l10n.t('no income share') : l10n.t('{0} of the income', formatShare(b.incomeShare));
    out.push(`<g class="cf-bar-group${interactive ? ' cf-clickable' : ''}"${fileAttr(b.file, interactive)}>`);
    const tip = l10n.t('{name}: friction {score}, {share} of the friction; {income}; cumulative {cumulative}', {
      name: b.name,
      score: b.score,
      share: formatShare(b.frictionShare),
      income,
      cumulative: formatShare(b.cumulative),
    });
    out.push(`<title>${escapeHtml(tip)}</title>`);
    out.push(`<rect class="cf-bar cf-band-${b.band}" x="${n(x)}" y="${n(y(b.frictionShare))}" width="${n(barW)}" height="${n(Math.max(0, T + ph - y(b.frictionShare)))}"/>`);
    if (b.incomeShare !== null) {
      out.push(`<rect class="cf-bar cf-income" x="${n(x + barW)}" y="${n(y(b.incomeShare))}" width="${n(barW)}" height="${n(Math.max(0, T + ph - y(b.incomeShare)))}"/>`);
    }
    out.push('</g>');
    if (labelled) {
      const cx = L + (i + 0.5) * slot;
      out.push(`<text class="cf-label" transform="translate(${n(cx + 3)} ${n(T + ph + 10)}) rotate(-55)" text-anchor="end">${escapeHtml(clip(b.name, 18))}</text>`);
    }
  });
  // The cumulative line, over the bars.
  if (bars.length > 0) {
    const points = bars.map((b, i) => `${n(L + (i + 0.5) * slot)},${n(yCum(b.cumulative))}`);
    out.push(`<polyline class="cf-cumulative" points="${points.join(' ')}"/>`);
    if (bars.length <= 40) for (const p of points) out.push(`<circle class="cf-cumulative-dot" cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="2.5"/>`);
  }
  out.push(`<line class="cf-axis-line" x1="${n(L)}" x2="${n(W - R)}" y1="${n(T + ph)}" y2="${n(T + ph)}"/>`);
  if (!labelled) out.push(`<text class="cf-axis" x="${n(L)}" y="${n(H - 10)}">${escapeHtml(l10n.t('clients, by friction →'))}</text>`);
  out.push('</svg>');
  return out.join('');
}

// --- Trend ------------------------------------------------------------------

/** A sparkline of the 26 weekly scores on a fixed 0–100 scale, so clients compare. */
export function sparklineSvg(series: TrendSeries, chart: TrendChart, l10n: L10n): string {
  const W = 104;
  const H = 26;
  const x = (i: number) => 2 + i * ((W - 4) / Math.max(1, chart.days.length - 1));
  const y = (s: number) => 2 + ((100 - s) / 100) * (H - 4);
  const known = series.points.map((s, i) => ({ s, i })).filter((p): p is { s: number; i: number } => p.s !== null);
  const from = known[0];
  const words = from
    ? l10n.t('score {from} on {fromDay}, {score} on {day}; low {low}, high {high}', {
        from: from.s,
        fromDay: formatIsoDay(chart.days[from.i]),
        score: series.score,
        day: formatIsoDay(chart.days[chart.days.length - 1]),
        low: Math.min(...known.map((p) => p.s)),
        high: Math.max(...known.map((p) => p.s)),
      })
    : l10n.t('no history');
  const out = [`<svg class="cf-svg cf-spark" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(`${series.name}: ${words}`)}" xmlns="http://www.w3.org/2000/svg">`];
  out.push(`<line class="cf-grid" x1="0" x2="${W}" y1="${n(y(0))}" y2="${n(y(0))}"/>`);
  if (known.length > 1) out.push(`<polyline class="cf-spark-line" points="${known.map((p) => `${n(x(p.i))},${n(y(p.s))}`).join(' ')}"/>`);
  const last = known[known.length - 1];
  if (last) out.push(`<circle class="cf-dot cf-band-${series.band}" cx="${n(x(last.i))}" cy="${n(y(last.s))}" r="2.5"/>`);
  out.push('</svg>');
  return out.join('');
}

// --- Ageing -----------------------------------------------------------------

export function ageingSvg(row: CurrencyAgeing, index: number, l10n: L10n): string {
  const W = 360;
  const H = 180;
  const L = 12;
  const T = 26;
  const B = 30;
  const ph = H - T - B;
  const slot = (W - 2 * L) / AGEING_BUCKETS.length;
  const max = Math.max(...row.buckets.map((b) => b.total), 0);
  const currency = row.currency || undefined;
  const desc = AGEING_BUCKETS.map((_, i) => `${bucketLabel(i, l10n)}: ${row.buckets[i].count} (${formatAmount(row.buckets[i].total, currency)})`).join('; ');
  const title = row.currency ? l10n.t('Overdue invoices in {0} by days overdue', row.currency) : l10n.t('Overdue invoices in no currency by days overdue');
  const out = [open(`cf-ageing-${index}`, W, H, title, desc, 'cf-ageing')];
  AGEING_BUCKETS.forEach((_, i) => {
    const b = row.buckets[i];
    const label = bucketLabel(i, l10n);
    const amount = formatAmount(b.total, currency);
    const h = max > 0 ? (b.total / max) * ph : 0;
    const x = L + i * slot + slot * 0.15;
    const tip =
      b.count === 1
        ? l10n.t('{bucket} overdue: {count} invoice, {amount}', { bucket: label, count: b.count, amount })
        : l10n.t('{bucket} overdue: {count} invoices, {amount}', { bucket: label, count: b.count, amount });
    out.push(`<g><title>${escapeHtml(tip)}</title>`);
    out.push(`<rect class="cf-bar cf-age-${i}" x="${n(x)}" y="${n(T + ph - h)}" width="${n(slot * 0.7)}" height="${n(h)}"/></g>`);
    out.push(`<text class="cf-value" x="${n(x + slot * 0.35)}" y="${n(T + ph - h - 5)}" text-anchor="middle">${b.count ? escapeHtml(formatAmount(b.total)) : ''}</text>`);
    out.push(`<text class="cf-axis" x="${n(x + slot * 0.35)}" y="${n(H - 12)}" text-anchor="middle">${escapeHtml(label)}</text>`);
  });
  out.push(`<line class="cf-axis-line" x1="${L}" x2="${W - L}" y1="${n(T + ph)}" y2="${n(T + ph)}"/>`);
  out.push('</svg>');
  return out.join('');
}

// --- Horizontal bars (effective rate, concentration) ------------------------

interface HBar {
  file: string;
  name: string;
  value: number;
  cls: string;
  label: string;
  tip: string;
}

function hbarsSvg(id: string, title: string, desc: string, bars: HBar[], top: number, mark: { at: number; label: string }, interactive: boolean): string {
  const W = 720;
  const L = 180;
  const R = 110;
  const T = 24;
  const rowH = 20;
  const H = T + bars.length * rowH + 8;
  const x = (v: number) => L + (Math.min(v, top) / top) * (W - L - R);
  const out = [open(id, W, H, title, desc, 'cf-hbars')];
  for (const v of ticks(top)) {
    out.push(`<line class="cf-grid" x1="${n(x(v))}" x2="${n(x(v))}" y1="${T}" y2="${n(H - 8)}"/>`);
    out.push(`<text class="cf-axis" x="${n(x(v))}" y="${T - 8}" text-anchor="middle">${formatShare(v)}</text>`);
  }
  bars.forEach((b, i) => {
    const yy = T + i * rowH;
    out.push(`<g${interactive ? ' class="cf-clickable"' : ''}${fileAttr(b.file, interactive)}><title>${escapeHtml(b.tip)}</title>`);
    out.push(`<text class="cf-label" x="${L - 8}" y="${n(yy + 14)}" text-anchor="end">${escapeHtml(clip(b.name, 24))}</text>`);
    out.push(`<rect class="cf-bar ${b.cls}" x="${L}" y="${n(yy + 3)}" width="${n(Math.max(0.5, x(b.value) - L))}" height="${rowH - 6}"/>`);
    out.push(`<text class="cf-value" x="${n(x(b.value) + 6)}" y="${n(yy + 14)}">${escapeHtml(b.label)}${b.value > top ? ' ›' : ''}</text></g>`);
  });
  out.push(`<line class="cf-target" x1="${n(x(mark.at))}" x2="${n(x(mark.at))}" y1="${T - 4}" y2="${n(H - 4)}"/>`);
  out.push(`<text class="cf-axis cf-target-label" x="${n(x(mark.at) + 4)}" y="${n(H - 2)}">${escapeHtml(mark.label)}</text>`);
  out.push('</svg>');
  return out.join('');
}

export function rateSvg(chart: RateChart, interactive: boolean, l10n: L10n): string {
  const rows = chart.rows.filter((r) => r.ratio !== null);
  if (rows.length === 0) return '';
  const top = Math.max(...rows.map((r) => r.ratio!)) > 1.5 ? 2 : 1.5;
  const bars = rows.map((r): HBar => {
    const ratio = r.ratio!;
    const eff = formatAmount(r.effective!, r.currency);
    const share = formatShare(ratio);
    return {
      file: r.file,
      name: r.name,
      value: ratio,
      cls: ratio < 0.5 ? 'cf-band-fire' : ratio < 0.9 ? 'cf-band-strained' : 'cf-band-calm',
      label: `${perHour(eff, l10n)} (${share})`,
      tip: l10n.t('{name}: {effective} effective against {agreed} agreed ({share})', {
        name: r.name,
        effective: perHour(eff, l10n),
        agreed: perHour(formatAmount(r.agreed!, r.currency), l10n),
        share,
      }),
    };
  });
  const worst = rows[0];
  return hbarsSvg(
    'cf-rate',
    l10n.t('Effective hourly rate as a share of the agreed rate, last 12 months'),
    l10n.t('{count}; lowest: {name} at {share} of the agreed rate.', { count: clientCount(rows.length, l10n), name: worst.name, share: formatShare(worst.ratio!) }),
    bars,
    top,
    { at: 1, label: l10n.t('agreed rate') },
    interactive,
  );
}

export function concentrationSvg(chart: ConcentrationChart, interactive: boolean, l10n: L10n): string {
  const rows = chart.rows.filter((r) => r.share !== null && r.share > 0);
  if (rows.length === 0) return '';
  const top = niceShare(Math.max(chart.threshold + 0.1, ...rows.map((r) => r.share!)));
  const bars = rows.map((r): HBar => ({
    file: r.file,
    name: r.name,
    value: r.share!,
    cls: r.risk ? 'cf-band-fire' : 'cf-income',
    label: `${formatShare(r.share!)} · ${formatAmount(r.paid, r.currency)}`,
    tip: r.risk
      ? l10n.t('{name}: {share} of the income ({amount} in 12 months): concentration risk', { name: r.name, share: formatShare(r.share!), amount: formatAmount(r.paid, r.currency) })
      : l10n.t('{name}: {share} of the income ({amount} in 12 months)', { name: r.name, share: formatShare(r.share!), amount: formatAmount(r.paid, r.currency) }),
  }));
  const threshold = formatShare(chart.threshold);
  return hbarsSvg(
    'cf-concentration',
    l10n.t('Share of the income per client, last 12 months'),
    chart.atRisk === 1
      ? l10n.t('{0} client is at or above {1} of the income.', chart.atRisk, threshold)
      : l10n.t('{0} clients are at or above {1} of the income.', chart.atRisk, threshold),
    bars,
    top,
    { at: chart.threshold, label: l10n.t('{0}: concentration risk', threshold) },
    interactive,
  );
}
