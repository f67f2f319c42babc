import assert from 'node:assert/strict';
import { paidInLastYear } from '../../src/core/invoices';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ENGLISH } from '../../src/core/l10n';
import { buildPortfolio, ClientSummary, compareRanked, detach, incomeShare, paretoOf, scoreHeadline, summarizeClient, summarizeNoteBytes } from '../../src/core/rank/portfolio';
import { random } from '../bench/generateNotes';
import { ago, AS_OF, clientNote, invoiceLines, note, readClient, scoreClient, settings } from './helpers';

function summary(name: string, score: number, extra: Partial<ClientSummary> = {}): ClientSummary {
  return {
    file: `clients/${name}.md`,
    name,
    status: 'active',
    score,
    band: 'calm',
    signals: [],
    flags: [],
    trend: { days: 30, scoreThen: 0, delta: score },
    income: { paid12m: 0 },
    problems: [],
    amountOverdue: 0,
    hoursLogged: 0,
    praiseCount: 0,
    ...extra,
  };
}

describe('portfolio', () => {
  it('ranks by score, ties by name, then file', () => {
    const p = buildPortfolio([summary('b', 10), summary('a', 10), summary('c', 50), summary('a', 10, { file: 'clients/a2.md' })]);
    assert.deepEqual(
      p.clients.map((c) => `${c.name}:${c.file}`),
      ['c:clients/c.md', 'a:clients/a.md', 'a:clients/a2.md', 'b:clients/b.md'],
    );
  });

  it('orders names as toLowerCase() does, also outside ASCII', () => {
    const chars = ['a', 'A', 'b', 'Z', ' ', '-', '1', '_', 'é', 'É', 'İ', 'ß', 'Σ', 'σ', 'ς', 'ǅ', 'ﬀ'];
    const r = random(11);
    const name = () => Array.from({ length: Math.floor(r() * 5) }, () => chars[Math.floor(r() * chars.length)]).join('');
    for (let k = 0; k < 20000; k++) {
      const a = summary(name(), 1);
      const b = summary(name(), 1);
      const [an, bn] = [a.name.toLowerCase(), b.name.toLowerCase()];
      const byLower = an === bn ? 0 : an < bn ? -1 : 1;
      const got = Math.sign(compareRanked(a, b));
      if (byLower !== 0) assert.equal(got, byLower, `${a.name} vs ${b.name}`);
      else assert.equal(got, a.name === b.name ? 0 : a.name < b.name ? -1 : 1, `${a.name} vs ${b.name}`);
    }
  });

  it('keeps former clients out of the ranking and lists them apart', () => {
    const p = buildPortfolio([summary('old', 90, { status: 'former' }), summary('now', 5)]);
    assert.deepEqual(p.clients.map((c) => c.name), ['now']);
    assert.deepEqual(p.former.map((c) => c.name), ['old']);
    assert.equal(p.pareto.ofClients, 1);
  });

  it('finds the smallest top slice carrying 80% of the friction', () => {
    const ranked = [80, 10, 5, 3, 2].map((s, i) => summary(`c${i}`, s));
    assert.deepEqual(paretoOf(ranked), { clients: 1, ofClients: 5, shareOfFriction: 0.8, shareOfIncome: null });
    assert.deepEqual(paretoOf([50, 30, 20].map((s, i) => summary(`c${i}`, s))), { clients: 2, ofClients: 3, shareOfFriction: 0.8, shareOfIncome: null });
    assert.deepEqual(paretoOf([0, 0].map((s, i) => summary(`c${i}`, s))), { clients: 0, ofClients: 2, shareOfFriction: 0, shareOfIncome: null });
  });

  it('keeps duplicate client names apart by file', () => {
    const a = summarizeClient(note(clientNote(['client: Same Name'], ['- 2026-11-20 #rude']), 'clients/one.md'), settings(), AS_OF);
    const b = summarizeClient(note(clientNote(['client: Same Name']), 'clients/two.md'), settings(), AS_OF);
    const p = buildPortfolio([a, b]);
    assert.deepEqual(p.clients.map((c) => c.file), ['clients/one.md', 'clients/two.md']);
  });

  it('holds no slice of the note text in a summary', () => {
    const s = summarizeClient(note(clientNote([`client: ${'Long Client Name '.repeat(3)}`], ['- 2026-11-20 Shouted #rude'])), settings(), AS_OF);
    assert.equal(s.name, 'Long Client Name Long Client Name Long Client Name');
    assert.ok(s.signals[0].detail.length > 0);
  });
});

describe('income', () => {
  const paid = (id: string, on: string, amount: number) => invoiceLines(id, on, on, amount);

  it('is what was paid in the 365 days up to the as-of date, by paid date', () => {
    const n = readClient(['client: I', 'invoices:', ...paid('A', ago(400), 1000), ...paid('B', ago(365), 200), ...paid('C', ago(364), 300), ...paid('D', ago(0), 50), ...invoiceLines('E', ago(10), undefined, 999)]);
    assert.equal(paidInLastYear(n.invoices, AS_OF), 350);
    assert.equal(paidInLastYear([], AS_OF), 0);
  });

  it('gives a share among ranked clients in the main currency; another currency has none', () => {
    const s = settings();
    const summary = (name: string, currency: string, amount: number, status = 'active') =>
      summarizeClient(readClient([`client: ${name}`, `status: ${status}`, `currency: ${currency}`, 'invoices:', ...paid(`${name}-1`, ago(30), amount)]), s, AS_OF);
    const p = buildPortfolio([summary('A', 'EUR', 600), summary('B', 'eur', 300), summary('C', 'EUR', 100), summary('D', 'MYR', 5000), summary('Old', 'EUR', 9000, 'former')]);
    assert.deepEqual(p.income, { currency: 'EUR', total: 1000, rates: {}, unnamedIsHome: false, missing: ['MYR'] });
    const share = (name: string) => incomeShare([...p.clients, ...p.former].find((c) => c.name === name)!, p.income);
    assert.equal(share('A'), 0.6);
    assert.equal(share('B'), 0.3);
    assert.equal(share('D'), null, 'another currency, without a rate');
  });

  it('has no shares when nobody paid anything', () => {
    const s = settings();
    const p = buildPortfolio([summarizeClient(readClient(['client: A', 'currency: EUR'], ['- 2026-11-20 #rude']), s, AS_OF)]);
    assert.equal(incomeShare(p.clients[0], p.income), null);
    assert.equal(p.pareto.shareOfIncome, null);
  });

  it('never lowers friction', () => {
    const log = ['- 2026-11-20 #rude', '- 2026-11-21 23:00 call'];
    assert.equal(scoreClient(['client: A', 'invoices:', ...paid('A-1', ago(5), 100000)], log).score, scoreClient(['client: A'], log).score);
  });

  it('gives the Pareto set\'s share of the income', () => {
    const s = settings();
    const a = summarizeClient(readClient(['client: A', 'currency: EUR', 'invoices:', ...paid('A-1', ago(30), 300)], ['- 2026-11-20 #rude', '- 2026-11-21 #rude']), s, AS_OF);
    const b = summarizeClient(readClient(['client: B', 'currency: EUR', 'invoices:', ...paid('B-1', ago(30), 700)], ['- 2026-11-21 #scope-creep']), s, AS_OF);
    const p = buildPortfolio([a, b]);
    assert.equal(p.pareto.clients, 1);
    assert.equal(p.pareto.shareOfIncome, 0.3);
  });
});

describe('the headline every surface shows', () => {
  it('is "score [arrow] [· ⚑ flags] · band"', () => {
    const s = settings();
    const flagged = summarizeClient(readClient(['client: F'], [`- ${ago(10)} #rude`, `- ${ago(5)} #chargeback`]), s, AS_OF);
    assert.equal(scoreHeadline(flagged), `${flagged.score} ↑${flagged.trend.delta} · ⚑ disrespect, chargeback · ${flagged.band}`);
    assert.equal(scoreHeadline(flagged, ENGLISH, '<b>x</b>').startsWith('<b>x</b> ↑'), true);
    const calm = summarizeClient(readClient(['client: C']), s, AS_OF);
    assert.equal(scoreHeadline(calm), '0 · calm');
  });
});

describe('a summary', () => {
  it('keeps no part of its note alive (detached strings)', () => {
    // The note's strings are slices of its text: a summary holding one would
    // keep the whole text. 200 notes of ~100 KB each, their summaries kept.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const padding = `${'x'.repeat(100)}\n`.repeat(1000);
    const kept: ClientSummary[] = [];
    const s = settings();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 200; i++) {
      const text = `---\nclient: Client with a long name number ${i} and more\ncurrency: EUR and more words here\ninvoices:\n  - id: INVOICE-WITH-A-LONG-ID-${i}\n    amount: 10\n    due: 2026-01-01\n---\n${padding}`;
      kept.push(summarizeNoteBytes(`clients/c${i}.md`, `c${i}`, new TextEncoder().encode(text), s, AS_OF));
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    assert.ok(kept.every((k) => k.name.startsWith('Client with') && k.signals.some((g) => g.detail.includes('INVOICE-WITH'))));
    assert.ok(grown < 4 * 1024 * 1024, `the summaries of 20 MB of notes hold ${(grown / 1024 / 1024).toFixed(1)} MB`);
  });

  it('is detached by a copy that equals the text, any text', () => {
    const r = random(3);
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: Math.floor(r() * 40) }, () => String.fromCharCode(Math.floor(r() * 0x10000))).join('');
      assert.equal(detach(text), text);
      assert.equal(detach(`${text}x`.slice(0, -1)), text);
    }
  });
});
