import assert from 'node:assert/strict';
import { buildPortfolio, ClientSummary, compareRanked, paretoOf, summarizeClient } from '../../src/core/rank/portfolio';
import { random } from '../bench/generateNotes';
import { AS_OF, clientNote, note, settings } from './helpers';

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
