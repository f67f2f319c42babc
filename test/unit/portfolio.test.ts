import assert from 'node:assert/strict';
import { NoteIndex } from '../../src/core/rank/noteIndex';
import { buildPortfolio, ClientSummary, compareRanked, paretoOf, summarizeClient } from '../../src/core/rank/portfolio';
import { generateNote, random } from '../bench/generateNotes';
import { AS_OF, clientNote, note, settings } from './helpers';

function summary(name: string, score: number, extra: Partial<ClientSummary> = {}): ClientSummary {
  return { file: `clients/${name}.md`, name, status: 'active', score, band: 'calm', signals: [], problems: [], amountOverdue: 0, hoursLogged: 0, praiseCount: 0, ...extra };
}

/** An index over an in-memory folder. */
function memoryIndex(files: Map<string, string>) {
  return new NoteIndex({
    settings: settings(),
    asOf: AS_OF,
    read: (id, done) => {
      const text = files.get(id);
      setImmediate(() => (text === undefined ? done(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })) : done(null, Buffer.from(text))));
    },
    isNotFound: (err) => (err as NodeJS.ErrnoException).code === 'ENOENT',
  });
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
    assert.deepEqual(paretoOf(ranked), { clients: 1, ofClients: 5, shareOfFriction: 0.8 });
    assert.deepEqual(paretoOf([50, 30, 20].map((s, i) => summary(`c${i}`, s))), { clients: 2, ofClients: 3, shareOfFriction: 0.8 });
    assert.deepEqual(paretoOf([0, 0].map((s, i) => summary(`c${i}`, s))), { clients: 0, ofClients: 2, shareOfFriction: 0 });
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

describe('note index', () => {
  it('builds, then updates, removes and renames one note without touching the others', async () => {
    const files = new Map<string, string>();
    for (let i = 0; i < 50; i++) files.set(`clients/c${i}.md`, generateNote(i));
    const index = memoryIndex(files);
    const events: string[] = [];
    index.onDidChange((e) => events.push(`+${e.updated.length} -${e.removed.length}`));
    await index.build([...files.keys()]);
    assert.equal(index.size, 50);
    const untouched = index.get('clients/c1.md');

    const updated = index.updateFromText('clients/c0.md', clientNote(['client: Now Terrible'], ['- 2026-11-20 #rude', '- 2026-11-21 #rude', '- 2026-11-24 #rude']));
    const ranked = index.rankedClients();
    assert.equal(ranked.filter((c) => c.file === 'clients/c0.md').length, 1);
    assert.equal(ranked.indexOf(updated), [...ranked].sort(compareRanked).indexOf(updated));
    assert.ok(updated.score >= 60);
    assert.equal(index.get('clients/c1.md'), untouched, 'the other summaries are the same objects');

    index.remove('clients/c2.md');
    assert.equal(index.get('clients/c2.md'), undefined);
    assert.ok(!index.rankedClients().some((c) => c.file === 'clients/c2.md'));

    index.rename('clients/c3.md', 'clients/renamed.md');
    assert.equal(index.get('clients/c3.md'), undefined);
    assert.equal(index.get('clients/renamed.md')!.file, 'clients/renamed.md');
    assert.equal(index.size, 49);
    assert.deepEqual(events, ['+50 -0', '+1 -0', '+0 -1', '+1 -1']);
  });

  it('re-reads a note from its source and drops it when gone', async () => {
    const files = new Map([['clients/a.md', clientNote(['client: A'])]]);
    const index = memoryIndex(files);
    await index.build(['clients/a.md']);
    files.set('clients/a.md', clientNote(['client: A2']));
    assert.equal((await index.refresh('clients/a.md'))!.name, 'A2');
    files.delete('clients/a.md');
    assert.equal(await index.refresh('clients/a.md'), undefined);
    assert.equal(index.size, 0);
  });

  it('reports a note that cannot be read instead of dropping it', async () => {
    const index = new NoteIndex({ settings: settings(), asOf: AS_OF, read: (_id, done) => done(new Error('EACCES: permission denied')) });
    await index.build(['clients/locked.md']);
    const s = index.get('clients/locked.md')!;
    assert.equal(s.name, 'locked');
    assert.match(s.problems[0].message, /could not be read: EACCES/);
  });

  it('keeps the ranking equal to a full sort through 2,000 random edits', async () => {
    const files = new Map<string, string>();
    for (let i = 0; i < 60; i++) files.set(`clients/c${i}.md`, generateNote(i));
    const index = memoryIndex(files);
    await index.build([...files.keys()]);
    const r = random(3);
    const tags = ['#rude', '#urgent', '#revision', '#scope-creep', '#praise', ''];
    for (let k = 0; k < 2000; k++) {
      const id = `clients/c${Math.floor(r() * 70)}.md`;
      const roll = r();
      if (roll < 0.1) index.remove(id);
      else if (roll < 0.15 && index.get(id)) index.rename(id, `clients/c${Math.floor(r() * 70)}.md`);
      else {
        const n = Math.floor(r() * 4);
        const status = r() < 0.1 ? 'former' : 'active';
        const log = Array.from({ length: n }, (_, j) => `- 2026-11-${String(10 + j).padStart(2, '0')} x ${tags[Math.floor(r() * tags.length)]}`);
        index.updateFromText(id, clientNote([`client: C${Math.floor(r() * 5)}`, `status: ${status}`], log));
      }
      const full = [...index.summaries()].filter((s) => s.status !== 'former').sort(compareRanked);
      assert.deepEqual(index.rankedClients().map((s) => s.file), full.map((s) => s.file), `after edit ${k}`);
      assert.deepEqual(index.pareto(), paretoOf(full));
      if (k % 50 === 0) assert.deepEqual(index.portfolio(), buildPortfolio(index.summaries()), `portfolio after edit ${k}`);
    }
  });
});
