/**
 * Income in one currency (issue 24): the home currency and the user's own
 * exchange rates (settings homeCurrency, exchangeRates) count every client's
 * income, share, the Pareto, the concentration and the effective rate in
 * one currency; each amount shows in its own currency with the converted
 * figure beside it; a currency without a rate is named and has no share.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatMoney, toHome } from '../../src/core/money';
import { NoteIndex } from '../../src/core/rank/noteIndex';
import { buildPortfolio, incomeBase, incomeShare, paretoOf } from '../../src/core/rank/portfolio';
import { reportBodyHtml } from '../../src/core/report/html';
import { reportMarkdown } from '../../src/core/report/markdown';
import { buildReport } from '../../src/core/report/report';
import { readSettingsFile } from '../../src/core/settingsFile';
import { resolveSettings } from '../../src/core/settings';
import { AS_OF, clientNote, invoiceLines, ago, repoRoot, runCli, settings } from './helpers';
import { fromNote, summary } from './reportHelpers';

/** Three currencies and one without a rate: MYR at home, USD and SGD converted, EUR not. */
const RATES = { homeCurrency: 'MYR', exchangeRates: { USD: 4.45, SGD: 3.3 } };
const THREE = [
  summary('Kopi', 50, { currency: 'MYR', income: { paid12m: 10000, currency: 'MYR' } }),
  summary('Yankee', 40, { currency: 'USD', income: { paid12m: 2000, currency: 'USD' } }),
  summary('Lion', 30, { currency: 'SGD', income: { paid12m: 1000, currency: 'sgd' } }),
  summary('Unnamed', 20, { currency: undefined, income: { paid12m: 700, currency: undefined } }),
];
const EURO = summary('Euro', 10, { income: { paid12m: 5000, currency: 'EUR' } });

describe('income in one currency (homeCurrency, exchangeRates)', () => {
  it('counts every client in the home currency: the shares of a three-currency portfolio sum to 1', () => {
    const base = incomeBase(THREE, settings(RATES));
    // 10,000 + 2,000 × 4.45 + 1,000 × 3.30 + 700 (no currency: the home one, once it is set)
    assert.equal(base.currency, 'MYR');
    assert.equal(base.total, 10000 + 8900 + 3300 + 700);
    assert.deepEqual(base.missing, []);
    const shares = THREE.map((c) => incomeShare(c, base));
    assert.deepEqual(shares, [0.44, 0.39, 0.14, 0.03]);
    assert.ok(Math.abs(shares.reduce((a, b) => a! + b!, 0)! - 1) < 0.011);
    const pareto = paretoOf(THREE, undefined, base);
    assert.equal(pareto.clients, 3);
    assert.equal(pareto.shareOfIncome, Math.round(((10000 + 8900 + 3300) / 22900) * 100) / 100);
  });

  it('names a currency without a rate, and gives its clients no share', () => {
    const ranked = [...THREE, EURO];
    const base = incomeBase(ranked, settings(RATES));
    assert.deepEqual(base.missing, ['EUR']);
    assert.equal(incomeShare(EURO, base), null);
    assert.equal(base.total, 22900, 'EUR is left out of the total, not guessed');
    const report = buildReport({ clients: ranked.map((s) => ({ summary: s, facts: { weekly: [], unpaid: [], hoursInYear: 0 } })), settings: settings(RATES), asOf: AS_OF });
    const md = reportMarkdown(report);
    assert.match(md, /No exchange rate for EUR \(setting clientFriction\.exchangeRates\): its clients have no share of the income\./);
    assert.match(md, /Counted in MYR at your exchange rates: 1 SGD = 3\.3 MYR, 1 USD = 4\.45 MYR\./);
    assert.match(md, /\| Yankee \| USD 2,000 ≈ MYR 8,900 \| 39% \|/);
    assert.match(md, /\| Euro \| EUR 5,000 \| no share \(EUR\) \|/);
    const html = reportBodyHtml(report, { interactive: false });
    assert.match(html, /No exchange rate for EUR/);
    assert.match(html, /USD 2,000 ≈ MYR 8,900/);
  });

  it('without a home currency or rates, counts the currency most clients use, as before, and names the others', () => {
    const base = incomeBase([...THREE, EURO, summary('Euro 2', 5, { income: { paid12m: 1, currency: 'EUR' } })]);
    assert.equal(base.currency, 'EUR');
    assert.equal(base.total, 5001);
    assert.deepEqual(base.missing, ['MYR', 'SGD', 'USD'], 'no currency is "no currency", not a missing rate');
    // The most used currency with rates for the others: the rates apply to it.
    const converted = incomeBase([EURO, summary('Yankee', 1, { income: { paid12m: 100, currency: 'USD' } })], settings({ exchangeRates: { USD: 0.9 } }));
    assert.equal(converted.currency, 'EUR', 'ties: the larger income');
    assert.equal(converted.total, 5090);
  });

  it('keeps the index\'s incremental tally and Pareto equal to a full count, with rates', async () => {
    const s = settings(RATES);
    const notes = new Map<string, string>();
    const currencies = ['MYR', 'USD', 'SGD', 'EUR', 'myr'];
    for (let i = 0; i < 25; i++) {
      const currency = currencies[i % currencies.length];
      notes.set(`clients/c${i}.md`, clientNote([`client: C${i}`, `currency: ${currency}`, 'invoices:', ...invoiceLines(`C-${i}`, ago(90), ago(80 - i), 500 + 37 * i)], i % 3 ? [`- ${ago(5)} #urgent`] : []));
    }
    const enc = new TextEncoder();
    const index = new NoteIndex({ settings: s, asOf: AS_OF, read: (id, done) => done(null, enc.encode(notes.get(id)!)) });
    await index.build([...notes.keys()]);
    const full = buildPortfolio(index.summaries(), s);
    assert.deepEqual(index.portfolio().income, full.income);
    assert.deepEqual(index.pareto(), full.pareto);
    assert.deepEqual(full.income.missing, ['EUR']);
    // An edit moves one client to USD: the columns follow.
    index.updateFromText('clients/c3.md', notes.get('clients/c3.md')!.replace('currency: EUR', 'currency: USD'));
    const after = buildPortfolio(index.summaries(), s);
    assert.deepEqual(index.pareto(), after.pareto);
    assert.deepEqual(index.portfolio().income, after.income);
    assert.deepEqual(after.income.missing, ['EUR']);
    index.dispose();
  });

  it('shows an amount in its own currency with the converted figure beside it', () => {
    const money = { currency: 'MYR', rates: { USD: 4.45 } };
    assert.equal(formatMoney(2000, 'USD', money), 'USD 2,000 ≈ MYR 8,900');
    assert.equal(formatMoney(2000, 'usd', money), 'usd 2,000 ≈ MYR 8,900');
    assert.equal(formatMoney(2000, 'MYR', money), 'MYR 2,000');
    assert.equal(formatMoney(2000, 'EUR', money), 'EUR 2,000', 'no rate: no figure guessed');
    assert.equal(formatMoney(2000, undefined, money), '2,000');
    assert.equal(toHome(0.1, 'USD', { currency: 'MYR', rates: { USD: 3 } }), 0.3);
  });

  it('shows the converted figures in the ageing and the effective rate', () => {
    const s = settings(RATES);
    const usd = fromNote(clientNote(['client: Yankee', 'currency: USD', 'rate: 50', 'invoices:', ...invoiceLines('Y-1', ago(40), undefined, 2000), ...invoiceLines('Y-0', ago(100), ago(90), 2000)], [`- ${ago(120)} 40h Build`]), 'clients/y.md', s);
    const myr = fromNote(clientNote(['client: Kopi', 'currency: MYR', 'invoices:', ...invoiceLines('K-1', ago(10), undefined, 1000)]), 'clients/k.md', s);
    const report = buildReport({ clients: [usd, myr], settings: s, asOf: AS_OF });
    assert.deepEqual(report.ageing.homeTotal, { currency: 'MYR', total: 8900 + 1000 });
    assert.equal(report.ageing.currencies.find((c) => c.currency === 'USD')!.inHome, 8900);
    assert.equal(report.rate.rows.find((r) => r.name === 'Yankee')!.effectiveHome, 222.5);
    const md = reportMarkdown(report);
    assert.match(md, /\| Yankee \| Y\\-1 \| USD 2,000 ≈ MYR 8,900 \|/);
    assert.match(md, /In all, about MYR 9,900\./);
    assert.match(md, /USD 50 ≈ MYR 222\.5\/h|USD 50 ≈ MYR 223\/h/);
  });

  it('checks the settings: a bad rate is a problem, and its currency has no rate', () => {
    const r = resolveSettings({ homeCurrency: ' myr ', exchangeRates: { usd: 4.45, SGD: -1, EUR: '4.9', 'A B': 2, MYR: 2 } });
    assert.equal(r.settings.homeCurrency, 'MYR');
    assert.deepEqual(r.settings.exchangeRates, { USD: 4.45 });
    assert.deepEqual(r.problems, [
      'setting exchangeRates.SGD must be a number above 0 (home-currency units per SGD); SGD has no rate, and its clients no share',
      'setting exchangeRates.EUR must be a number above 0 (home-currency units per EUR); EUR has no rate, and its clients no share',
      'setting exchangeRates: "A B" is not a currency code; ignored',
      'setting exchangeRates.MYR is the home currency, whose rate is 1; ignored',
    ]);
    assert.match(resolveSettings({ homeCurrency: 42 }).problems[0], /^setting homeCurrency must be a currency code/);
    assert.match(resolveSettings({ exchangeRates: [4.45] }).problems[0], /^setting exchangeRates must map a currency/);
    // In a settings file: each complaint on its own line, the rest still read.
    const file = readSettingsFile('{\n  "clientFriction.homeCurrency": "MYR",\n  "clientFriction.exchangeRates": { "USD": "lots" }\n}');
    assert.deepEqual(JSON.parse(JSON.stringify(file.input)), { homeCurrency: 'MYR', exchangeRates: { USD: 'lots' } });
    assert.equal(file.problems.length, 1);
    assert.equal(file.problems[0].line, 3);
  });
});

describe('CLI: --home-currency and the workspace\'s rates', function () {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cf-money-'));
    // The examples (EUR, with clients in USD, GBP and MYR) with one more client moved to USD, and the rates set.
    cpSync(join(repoRoot(), 'examples'), join(tmp, 'ws'), { recursive: true });
    const moved = join(tmp, 'ws', 'clients', 'tidewater-marine.md');
    writeFileSync(moved, readFileSync(moved, 'utf8').replace(/^currency: EUR$/m, 'currency: USD'));
    writeFileSync(
      join(tmp, 'ws', '.vscode', 'settings.json'),
      '{\n  "clientFriction.asOf": "2026-11-27",\n  "clientFriction.homeCurrency": "EUR",\n  "clientFriction.exchangeRates": { "USD": 0.92, "MYR": 0.2, "GBP": 1.17 }\n}\n',
    );
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('gives every ranked client of the examples a share once one is in USD and the rates are set', () => {
    const r = runCli(['rank', 'ws', '--json'], tmp);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    for (const c of doc.clients) {
      assert.deepEqual(Object.keys(c.income), ['paid12m', 'currency', 'share'], 'the contract shape');
      if (c.income.paid12m > 0) assert.notEqual(c.income.share, null, `${c.name} (${c.income.currency}) has a share`);
    }
    const by = (name: string) => doc.clients.find((c: { name: string }) => c.name === name);
    assert.equal(by('Tidewater Marine').income.currency, 'USD');
    assert.notEqual(by('Kampung Kopi').income.share, null, 'MYR converted');
    assert.notEqual(by('Harbour Yoga').income.share, null, 'GBP converted');
    const sum = doc.clients.reduce((a: number, c: { income: { share: number | null } }) => a + (c.income.share ?? 0), 0);
    assert.ok(Math.abs(sum - 1) < 0.05, `shares sum to about 1 (${sum})`);
    const table = runCli(['rank', 'ws'], tmp).stdout;
    assert.match(table, /converted at your exchange rates \(GBP 1\.17, MYR 0\.2, USD 0\.92\)\./);
  });

  it('--home-currency counts in another currency, and names the rates that are missing', () => {
    const r = runCli(['rank', 'ws', '--home-currency', 'usd', '--json'], tmp);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    const moved = doc.clients.find((c: { name: string }) => c.name === 'Tidewater Marine');
    // Rates are home-currency units per unit, whatever the home: MYR keeps its rate, EUR has none.
    assert.notEqual(moved.income.share, null);
    assert.notEqual(doc.clients.find((c: { name: string }) => c.name === 'Kampung Kopi').income.share, null);
    assert.equal(doc.clients.find((c: { name: string }) => c.name === 'Atlas Outdoor').income.share, null);
    const md = runCli(['report', 'ws', '--md', '--home-currency', 'USD'], tmp);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /No exchange rate for EUR \(setting clientFriction\.exchangeRates\)/);
    const bad = runCli(['rank', 'ws', '--home-currency', 'U S D'], tmp);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'client-friction: --home-currency must be a currency code such as MYR or EUR, not "U S D"\n');
  });

  it('the report shows the converted figures beside each amount', () => {
    const r = runCli(['report', 'ws', '--md'], tmp);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /USD [\d,]+ ≈ EUR [\d,]+/);
    assert.match(r.stdout, /Counted in EUR at your exchange rates: 1 GBP = 1\.17 EUR, 1 MYR = 0\.2 EUR, 1 USD = 0\.92 EUR\./);
    assert.doesNotMatch(r.stdout, /No exchange rate/);
  });
});
