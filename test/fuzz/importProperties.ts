/**
 * Properties of what issue 20's audit fed the pipeline and the suite had not:
 * CSV exports whose every column carries tags, quotes, separators and control
 * characters, with values near every limit an import checks (a day's
 * duration, the plausible years, amounts, the note size cap, with the note
 * itself near the cap before the import); and summary cache files of every
 * kind (valid, truncated, bit-flipped, huge, a FIFO, a link, a folder, empty).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { utf8Length } from '../../src/core/chars';
import { parseIsoDay } from '../../src/core/dates';
import { applyTextEdits } from '../../src/core/import/editList';
import { readExport } from '../../src/core/import/exportFile';
import { planImport } from '../../src/core/import/plan';
import { summarizeClient } from '../../src/core/rank/portfolio';
import { CacheEntry, SummaryCache } from '../../src/core/rank/summaryCache';
import { parseClientNote } from '../../src/core/read/note';
import { resolveSettings } from '../../src/core/settings';
import { KnownTag } from '../../src/core/tags';
import { cacheFilesIn } from '../../src/node/cacheFiles';

const AS_OF = parseIsoDay('2026-11-28')!; // pinned
const CAP_KB = 4;
const SETTINGS = resolveSettings({ maxNoteSizeKB: CAP_KB }).settings;
const TOGGL = 'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (USD)';

/** The tags a Tags cell may name here: none that flags (the flags must then come from nowhere). */
const SAFE_TAGS = ['urgent', 'revision', 'vague', 'scope creep', 'praise', 'billable', 'Delivered', '#waiting', 'nonsense'];
const FLAGGING: readonly KnownTag[] = ['disrespect', 'chargeback'];

const PIECES = ['#rude', '#chargeback', '#dispute', '(#urgent)', '\\#after-hours', 'C#', 'a#b', '#', '\\', '"', ',', ';', '|', '\r', '\n', '\r\n', '\t', '\u001b[2J', '\u0007', '\u0000', '\u2028', '\u202e', '<!--', '-->', '```', '- [ ] x', '## Log', 'é', '😀', '\ufffd', ' ', 'word', '2026-11-01', '---'];
const text = (maxLength: number) => fc.array(fc.constantFrom(...PIECES), { maxLength }).map((a) => a.join(''));

const DATES = ['2026-11-20', '2026-11-27', '1900-01-01', '1899-12-31', '2100-12-31', '2101-01-01', '2026-02-30', '11/20/2026', ''];
const DURATIONS = ['00:30:00', '23:59:59', '24:00:00', '24:00:30', '24:01:00', '00:00:00', '999999:00:00', '-01:00:00', 'x'];
const TIMES = ['10:00:00', '23:59:59', '00:00:00', '24:00:00', '9:5', ''];
const AMOUNTS = ['0', '999999999.99', '1000000000', '-5', '1,5', 'NaN', ''];

/** Mostly an ordinary value (so that most rows are read and planned), else one at or past a limit. */
function usually(value: string, edges: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: fc.constant(value), weight: 4 }, { arbitrary: fc.constantFrom(...edges), weight: 1 });
}

function csv(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export interface ExportCase {
  rows: { client: string; description: string; project: string; tags: string; date: string; time: string; duration: string; amount: string }[];
  /** Bytes left under the cap in the note before the import. */
  room: number;
  /** A description as long as the room left, give or take. */
  longBy: number;
}

export function exportCase(): fc.Arbitrary<ExportCase> {
  const row = fc.record({
    client: fc.oneof(fc.constantFrom('Acme', 'ACME ', 'acme!', 'Bolt'), text(4).map((t) => `Acme${t}`)),
    description: text(8),
    project: text(4),
    tags: fc.array(fc.constantFrom(...SAFE_TAGS), { maxLength: 3 }).map((t) => t.join(', ')),
    date: usually('2026-11-20', DATES),
    time: usually('10:00:00', TIMES),
    duration: usually('00:30:00', DURATIONS),
    amount: usually('0', AMOUNTS),
  });
  return fc.record({ rows: fc.array(row, { minLength: 1, maxLength: 12 }), room: fc.integer({ min: 0, max: 600 }), longBy: fc.integer({ min: -80, max: 80 }) });
}

const BASE = '---\nclient: Acme\naliases: [Bolt]\nrate: 90\n---\n\n# Acme\n\n## Log\n- 2026-11-02 10:00 Kick-off #praise\n';

/** The note, padded so that `room` bytes are left under the cap. */
function noteNearCap(room: number): string {
  const filler = CAP_KB * 1024 - room - utf8Length(BASE) - '<!--\n-->\n'.length;
  return `${BASE}<!--\n${'x'.repeat(Math.max(0, filler))}-->\n`;
}

/**
 * Reading and planning such an export never throws; a note the plan edits is
 * only added to (insertions), stays within the size cap, gets exactly the
 * entries counted, no new problem and no flag (the Tags cells name none, the
 * texts name many); a refused note gets no edit.
 */
export function checkImport(c: ExportCase): void {
  const note = noteNearCap(c.room);
  const rows = c.rows.map((r, i) => {
    const description = i === 0 && c.longBy !== 0 ? `${r.description}${'y'.repeat(Math.max(0, c.room + c.longBy))}` : r.description;
    return ['Ana', 'a@x.example', csv(r.client), csv(r.project), '', csv(description), 'Yes', r.date, r.time, r.date, r.time, r.duration, csv(r.tags), r.amount].join(',');
  });
  const reading = readExport('fuzz.csv', [TOGGL, ...rows].join('\r\n'), { synonyms: SETTINGS.tagSynonyms });
  if (!reading.ok) return; // a refusal is a plain message (tested elsewhere)
  const plan = planImport([reading], [{ file: 'clients/acme.md', text: note }], { settings: SETTINGS });
  const before = parseClientNote(note, { file: 'clients/acme.md', fileStem: 'acme', settings: SETTINGS });
  const flagsBefore = summarizeClient(before, SETTINGS, AS_OF).flags;
  for (const p of plan.notes) {
    if (!p.edits.length) continue;
    assert.ok(p.edits.every((e) => e.start === e.end), 'an import only inserts');
    const after = applyTextEdits(note, p.edits);
    const size = utf8Length(after);
    assert.ok(size <= SETTINGS.maxNoteBytes, `the import made the note ${size} bytes, over the ${SETTINGS.maxNoteBytes} cap`);
    const read = parseClientNote(after, { file: 'clients/acme.md', fileStem: 'acme', settings: SETTINGS });
    assert.equal(read.log.length, before.log.length + p.entriesAdded, 'entries added');
    assert.deepEqual(read.problems, before.problems, 'problems after the import');
    for (const e of read.log) for (const t of FLAGGING) assert.ok(!e.tags.includes(t), `an export's text made the tag #${t}: ${JSON.stringify(e.text)}`);
    assert.deepEqual(summarizeClient(read, SETTINGS, AS_OF).flags, flagsBefore, 'flags after the import');
  }
}

// ---------------------------------------------------------------------------
// Summary cache files of every kind.

export type CacheFileKind = 'valid' | 'truncated' | 'flipped' | 'huge' | 'fifo' | 'link' | 'link to a valid file' | 'folder' | 'empty' | 'missing';
export const CACHE_FILE_KINDS: readonly CacheFileKind[] = ['valid', 'truncated', 'flipped', 'huge', 'fifo', 'link', 'link to a valid file', 'folder', 'empty', 'missing'];

let cacheRoot: string | undefined;
let fifoWorks: boolean | undefined;

function entryOf(id: string, text: string, i: number): CacheEntry {
  const note = parseClientNote(text, { file: id, fileStem: id, settings: SETTINGS });
  return { id, mtime: 1_700_000_000_000 + i, size: utf8Length(text), ctime: 1_700_000_000_500 + i, ino: 1000 + i, summary: summarizeClient(note, SETTINGS, AS_OF) };
}

/**
 * A cache written, then each of its files made one of `kinds` (cut at
 * `at`, a byte flipped at `at`): loading it ends (no FIFO or device is read),
 * never throws, and gives back each entry as saved or none: never another.
 */
export async function checkCacheFiles(kinds: [CacheFileKind, CacheFileKind], at: number, notes: string[]): Promise<void> {
  cacheRoot ??= mkdtempSync(join(tmpdir(), 'cf-fuzz-cache-'));
  const dir = join(cacheRoot, 'c');
  rmSync(dir, { recursive: true, force: true });
  const cache = new SummaryCache(cacheFilesIn(dir), 'folder', SETTINGS);
  const entries = notes.map((t, i) => entryOf(`clients/${i}.md`, t, i));
  await cache.save(entries, AS_OF);
  const files = [cache.summariesFile, cache.factsFile];
  for (const [k, name] of files.entries()) {
    const path = join(dir, name);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      continue; // a save that wrote nothing (every summary unpackable)
    }
    const kind = kinds[k];
    if (kind === 'valid') continue;
    rmSync(path, { force: true });
    if (kind === 'truncated') writeFileSync(path, bytes.subarray(0, at % (bytes.length + 1)));
    else if (kind === 'flipped') {
      const copy = Buffer.from(bytes);
      if (copy.length) copy[at % copy.length] ^= 1 << at % 8;
      writeFileSync(path, copy);
    } else if (kind === 'huge') {
      writeFileSync(path, bytes);
      truncateSync(path, 600 * 1024 * 1024); // sparse: over the cap, no disk used
    } else if (kind === 'fifo') {
      if (fifoWorks !== false) {
        try {
          execFileSync('mkfifo', [path]);
          fifoWorks = true;
        } catch {
          fifoWorks = false;
        }
      }
    } else if (kind === 'link') symlinkSync('/dev/zero', path);
    else if (kind === 'link to a valid file') {
      writeFileSync(`${path}.real`, bytes);
      symlinkSync(`${path}.real`, path);
    } else if (kind === 'folder') mkdirSync(path);
    else if (kind === 'empty') writeFileSync(path, '');
  }
  const loaded = await new SummaryCache(cacheFilesIn(dir), 'folder', SETTINGS).load(AS_OF);
  const saved = new Map(entries.map((e) => [e.id, e]));
  for (const [id, got] of loaded) {
    const want = saved.get(id);
    assert.ok(want, `the cache gave an entry for ${id}, never saved`);
    assert.deepEqual([got.mtime, got.size, got.ctime, got.ino], [want.mtime, want.size, want.ctime, want.ino], `the key of ${id}`);
    if (got.summary) assert.deepEqual(got.summary, want.summary, `the summary of ${id}`);
  }
}

export function cacheCase(): fc.Arbitrary<[[CacheFileKind, CacheFileKind], number, string[]]> {
  return fc.tuple(
    fc.tuple(fc.constantFrom(...CACHE_FILE_KINDS), fc.constantFrom(...CACHE_FILE_KINDS)),
    fc.nat(),
    fc.array(
      fc.constantFrom('---\nclient: A\n---\n- 2026-11-20 x #rude\n', '---\nclient: "B\\u001b|"\n---\n', '# C\n- 2026-11-01 1h y\n', '---\nclient: é😀\ninvoices:\n  - id: 1\n    amount: 5\n    due: 2026-10-01\n---\n'),
      { minLength: 1, maxLength: 4 },
    ),
  );
}

/** Removes what checkCacheFiles made. */
export function cleanCacheFiles(): void {
  if (cacheRoot) rmSync(cacheRoot, { recursive: true, force: true });
  cacheRoot = undefined;
}
