import assert from 'node:assert/strict';
import { NoteIndex } from '../../src/core/rank/noteIndex';
import { buildPortfolio, compareRanked, paretoOf } from '../../src/core/rank/portfolio';
import { generateNote, random } from '../bench/generateNotes';
import { AS_OF, clientNote, settings } from './helpers';

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
  it('keeps the income share of the Pareto equal to a full count through 1,000 random edits in three currencies', async () => {
    const index = memoryIndex(new Map());
    await index.build([]);
    const r = random(7);
    const currencies = ['EUR', 'usd', 'MYR'];
    for (let k = 0; k < 1000; k++) {
      const id = `clients/c${Math.floor(r() * 40)}.md`;
      if (r() < 0.15) index.remove(id);
      else {
        const invoices = Array.from({ length: Math.floor(r() * 3) }, (_, j) => [
          `  - id: I-${k}-${j}`,
          `    amount: ${(r() * 5000).toFixed(2)}`,
          '    issued: 2026-05-01',
          '    due: 2026-05-31',
          `    paid: 2026-06-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
        ]).flat();
        const status = r() < 0.1 ? 'former' : 'active';
        const log = r() < 0.5 ? ['- 2026-11-10 x #rude'] : ['- 2026-11-12 x #urgent'];
        index.updateFromText(id, clientNote([`client: C${k}`, `status: ${status}`, `currency: ${currencies[Math.floor(r() * 3)]}`, ...(invoices.length ? ['invoices:', ...invoices] : [])], log));
      }
      const full = [...index.summaries()].filter((s) => s.status !== 'former').sort(compareRanked);
      assert.deepEqual(index.pareto(), paretoOf(full), `pareto after edit ${k}`);
      if (k % 25 === 0) assert.deepEqual(index.portfolio(), buildPortfolio(index.summaries()), `portfolio after edit ${k}`);
    }
  });
});
