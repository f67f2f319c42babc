import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { rankReport } from '../../src/cli/report';
import { NoteIndex } from '../../src/core/rank/noteIndex';
import { asciiJson, CacheFiles, CacheLine, ENGINE, hashText, packSummary, RACY_MS, SummaryCache, summarySettingsKey, TextHash, unpackSummary } from '../../src/core/rank/summaryCache';
import { FrictionSettings, resolveSettings } from '../../src/core/settings';
import { generateNote, random } from '../bench/generateNotes';
import { AS_OF, exampleNames, readExample, settings } from './helpers';

/** Notes in memory with modification times; counts the reads. */
class Disk {
  readonly texts = new Map<string, string>();
  readonly mtimes = new Map<string, number>();
  reads = 0;
  clock = 1_000_000_000_000;

  write(id: string, text: string, age = 60_000): void {
    this.texts.set(id, text);
    this.mtimes.set(id, this.clock - age);
  }

  /** With `statAll`, the index stats many notes at once (as the CLI and the extension do for local folders). */
  index(s: FrictionSettings = settings(), asOf = AS_OF, keepFacts = true, statAll = false): NoteIndex {
    return new NoteIndex({
      statAll: statAll
        ? async (ids) =>
            ids.map((id) => {
              const text = this.texts.get(id);
              return text === undefined ? undefined : { mtime: this.mtimes.get(id)!, size: new TextEncoder().encode(text).length, ctime: this.mtimes.get(id)!, ino: 1 };
            })
        : undefined,
      settings: s,
      asOf,
      read: (id, done) => {
        this.reads++;
        const text = this.texts.get(id);
        if (text === undefined) return done(Object.assign(new Error('gone'), { code: 'ENOENT' }));
        const bytes = new TextEncoder().encode(text);
        done(null, bytes, { mtime: this.mtimes.get(id)!, size: bytes.length, ctime: this.mtimes.get(id)!, ino: 1 });
      },
      stat: (id, done) => {
        const text = this.texts.get(id);
        if (text === undefined) return done(new Error('gone'));
        done(null, { mtime: this.mtimes.get(id)!, size: new TextEncoder().encode(text).length, ctime: this.mtimes.get(id)!, ino: 1 });
      },
      isNotFound: (err) => (err as NodeJS.ErrnoException).code === 'ENOENT',
      keepFacts,
      now: () => this.clock,
    });
  }
}

/** Cache files in memory, as the text on disk would be (the tests damage it as text). */
class Store implements CacheFiles {
  readonly files = new Map<string, string>();
  writes = 0;
  async read(name: string): Promise<string[] | undefined> {
    return this.files.get(name)?.split('\n');
  }
  async write(name: string, lines: readonly CacheLine[]): Promise<void> {
    this.writes++;
    this.files.set(name, lines.map((line) => `${typeof line === 'string' ? line : line.join('')}\n`).join(''));
  }
}

function notes(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of exampleNames()) out.set(`clients/${name}`, readExample(name));
  for (let i = 0; i < 60; i++) out.set(`clients/generated-${i}.md`, generateNote(i, 3));
  return out;
}

/** What the terminal prints of an index (the JSON report), byte for byte. */
function printed(index: NoteIndex, asOf = AS_OF): string {
  return JSON.stringify(rankReport(index.portfolio(), asOf));
}

async function coldAndWarm(disk: Disk, store: Store, s: FrictionSettings, asOf: number, statAll = false): Promise<{ cold: NoteIndex; warm: NoteIndex }> {
  const ids = [...disk.texts.keys()].sort();
  const cold = disk.index(s, asOf);
  await cold.build(ids);
  const warm = disk.index(s, asOf, true, statAll);
  await warm.build(ids, await new SummaryCache(store, 'folder', s).load(asOf));
  return { cold, warm };
}

/** The notes on a disk, indexed once and their cache saved as of AS_OF (ids in the disk's order, or sorted). */
async function savedCache(s: FrictionSettings = settings(), { sorted = false } = {}): Promise<{ disk: Disk; store: Store; first: NoteIndex; ids: string[] }> {
  const disk = new Disk();
  for (const [id, text] of notes()) disk.write(id, text);
  const ids = sorted ? [...disk.texts.keys()].sort() : [...disk.texts.keys()];
  const store = new Store();
  const first = disk.index(s);
  await first.build(ids);
  await new SummaryCache(store, 'folder', s).save(await first.cacheEntries(), AS_OF);
  return { disk, store, first, ids };
}

describe('summary cache', () => {
  it('is built with an engine (the build sets it)', () => {
    assert.match(ENGINE, /^[0-9a-f]{16}$/);
  });

  it('packs every summary of the corpus exactly', async () => {
    const disk = new Disk();
    for (const [id, text] of notes()) disk.write(id, text);
    disk.write('clients/unreadable.md', '\u0000');
    for (const s of [settings(), settings({ halfLifeDays: 3 })]) {
      const index = disk.index(s);
      await index.build([...disk.texts.keys()]);
      for (const summary of index.summaries()) {
        const packed = packSummary(summary);
        assert.ok(packed, summary.file);
        assert.deepStrictEqual(unpackSummary(JSON.parse(JSON.stringify(packed)) as unknown[], summary.file), summary);
      }
    }
  });

  it('starts warm on the same day and on another day with the ranking a cold start gives, reading only what changed', async () => {
    const s = settings();
    const { disk, store } = await savedCache(s, { sorted: true });

    for (const [asOf, statAll] of [[AS_OF, false], [AS_OF + 1, false], [AS_OF + 45, false], [AS_OF, true], [AS_OF + 2, true]] as const) {
      disk.reads = 0;
      const { cold, warm } = await coldAndWarm(disk, store, s, asOf, statAll);
      assert.equal(disk.reads, disk.texts.size, `as of ${asOf}: only the cold index read notes`);
      assert.equal(printed(warm, asOf), printed(cold, asOf), `as of ${asOf}`);
      assert.deepStrictEqual([...warm.summaries()].sort(byFile), [...cold.summaries()].sort(byFile));
    }

    // One note changed, one added, one removed: only the first two are read.
    disk.write('clients/generated-3.md', `${disk.texts.get('clients/generated-3.md')}- 2026-11-20 23:00 Call #rude\n`);
    disk.write('clients/new.md', generateNote(99));
    disk.texts.delete('clients/generated-4.md');
    disk.reads = 0;
    const { cold, warm } = await coldAndWarm(disk, store, s, AS_OF);
    assert.equal(disk.reads, disk.texts.size + 2);
    assert.equal(printed(warm), printed(cold));
  });

  it('shows the cached ranking at once, before the changed notes are read', async () => {
    const s = settings();
    const { disk, store } = await savedCache(s);
    disk.write('clients/generated-3.md', generateNote(500));
    const warm = disk.index(s);
    const events: number[] = [];
    warm.onDidChange(() => events.push(warm.size));
    await warm.build([...disk.texts.keys()], await new SummaryCache(store, 'folder', s).load(AS_OF));
    assert.deepEqual(events, [disk.texts.size - 1, disk.texts.size]);
  });

  it('is not used when corrupt, truncated, of another version, engine, settings or folder, or not a cache at all; it is written anew', async () => {
    const s = settings();
    const { disk, store: good } = await savedCache(s);
    const cache = new SummaryCache(good, 'folder', s);
    const [summaries, facts] = [good.files.get(cache.summariesFile)!, good.files.get(cache.factsFile)!];

    const rehashed = (text: string, edit: (header: Record<string, unknown>) => void): string => {
      const lines = text.split('\n');
      const header = JSON.parse(lines[0]) as Record<string, unknown>;
      edit(header);
      return [JSON.stringify(header), ...lines.slice(1)].join('\n');
    };
    const r = random(5);
    const flipDigit = (text: string): string => {
      for (;;) {
        const at = text.indexOf('\n') + 1 + Math.floor(r() * (text.lastIndexOf('\n', text.length - 2) - text.indexOf('\n') - 1));
        const c = text[at];
        if (c >= '0' && c <= '8') return text.slice(0, at) + String.fromCharCode(c.charCodeAt(0) + 1) + text.slice(at + 1);
      }
    };
    const damaged: [string, (text: string) => string][] = [
      ['empty', () => ''],
      ['garbage', () => '\u0000\uffff{{{not json\n'],
      ['binary', () => String.fromCharCode(...Array.from({ length: 2000 }, () => Math.floor(r() * 256)))],
      ['a digit changed', flipDigit],
      ['a line lost', (t) => t.replace(/\n[^\n]*\n/, '\n')],
      ['cut short', (t) => t.slice(0, Math.floor(t.length * 0.6))],
      ['cut at a line end', (t) => t.slice(0, t.lastIndexOf('\n', t.length - 2) + 1)],
      ['without its trailer', (t) => t.slice(0, t.lastIndexOf('\n', t.length - 2) + 1) + '["end",1,"x"]\n'],
      ['old version', (t) => rehashed(t, (h) => (h.version = 0))],
      ['another engine', (t) => rehashed(t, (h) => (h.engine = '0123456789abcdef'))],
      ['other settings', (t) => rehashed(t, (h) => (h.settings = summarySettingsKey(settings({ halfLifeDays: 10 }))))],
      ['another folder', (t) => rehashed(t, (h) => (h.folder = 'elsewhere'))],
      ['another format', (t) => rehashed(t, (h) => (h.format = 'something else'))],
      ['a JSON document', () => JSON.stringify({ clients: [] })],
      ['a huge line', () => `${'['.repeat(100_000)}\n`],
    ];
    for (const [what, damage] of damaged) {
      for (const which of ['summaries', 'facts', 'both'] as const) {
        for (const asOf of [AS_OF, AS_OF + 3]) {
          const store = new Store();
          store.files.set(cache.summariesFile, which === 'facts' ? summaries : damage(summaries));
          store.files.set(cache.factsFile, which === 'summaries' ? facts : damage(facts));
          disk.reads = 0;
          const cold = disk.index(s, asOf);
          await cold.build([...disk.texts.keys()]);
          const coldReads = disk.reads;
          disk.reads = 0;
          const warm = disk.index(s, asOf);
          const loaded = await new SummaryCache(store, 'folder', s).load(asOf);
          await warm.build([...disk.texts.keys()], loaded);
          assert.equal(printed(warm, asOf), printed(cold, asOf), `${what} (${which}, day ${asOf - AS_OF})`);
          // A damaged file gives nothing. Summaries serve a start on their own day,
          // facts any day: what the intact file cannot serve is read.
          const served = which === 'summaries' || (which === 'facts' && asOf === AS_OF);
          assert.equal(disk.reads, served ? 0 : coldReads, `${what} (${which}, day ${asOf - AS_OF}): ${served ? 'nothing' : 'every note'} read`);
          // Written anew: the next start takes every note from it.
          await new SummaryCache(store, 'folder', s).save(await warm.cacheEntries(), asOf);
          disk.reads = 0;
          const again = disk.index(s, asOf);
          await again.build([...disk.texts.keys()], await new SummaryCache(store, 'folder', s).load(asOf));
          assert.equal(disk.reads, 0, `${what} (${which}): rewritten`);
          assert.equal(printed(again, asOf), printed(cold, asOf));
        }
      }
    }
  });

  it('is not used with other settings that change a summary, and is with settings that do not', async () => {
    const { store } = await savedCache(settings());
    // Scoring settings leave the facts usable (scored again); reading settings neither.
    for (const [other, used] of [
      [settings({ halfLifeDays: 30 }), 'facts'],
      [settings({ weights: { payment: 2 } }), 'facts'],
      [settings({ tagSynonyms: { asap: 'urgent' } }), 'nothing'],
      [settings({ maxNoteSizeKB: 2 }), 'nothing'],
      [settings({ language: 'ms' }), 'nothing'],
      [settings({ yourName: 'Someone', coolDownDays: 9, defaultNoticeDays: 5, concentrationPercent: 20 }), 'summaries'],
    ] as const) {
      const loaded = [...(await new SummaryCache(store, 'folder', other).load(AS_OF)).values()];
      const got = loaded.length === 0 ? 'nothing' : loaded.every((e) => e.summary) ? 'summaries' : loaded.every((e) => e.facts) ? 'facts' : 'a mix';
      assert.equal(got, used, JSON.stringify(other).slice(0, 80));
    }
  });

  it('gives the same summaries whatever the settings it ignores', async () => {
    const disk = new Disk();
    for (const [id, text] of notes()) disk.write(id, text);
    const a = disk.index(settings());
    const b = disk.index(resolveSettings({ yourName: 'X', coolDownDays: 30, defaultNoticeDays: 90, concentrationPercent: 5, notesGlob: 'x/*.md', paymentReminders: { friendly: 2, firm: 3, final: 4 } }).settings);
    await a.build([...disk.texts.keys()]);
    await b.build([...disk.texts.keys()]);
    assert.deepStrictEqual([...b.summaries()], [...a.summaries()]);
  });

  it('words no summary in another language than it was written in: English summaries are not used in Malay, nor Malay ones in English', async () => {
    const english = settings();
    const malay = settings({ language: 'ms' });
    assert.notEqual(summarySettingsKey(malay), summarySettingsKey(english));
    const { disk, store, first, ids } = await savedCache(english, { sorted: true });
    const details = (index: NoteIndex) => [...index.summaries()].sort(byFile).flatMap((s) => s.signals.map((g) => g.detail));
    const worded: string[][] = [];
    for (const [s, other] of [[malay, english], [english, malay]] as const) {
      // Written in one language, loaded in the other: neither summaries (their
      // details) nor facts (their problems) are taken.
      const loaded = [...(await new SummaryCache(store, 'folder', s).load(AS_OF)).values()];
      assert.equal(loaded.length, 0, `${s.language}: the cache of ${other.language} not used`);
      assert.equal((await new SummaryCache(store, 'folder', s).load(AS_OF + 1)).size, 0, `${s.language}: on another day either`);
      const { cold, warm } = await coldAndWarm(disk, store, s, AS_OF);
      assert.deepStrictEqual([...warm.summaries()].sort(byFile), [...cold.summaries()].sort(byFile), s.language);
      worded.push(details(warm));
      await new SummaryCache(store, 'folder', s).save(await warm.cacheEntries(), AS_OF);
    }
    const [inMalay, inEnglish] = worded;
    assert.deepEqual(inEnglish, details(first));
    assert.equal(inMalay.length, inEnglish.length);
    assert.ok(
      inMalay.every((d, i) => d !== inEnglish[i] || /^\d+ #urgent$/.test(d)),
      'every detail worded in Malay',
    );
    const problems = (index: NoteIndex) => [...index.summaries()].flatMap((s) => s.problems.map((p) => p.message));
    const malayIndex = disk.index(malay);
    await malayIndex.build(ids);
    assert.ok(problems(malayIndex).some((m) => m.startsWith('frontmatter tidak dapat dibaca di sini')), problems(malayIndex).join(' | '));
    const [northwind] = [...(await new SummaryCache(store, 'folder', english).load(AS_OF)).values()].filter((e) => e.summary?.name === 'Northwind Studio');
    assert.match(northwind.summary!.signals[0].detail, /^2 invoices paid late/);
  });

  it('keeps no note read from an editor, or modified just before it was read', async () => {
    const disk = new Disk();
    disk.write('clients/old.md', generateNote(1));
    disk.write('clients/new.md', generateNote(2), RACY_MS - 1);
    const index = disk.index();
    await index.build(['clients/old.md', 'clients/new.md', 'clients/open.md']);
    index.updateFromText('clients/open.md', generateNote(3));
    assert.deepEqual(
      (await index.cacheEntries()).map((e) => e.id),
      ['clients/old.md'],
    );
    index.updateFromText('clients/old.md', generateNote(4));
    assert.deepEqual(await index.cacheEntries(), []);
  });

  it('moves a renamed note with its key', async () => {
    const disk = new Disk();
    disk.write('clients/a.md', generateNote(1));
    const index = disk.index();
    await index.build(['clients/a.md']);
    index.rename('clients/a.md', 'clients/b.md');
    assert.deepEqual(
      (await index.cacheEntries()).map((e) => [e.id, e.summary.file, e.summary.problems.every((p) => p.file === 'clients/b.md')]),
      [['clients/b.md', 'clients/b.md', true]],
    );
  });

  it('writes nothing when nothing changed, and rewrites a facts file it could not use when it next needs it', async () => {
    const s = settings();
    const { disk, store } = await savedCache(s);
    assert.equal(store.writes, 2);
    // A warm start on the same day, nothing changed: nothing written.
    let cache = new SummaryCache(store, 'folder', s);
    let warm = disk.index(s);
    await warm.build([...disk.texts.keys()], await cache.load(AS_OF));
    await cache.save(await warm.cacheEntries(), AS_OF);
    assert.equal(store.writes, 2);
    // Another day: the summaries are written for it, the facts are not.
    cache = new SummaryCache(store, 'folder', s);
    warm = disk.index(s, AS_OF + 1);
    await warm.build([...disk.texts.keys()], await cache.load(AS_OF + 1));
    await cache.save(await warm.cacheEntries(), AS_OF + 1);
    assert.equal(store.writes, 3);
    // A facts file broken meanwhile: a same-day start does not need it (nothing
    // written); the start of the next day reads every note and writes both files anew.
    store.files.set(cache.factsFile, 'broken');
    cache = new SummaryCache(store, 'folder', s);
    warm = disk.index(s, AS_OF + 1);
    await warm.build([...disk.texts.keys()], await cache.load(AS_OF + 1));
    await cache.save(await warm.cacheEntries(), AS_OF + 1);
    assert.equal(store.writes, 3);
    cache = new SummaryCache(store, 'folder', s);
    disk.reads = 0;
    warm = disk.index(s, AS_OF + 2);
    await warm.build([...disk.texts.keys()], await cache.load(AS_OF + 2));
    assert.equal(disk.reads, disk.texts.size);
    await cache.save(await warm.cacheEntries(), AS_OF + 2);
    assert.equal(store.writes, 5);
    assert.match(store.files.get(cache.factsFile)!, /^\{"format":"client-friction facts"/);
    disk.reads = 0;
    warm = disk.index(s, AS_OF + 3);
    await warm.build([...disk.texts.keys()], await new SummaryCache(store, 'folder', s).load(AS_OF + 3));
    assert.equal(disk.reads, 0);
  });

  it('survives a store that fails', async () => {
    const failing: CacheFiles = {
      read: () => Promise.reject(new Error('disk on fire')),
      write: () => Promise.reject(new Error('disk on fire')),
    };
    const cache = new SummaryCache(failing, 'folder', settings());
    assert.equal((await cache.load(AS_OF)).size, 0);
    await cache.save([], AS_OF);
  });

  it('digests text in pieces as in one', () => {
    const text = generateNote(7);
    assert.equal(new TextHash().update(text, 0, 100).update(text, 100, text.length).digest(), hashText(text));
    assert.notEqual(hashText(`${text}x`), hashText(text));
  });

  it('writes files all in ASCII, whatever the names and details (JSON escapes), and reads them back warm', async () => {
    const texts = new Map([
      ['clients/café-ñandú.md', '---\nclient: Café “Ñandú” 😀 – Kuala Lumpur\nstatus: active\n---\n## Log\n- 2026-11-07 22:30 call at night #urgent — “not quite it” #vague\n'],
      ['clients/plain.md', '---\nclient: Plain\n---\n'],
    ]);
    const disk = new Disk();
    for (const [id, text] of texts) disk.write(id, text);
    const store = new Store();
    const cold = disk.index(settings(), AS_OF);
    await cold.build([...texts.keys()]);
    await new SummaryCache(store, 'folder é', settings()).save(await cold.cacheEntries(), AS_OF);
    for (const [name, text] of store.files) assert.ok(/^[\x00-\x7f]*$/.test(text), `${name} is ASCII`);
    assert.match(store.files.get(new SummaryCache(store, 'folder é', settings()).summariesFile)!, /Caf\\u00e9/);
    for (const asOf of [AS_OF, AS_OF + 2]) {
      disk.reads = 0;
      const warm = disk.index(settings(), asOf);
      await warm.build([...texts.keys()], await new SummaryCache(store, 'folder é', settings()).load(asOf));
      assert.equal(disk.reads, 0, `day ${asOf - AS_OF}: nothing read`);
      const fresh = disk.index(settings(), asOf);
      await fresh.build([...texts.keys()]);
      assert.equal(printed(warm, asOf), printed(fresh, asOf));
    }
    // Nothing changed: nothing written again (the keys read back as written).
    const writes = store.writes;
    const again = disk.index(settings(), AS_OF);
    const cache = new SummaryCache(store, 'folder é', settings());
    await again.build([...texts.keys()], await cache.load(AS_OF));
    await cache.save(await again.cacheEntries(), AS_OF);
    assert.equal(store.writes, writes);
  });

  it('escapes JSON to ASCII without changing what it parses to', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const json of [JSON.stringify(value), JSON.stringify([text, value])]) {
          const ascii = asciiJson(json);
          assert.ok(/^[\x00-\x7f]*$/.test(ascii));
          assert.deepEqual(JSON.parse(ascii), JSON.parse(json));
        }
      }),
      { seed: 20261128, numRuns: 500 },
    );
  });
});

function byFile(a: { file: string }, b: { file: string }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
