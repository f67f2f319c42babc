/**
 * How the report's charts are drawn, measured: SVG rendered by the core (what
 * the product does) against Chart.js drawing the same charts on canvases in
 * the page, for 200 clients. For each: the bytes the page needs (HTML, CSS,
 * scripts, data) and, in Chromium, the time from navigation to the first
 * contentful paint and until the charts are on screen (median of several
 * loads). Charts on screen: the later of the first paint and the
 * first frame after the page's scripts ran (SVG charts come with the first
 * paint; canvases are drawn by the script).
 *
 *   node scripts/build.mjs --tests && node out/test/bench/reportPaint.js
 *
 * Chart.js is not a dependency of the product: `npm install --no-save
 * chart.js@4` first to measure it too (it is skipped, and said so, otherwise).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { parseIsoDay } from '../../src/core/dates';
import { parseClientNote } from '../../src/core/read/note';
import { AGEING_BUCKETS } from '../../src/core/report/ageing';
import { REPORT_CSS } from '../../src/core/report/css';
import { reportBodyHtml } from '../../src/core/report/html';
import { buildReport, FrictionReport, reportClient } from '../../src/core/report/report';
import { resolveSettings } from '../../src/core/settings';
import { generateNote } from './generateNotes';

const CLIENTS = 200;
const LOADS = 7;
const CHROMIUM = process.env.CF_CHROMIUM ?? '/usr/bin/chromium';
const root = join(__dirname, '..', '..', '..');

/** The report of 200 generated notes; its cost (notes already read, as in the extension) printed, best of a few rounds. */
function report200(): FrictionReport {
  const { settings } = resolveSettings();
  const asOf = parseIsoDay('2026-11-27')!;
  const notes = Array.from({ length: CLIENTS }, (_, i) =>
    parseClientNote(generateNote(i), { file: `clients/client-${i}.md`, fileStem: `client-${i}`, settings }),
  );
  let best = { facts: Infinity, charts: Infinity, html: Infinity };
  let report: FrictionReport | undefined;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    const clients = notes.map((note) => reportClient(note, settings, asOf));
    const t1 = performance.now();
    report = buildReport({ clients, settings, asOf });
    const t2 = performance.now();
    reportBodyHtml(report, { interactive: true });
    const t3 = performance.now();
    best = { facts: Math.min(best.facts, t1 - t0), charts: Math.min(best.charts, t2 - t1), html: Math.min(best.html, t3 - t2) };
  }
  console.log(
    `Report of ${CLIENTS} notes (CPU, best of 5): summaries and report facts (26 weekly scores each) ${best.facts.toFixed(0)} ms, charts ${best.charts.toFixed(0)} ms, HTML ${best.html.toFixed(0)} ms`,
  );
  return report!;
}

/** Marks the first frame after the page's own scripts ran: the charts are on screen then. */
const MEASURE = `<script>requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('charts-drawn')));</script>`;

function page(head: string, body: string, scripts: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>bench</title><style>${REPORT_CSS}</style>${head}</head><body><main class="cf-report">${body}</main>${scripts}${MEASURE}</body></html>`;
}

/** The product's way: the core's SVG inline, no chart script at all (the webview adds its 1 KB click handler). */
function svgPage(report: FrictionReport): { html: string; bytes: Record<string, number> } {
  const body = reportBodyHtml(report, { interactive: true });
  const script = readFileSync(join(root, 'dist', 'webview', 'report.js'), 'utf8');
  return { html: page('', body, ''), bytes: { html: body.length, css: REPORT_CSS.length, script: script.length } };
}

/** The alternative: the same tables (the text alternative stays), each chart a canvas drawn by Chart.js from JSON data. */
function chartJsPage(report: FrictionReport, library: string): { html: string; bytes: Record<string, number> } {
  // The tables and words of the same report, without the SVG.
  const body = reportBodyHtml(report, { interactive: true }).replace(/<svg[\s\S]*?<\/svg>/g, (svg) => {
    if (svg.includes('cf-spark')) return '<canvas class="cf-spark-canvas" width="104" height="26"></canvas>';
    const id = /aria-labelledby="([\w-]+)-title/.exec(svg)?.[1] ?? 'chart';
    return `<canvas id="${id}" width="720" height="300"></canvas>`;
  });
  const data = {
    pareto: report.pareto.bars.map((b) => [b.name, b.frictionShare, b.incomeShare ?? 0, b.cumulative]),
    spark: report.trend.series.map((s) => s.points),
    ageing: report.ageing.currencies.map((c) => c.buckets.map((b) => b.total)),
    rate: report.rate.rows.filter((r) => r.ratio !== null).map((r) => [r.name, r.ratio]),
    conc: report.concentration.rows.filter((r) => r.share).map((r) => [r.name, r.share]),
    buckets: AGEING_BUCKETS.map((b) => b.label),
  };
  const glue = `
const D = ${JSON.stringify(data)};
const css = (v) => getComputedStyle(document.body).getPropertyValue(v).trim();
Chart.defaults.animation = false; Chart.defaults.responsive = false; Chart.defaults.plugins.legend.display = false;
new Chart(document.getElementById('cf-pareto'), { data: { labels: D.pareto.map((p) => p[0]), datasets: [
  { type: 'bar', data: D.pareto.map((p) => p[1]), backgroundColor: css('--cf-fire') },
  { type: 'bar', data: D.pareto.map((p) => p[2]), backgroundColor: css('--cf-income') },
  { type: 'line', data: D.pareto.map((p) => p[3]), borderColor: css('--cf-line'), yAxisID: 'y2', pointRadius: 0 } ] },
  options: { scales: { y: { beginAtZero: true }, y2: { position: 'right', min: 0, max: 1 } } } });
document.querySelectorAll('.cf-spark-canvas').forEach((c, i) => new Chart(c, { type: 'line', data: { labels: D.spark[i].map((_, k) => k),
  datasets: [{ data: D.spark[i], borderColor: css('--cf-fg'), borderWidth: 1.3, pointRadius: 0 }] },
  options: { scales: { x: { display: false }, y: { display: false, min: 0, max: 100 } }, plugins: { tooltip: { enabled: false } } } }));
D.ageing.forEach((totals, i) => { const c = document.getElementById('cf-ageing-' + i); if (c) new Chart(c, { type: 'bar', data: { labels: D.buckets, datasets: [{ data: totals, backgroundColor: css('--cf-strained') }] } }); });
for (const [id, rows] of [['cf-rate', D.rate], ['cf-concentration', D.conc]]) { const c = document.getElementById(id); if (c) new Chart(c, { type: 'bar',
  data: { labels: rows.map((r) => r[0]), datasets: [{ data: rows.map((r) => r[1]), backgroundColor: css('--cf-income') }] }, options: { indexAxis: 'y' } }); }
`;
  return {
    html: page('', body, `<script>${library}</script><script>${glue}</script>`),
    bytes: { html: body.length, css: REPORT_CSS.length, script: library.length + glue.length, library: library.length },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function measure(file: string): Promise<{ fcp: number; drawn: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], headless: true });
  try {
    const fcp: number[] = [];
    const drawn: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const p = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await p.goto(`file://${file}`, { waitUntil: 'load' });
      await p.waitForFunction(
        () => performance.getEntriesByName('charts-drawn').length > 0 && performance.getEntriesByName('first-contentful-paint').length > 0,
        null,
        { timeout: 30000 },
      );
      const t = await p.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        drawn: performance.getEntriesByName('charts-drawn')[0].startTime,
      }));
      // The first load warms the browser's caches; the rest are what a person sees.
      if (i > 0) {
        fcp.push(t.fcp);
        drawn.push(t.drawn);
      }
      await p.close();
    }
    return { fcp: median(fcp), drawn: median(drawn) };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const report = report200();
  const tmp = mkdtempSync(join(tmpdir(), 'cf-paint-'));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  try {
    const rows: string[] = [];
    const candidates: [string, { html: string; bytes: Record<string, number> }][] = [['SVG from the core', svgPage(report)]];
    const lib = join(root, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js');
    if (existsSync(lib)) candidates.push(['Chart.js 4 (canvas)', chartJsPage(report, readFileSync(lib, 'utf8'))]);
    else console.log('Chart.js not installed: `npm install --no-save chart.js@4` to measure it too.');
    for (const [name, { html, bytes }] of candidates) {
      const file = join(tmp, `${name.replace(/\W+/g, '-')}.html`);
      writeFileSync(file, html);
      const t = await measure(file);
      const total = bytes.html + bytes.css + bytes.script;
      rows.push(
        `${name.padEnd(20)}  page ${kb(total).padStart(9)} (gzip ${kb(gzipSync(html).length).padStart(8)}; script ${kb(bytes.script).padStart(8)}${bytes.library ? `, of which the library ${kb(bytes.library)}` : ''})  first paint ${t.fcp.toFixed(0).padStart(4)} ms  charts on screen ${Math.max(t.fcp, t.drawn).toFixed(0).padStart(4)} ms`,
      );
    }
    console.log(`Report of ${CLIENTS} clients, ${LOADS - 1} loads each in Chromium (median):`);
    for (const r of rows) console.log(`  ${r}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

void main();
