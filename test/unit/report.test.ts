import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { formatIsoDay } from '../../src/core/dates';
import { ClientSummary, incomeBase } from '../../src/core/rank/portfolio';
import { ageingChart, AGEING_BUCKETS, bucketOf, nextReminder } from '../../src/core/report/ageing';
import { concentrationChart } from '../../src/core/report/concentration';
import { clientFacts, ReportClient } from '../../src/core/report/facts';
import { reportBodyHtml, reportDocument } from '../../src/core/report/html';
import { reportMarkdown, textSparkline } from '../../src/core/report/markdown';
import { paretoChart, paretoSentence } from '../../src/core/report/pareto';
import { rateChart } from '../../src/core/report/rate';
import { buildReport, reportClient } from '../../src/core/report/report';
import { escapeHtml } from '../../src/core/report/svg';
import { trendChart } from '../../src/core/report/trend';
import { DEFAULT_SETTINGS, resolveSettings } from '../../src/core/settings';
import { AS_OF, clientNote, day, note, readExample, repoRoot, settings } from './helpers';

const S = settings();

function summary(name: string, score: number, extra: Partial<ClientSummary> = {}): ClientSummary {
  return {
    file: `clients/${name.toLowerCase().replace(/\W+/g, '-')}.md`,
    name,
    status: 'active',
    score,
    band: score >= 60 ? 'fire' : score >= 35 ? 'strained' : score >= 10 ? 'watch' : 'calm',
    signals: [],
    flags: [],
    trend: { days: 30, scoreThen: score, delta: 0 },
    income: { paid12m: 0, currency: 'EUR' },
    problems: [],
    amountOverdue: 0,
    currency: 'EUR',
    hoursLogged: 0,
    praiseCount: 0,
    ...extra,
  };
}

/** A report client from a note's text, as of AS_OF. */
function fromNote(text: string, file = 'clients/test.md'): ReportClient {
  return reportClient(note(text, file), S, AS_OF);
}

/**
 * The markup with every quoted attribute value emptied. Every `<`, `>` and `"`
 * of a note is escaped, so what is left of a tag is ours: its names only.
 */
function withoutAttributeValues(html: string): string {
  return html.replace(/"[^"]*"/g, '""');
}

const noFacts = { weekly: [], unpaid: [], hoursInYear: 0 };

describe('report: Pareto chart', () => {
  it('ties at the 80% cut: the fewest clients, the tie broken by the ranking order (name)', () => {
    const ranked = [summary('Alpha', 40), summary('Bravo', 20), summary('Charlie', 20), summary('Delta', 20)];
    const chart = paretoChart(ranked, incomeBase(ranked));
    assert.equal(chart.vitalFew, 3);
    assert.deepEqual(chart.bars.map((b) => b.vital), [true, true, true, false]);
    assert.deepEqual(chart.bars.map((b) => Math.round(b.cumulative * 100)), [40, 60, 80, 100]);
    assert.equal(chart.shareOfFriction, 0.8);
  });

  it('equal scores everywhere: every client is needed to reach 80% when the slices are too coarse', () => {
    const ranked = ['A', 'B', 'C', 'D'].map((n) => summary(n, 25));
    const chart = paretoChart(ranked, incomeBase(ranked));
    assert.equal(chart.vitalFew, 4);
    assert.equal(chart.sentence, '4 of 4 clients carry 100% of the friction.');
    for (const b of chart.bars) assert.equal(b.frictionShare, 0.25);
  });

  it('one client carries everything and brings all the income', () => {
    const ranked = [summary('Solo', 42, { income: { paid12m: 1000, currency: 'EUR' } })];
    const chart = paretoChart(ranked, incomeBase(ranked));
    assert.equal(chart.vitalFew, 1);
    assert.equal(chart.bars[0].cumulative, 1);
    assert.equal(chart.bars[0].incomeShare, 1);
    assert.equal(chart.sentence, '1 of 1 client carries 100% of the friction and brings 100% of the income.');
  });

  it('says so when nobody carries friction, or there is nobody', () => {
    const calm = [summary('A', 0), summary('B', 0)];
    assert.equal(paretoChart(calm, incomeBase(calm)).sentence, 'None of the 2 clients carries any friction.');
    assert.equal(paretoChart([], incomeBase([])).sentence, 'No clients yet.');
    assert.equal(paretoSentence(3, 12, 0.81, 0.24), '3 of 12 clients carry 81% of the friction and bring 24% of the income.');
  });

  it('income with two currencies: shares count the currency most clients use; the other client has none', () => {
    const ranked = [
      summary('Usd Big', 70, { currency: 'USD', income: { paid12m: 50000, currency: 'USD' } }),
      summary('Eur A', 50, { income: { paid12m: 3000, currency: 'EUR' } }),
      summary('Eur B', 20, { income: { paid12m: 1000, currency: 'eur' } }),
      summary('Eur C', 10, { income: { paid12m: 6000, currency: 'EUR' } }),
    ];
    const base = incomeBase(ranked);
    assert.deepEqual(base, { currency: 'EUR', total: 10000 });
    const chart = paretoChart(ranked, base);
    assert.deepEqual(chart.bars.map((b) => b.incomeShare), [null, 0.3, 0.1, 0.6]);
    // 70 + 50 = 120 of 150 = 80%: the vital few are the USD client and Eur A, who bring 30% of the EUR income.
    assert.equal(chart.vitalFew, 2);
    assert.equal(chart.shareOfIncome, 0.3);
    const conc = concentrationChart(ranked, base, S.concentrationShare);
    assert.equal(conc.currency, 'EUR');
    assert.deepEqual(conc.rows.map((r) => [r.name, r.share, r.risk]), [
      ['Eur C', 0.6, true],
      ['Eur A', 0.3, false],
      ['Eur B', 0.1, false],
      ['Usd Big', null, false],
    ]);
    assert.equal(conc.atRisk, 1);
  });

  it('nobody paid anything: no shares and no main currency', () => {
    const ranked = [summary('A', 10), summary('B', 5)];
    const conc = concentrationChart(ranked, incomeBase(ranked), 0.4);
    assert.equal(conc.currency, null);
    assert.ok(conc.rows.every((r) => r.share === null && !r.risk));
    assert.equal(paretoChart(ranked, incomeBase(ranked)).shareOfIncome, null);
  });
});

describe('report: trend', () => {
  it('has 26 weekly points up to the as-of date; a note that starts mid-window has none before it', () => {
    const text = clientNote(
      ['client: Late Starter', 'since: 2026-10-01', 'rate: 50', 'currency: EUR'],
      ['- 2026-10-03 Saturday email #after-hours', '- 2026-11-07 Saturday call #after-hours #urgent', '- 2026-11-20 21:00 late call #urgent'],
    );
    const facts = clientFacts(note(text), S, AS_OF);
    assert.equal(facts.weekly.length, 26);
    assert.equal(facts.start, day('2026-10-01'));
    const chart = trendChart([{ summary: summary('Late Starter', 0), facts }], AS_OF);
    assert.equal(chart.days.length, 26);
    assert.equal(formatIsoDay(chart.days[25]), '2026-11-27');
    assert.equal(chart.days[25] - chart.days[0], 25 * 7);
    // Weekly points before 2026-10-01 are missing, not zero; from the start on, each is the score as of that day.
    chart.days.forEach((d, i) => {
      if (d < day('2026-10-01')) assert.equal(facts.weekly[i], null, formatIsoDay(d));
      else assert.equal(typeof facts.weekly[i], 'number', formatIsoDay(d));
    });
    const first = chart.days.findIndex((d) => d >= day('2026-10-01'));
    assert.equal(formatIsoDay(chart.days[first]), '2026-10-02');
    assert.equal(facts.weekly[first], 0, 'nothing had happened yet on 2026-10-02');
    assert.ok(facts.weekly[25]! > facts.weekly[first + 1]!, 'the score grows with the later entries');
    assert.equal(textSparkline(facts.weekly).slice(0, first), '\u2007'.repeat(first));
  });

  it('the weekly points are the score as of each day: the last one is the summary score', () => {
    const c = fromNote(readExample('northwind-studio.md'), 'clients/northwind-studio.md');
    assert.equal(c.facts.weekly[25], c.summary.score);
    assert.ok(c.facts.weekly.every((s) => s !== null));
  });

  it('lists the worst risers first, then by score and name', () => {
    const s = (name: string, score: number, delta: number) => ({ summary: summary(name, score, { trend: { days: 30, scoreThen: score - delta, delta } }), facts: noFacts });
    const chart = trendChart([s('Flat', 80, 0), s('Riser', 40, 20), s('Faller', 10, -15), s('Small', 50, 5), s('Also small', 60, 5)], AS_OF);
    assert.deepEqual(chart.series.map((x) => x.name), ['Riser', 'Also small', 'Small', 'Flat', 'Faller']);
    assert.deepEqual(chart.series.map((x) => x.scoreThen), [20, 55, 45, 80, 25]);
  });
});

describe('report: invoice ageing', () => {
  const invoiceLines = (days: number[]) => [
    'invoices:',
    ...days.flatMap((d, i) => [`  - id: INV-${d}`, `    amount: ${100 * (i + 1)}`, `    issued: 2026-01-01`, `    due: ${formatIsoDay(AS_OF - d)}`]),
  ];

  it('puts invoices in buckets at the edges 30/31, 60/61, 90/91 days overdue, per currency', () => {
    const days = [30, 31, 60, 61, 90, 91];
    const eur = fromNote(clientNote(['client: Edges', 'currency: EUR', ...invoiceLines(days)]), 'clients/edges.md');
    const usd = fromNote(clientNote(['client: Dollar', 'currency: USD', ...invoiceLines([1])]), 'clients/dollar.md');
    const chart = ageingChart([eur, usd], S, AS_OF);
    const byId = new Map(chart.invoices.map((i) => [i.id, i]));
    assert.deepEqual(days.map((d) => [byId.get(`INV-${d}`)!.daysOverdue, byId.get(`INV-${d}`)!.bucket]), [
      [30, 0],
      [31, 1],
      [60, 1],
      [61, 2],
      [90, 2],
      [91, 3],
    ]);
    assert.deepEqual(chart.invoices.map((i) => i.daysOverdue), [91, 90, 61, 60, 31, 30, 1], 'most overdue first');
    assert.deepEqual(chart.currencies.map((c) => c.currency), ['EUR', 'USD'], 'largest total first');
    assert.deepEqual(chart.currencies[0].buckets, [
      { count: 1, total: 100 },
      { count: 2, total: 500 },
      { count: 2, total: 900 },
      { count: 1, total: 600 },
    ]);
    assert.deepEqual(chart.currencies[1].buckets.map((b) => b.count), [1, 0, 0, 0]);
    assert.deepEqual(AGEING_BUCKETS.map((b) => b.label), ['0–30 days', '31–60 days', '61–90 days', '90+ days']);
    assert.deepEqual([1, 30, 31, 60, 61, 90, 91, 400].map(bucketOf), [0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('keeps invoices not yet due (or due today), paid ones and undated ones out of the buckets', () => {
    const c = fromNote(
      clientNote([
        'client: Mixed',
        'currency: EUR',
        'invoices:',
        '  - id: TODAY',
        '    amount: 100',
        `    due: ${formatIsoDay(AS_OF)}`,
        '  - id: LATER',
        '    amount: 50',
        `    due: ${formatIsoDay(AS_OF + 10)}`,
        '  - id: PAID',
        '    amount: 70',
        '    due: 2026-01-01',
        '    paid: 2026-02-01',
        '  - id: PAID-AFTER',
        '    amount: 80',
        '    due: 2026-11-01',
        '    paid: 2026-12-01',
        '  - id: NO-DUE',
        '    amount: 20',
        '  - id: FUTURE',
        '    amount: 20',
        '    issued: 2026-12-10',
        '    due: 2026-12-20',
      ]),
    );
    const chart = ageingChart([c], S, AS_OF);
    assert.deepEqual(chart.invoices.map((i) => [i.id, i.daysOverdue]), [['PAID-AFTER', 26]], 'paid after the as-of date: unpaid then');
    assert.deepEqual(chart.notYetDue, [{ currency: 'EUR', count: 2, total: 150 }]);
    assert.equal(chart.undated, 1);
  });

  it('schedules the next reminder: friendly on the first day overdue, firm after 14 days, final after 30', () => {
    const due = AS_OF - 100;
    const at = (overdue: number) => {
      const r = nextReminder(due, due + overdue, S);
      return `${r.tone}+${r.day - due}`;
    };
    assert.deepEqual([-5, 0, 1, 2, 13, 14, 15, 29, 30, 31, 44].map(at), [
      'friendly+1',
      'friendly+1',
      'friendly+1',
      'firm+14',
      'firm+14',
      'firm+14',
      'final+30',
      'final+30',
      'final+30',
      'final+31',
      'final+44',
    ]);
    const custom = resolveSettings({ paymentReminders: { friendly: 3, firm: 10, final: 20 } });
    assert.deepEqual(custom.problems, []);
    assert.deepEqual(nextReminder(due, due + 5, custom.settings), { day: due + 10, tone: 'firm' });
    const bad = resolveSettings({ paymentReminders: { friendly: 20, firm: 10, final: 30 } });
    assert.match(bad.problems.join(), /paymentReminders needs friendly < firm < final/);
    assert.deepEqual(bad.settings.reminderDays, { friendly: 1, firm: 14, final: 30 });
  });

  it('declares the reminder setting and the report command in package.json, with the core\'s defaults', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.configuration.properties['clientFriction.paymentReminders'].default, { ...DEFAULT_SETTINGS.reminderDays });
    assert.ok(pkg.contributes.commands.some((c: { command: string; title: string }) => c.command === 'clientFriction.openReport' && c.title === 'Open Report'));
  });

  it('gives the example overdue invoice its final reminder, today', () => {
    const c = fromNote(readExample('northwind-studio.md'), 'clients/northwind-studio.md');
    const chart = ageingChart([c], S, AS_OF);
    assert.deepEqual(
      chart.invoices.map((i) => [i.client, i.id, i.amount, i.daysOverdue, i.next.tone, formatIsoDay(i.next.day)]),
      [['Northwind Studio', 'NW-019', 3100, 44, 'final', '2026-11-27']],
    );
  });
});

describe('report: effective rate', () => {
  it('is paid ÷ hours over the last 12 months against the agreed rate; no hours means no rate', () => {
    const worked = fromNote(
      clientNote(
        ['client: Worked', 'rate: 100', 'currency: EUR', 'invoices:', '  - id: W1', '    amount: 2000', '    due: 2026-06-01', '    paid: 2026-06-01', '  - id: OLD', '    amount: 9999', '    due: 2025-01-01', '    paid: 2025-01-01'],
        ['- 2025-02-01 50h old work', '- 2026-05-01 20h recent work', '- 2026-05-02 20h more'],
      ),
      'clients/worked.md',
    );
    const idle = fromNote(clientNote(['client: Idle', 'rate: 80', 'currency: EUR', 'invoices:', '  - id: I1', '    amount: 500', '    due: 2026-06-01', '    paid: 2026-06-01'], ['- 2026-05-01 Call']), 'clients/idle.md');
    const unrated = fromNote(clientNote(['client: Unrated', 'currency: EUR'], ['- 2026-05-01 4h work']), 'clients/unrated.md');
    const chart = rateChart([idle, unrated, worked]);
    assert.deepEqual(
      chart.rows.map((r) => [r.name, r.paid, r.hours, r.effective, r.agreed, r.ratio, r.missing]),
      [
        ['Worked', 2000, 40, 50, 100, 0.5, undefined],
        ['Idle', 500, 0, null, 80, null, 'no hours logged'],
        ['Unrated', 0, 4, 0, null, null, 'no agreed rate'],
      ],
    );
  });
});

describe('report: the whole report on the examples', () => {
  function exampleReport() {
    const files = ['bluebird-dental', 'cedar-pine', 'gallo-restaurants', 'harbour-yoga', 'ironside-motors', 'kampung-kopi', 'lotus-tech', 'maple-press', 'northwind-studio', 'old-harbour-cafe'];
    const clients = files.map((f) => fromNote(readExample(`${f}.md`), `clients/${f}.md`));
    return buildReport({ clients, settings: S, asOf: AS_OF });
  }

  it('ranks the clients as the CLI does, keeps former ones out of the ranking but in the ageing', () => {
    const r = exampleReport();
    assert.equal(r.clients, 9);
    assert.equal(r.former, 1);
    assert.equal(r.pareto.bars[0].name, 'Northwind Studio');
    assert.equal(r.pareto.bars.length, 9);
    assert.match(r.pareto.sentence, /^\d of 9 clients carry \d+% of the friction and bring \d+% of the income\.$/);
    assert.equal(r.trend.series.length, 9);
    assert.equal(r.concentration.currency, 'EUR');
    assert.deepEqual(r.problems.map((p) => `${p.file}:${p.line}`), ['clients/gallo-restaurants.md:7']);
  });

  it('renders an HTML file that validates, has no script and names every section', async () => {
    const html = reportDocument(exampleReport());
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(withoutAttributeValues(html), /<[^>]*\son[a-z]+\s*=/i, 'no inline event handler');
    assert.doesNotMatch(html, /\sstyle\s*=/i, 'no inline style (the webview CSP forbids them)');
    assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'no network address');
    for (const h of ['Friction and income', 'Trend', 'Invoice ageing', 'Effective rate', 'Concentration']) assert.ok(html.includes(`>${h}</h2>`), h);
    const result = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    assert.ok(result.valid, JSON.stringify(result.results.flatMap((x) => x.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))));
  });

  it('renders a hostile note literally in HTML, SVG and markdown', async () => {
    const names = ['<img src=x onerror=alert(1)>', '</svg><script>alert(2)</script>', '"><b onmouseover=x>', "It's & <style>"];
    const clients = names.map((name, i) =>
      fromNote(
        clientNote([`client: '${name.replace(/'/g, "''")}'`, `currency: '<i>${i}'`, 'rate: 10', 'invoices:', `  - id: '<u>${i}</u>'`, '    amount: 100', '    due: 2026-10-01'], ['- 2026-11-01 2h work #urgent']),
        `clients/h${i}.md`,
      ),
    );
    const report = buildReport({ clients, settings: S, asOf: AS_OF });
    for (const html of [reportDocument(report), reportBodyHtml(report, { interactive: true })]) {
      assert.doesNotMatch(html, /<script|<img|<b |<i>|<u>/i);
      assert.equal(html.split('<style>').length - 1, html.startsWith('<!DOCTYPE') ? 1 : 0, 'only the stylesheet');
      assert.doesNotMatch(withoutAttributeValues(html), /<[^>]*\son[a-z]+\s*=/i);
      for (const name of names) assert.ok(html.includes(escapeHtml(name)), name);
      if (html.startsWith('<!DOCTYPE')) {
        const result = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
        assert.ok(result.valid, JSON.stringify(result.results.flatMap((x) => x.messages.map((m) => `${m.ruleId} ${m.message}`))));
      }
    }
    const md = reportMarkdown(report);
    assert.doesNotMatch(md, /<script|<img|<b |<style>|<i>|<u>/i);
    assert.ok(md.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'));
  });

  it('writes a markdown version with the same sections', () => {
    const md = reportMarkdown(exampleReport());
    assert.match(md, /^# Client friction report, 2026-11-27\n/);
    for (const h of ['Friction and income', 'Trend', 'Invoice ageing', 'Effective rate', 'Concentration']) assert.match(md, new RegExp(`^## ${h}$`, 'm'));
    assert.match(md, /\| Northwind Studio \| NW\\-019 \| EUR 3,100 \| 2026-10-14 \| 44 \| final, today \|/);
  });
});

describe('CLI: client-friction report', function () {
  this.timeout(20000);
  const root = repoRoot();
  const run = (args: string[], cwd = root) => {
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cf-report-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('--out writes one self-contained HTML file and says so on stderr', () => {
    const out = join(tmp, 'report.html');
    const r = run(['report', 'examples', '--as-of', '2026-11-27', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^wrote .*report\.html: 9 clients, 1 overdue invoice\n$/);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html, /<script|<link|src=/i);
    assert.ok(html.indexOf('Northwind Studio') < html.indexOf('Bluebird Dental'));
  });

  it('prints the HTML, or with --md the markdown, to stdout; the same day gives the same report', () => {
    const html = run(['report', 'examples', '--as-of=2026-11-27']);
    assert.equal(html.code, 0, html.stderr);
    assert.equal(html.stdout, run(['report', 'examples', '--as-of', '2026-11-27']).stdout);
    const md = run(['report', 'examples', '--as-of', '2026-11-27', '--md']);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^# Client friction report, 2026-11-27\n\n9 clients, 1 former\.\n/);
  });

  it('exits 2 with one line for bad usage', () => {
    for (const args of [['report', 'no-such-folder'], ['report', 'examples', '--bogus'], ['report', 'examples', '--as-of', '2026-02-30'], ['report', 'examples', '--out']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^client-friction: .+\n$/);
    }
    const r = run(['report', 'examples', '--out', join(tmp, 'missing', 'dir', 'r.html')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^client-friction: cannot write /);
  });
});
