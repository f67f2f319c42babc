/**
 * Issue 20, "Hardening, round 2": each numbered failure of the audit, as a
 * test that failed before its fix. The CLI is run as a user runs it
 * (dist/cli.js); the rest through the core.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { decodeExport } from '../../src/core/import/decode';
import { applyTextEdits } from '../../src/core/import/editList';
import { ExportReading, readExport } from '../../src/core/import/exportFile';
import { NoteText, planImport } from '../../src/core/import/plan';
import { ENGLISH } from '../../src/core/l10n';
import { blockInsertion, findChecklist } from '../../src/core/noteEdits';
import { summarizeClient } from '../../src/core/rank/portfolio';
import { cacheFilesIn } from '../../src/node/cacheFiles';
import { frictionPreviewPlugin } from '../../src/vscode/preview/markdownPreview';
import { AS_OF, ENGLISH_LOCALE, note, repoRoot, runCli, settings } from './helpers';

const CLI = join(repoRoot(), 'dist', 'cli.js');
const TOGGL = 'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (USD)';

function csv(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A Toggl export: each row [client, description, date, time, duration, tags?, project?]. */
export function toggl(rows: readonly (readonly string[])[]): string {
  const lines = [TOGGL];
  for (const [client, description, date, time, duration, tags = '', project = ''] of rows) {
    lines.push(['Ana', 'a@x.example', csv(client), csv(project), '', csv(description), 'Yes', date, time, date, time, duration, csv(tags), '0'].join(','));
  }
  return lines.join('\n');
}

function readable(source: string, text: string): Extract<ExportReading, { ok: true }> {
  const r = readExport(source, text, { synonyms: {} });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r;
}

const NOTE = '---\nclient: Acme\nrate: 90\n---\n\n# Acme\n\n## Log\n- 2026-11-02 10:00 Kick-off\n';

function importText(notes: NoteText[], text: string, s = settings()) {
  const plan = planImport([readable('t.csv', text)], notes, { settings: s });
  const after = notes.map((n) => {
    const p = plan.notes.find((x) => x.file === n.file);
    return p ? applyTextEdits(n.text, p.edits) : n.text;
  });
  return { plan, after };
}

/** The CLI as a user runs it; a hang (a cache file that is a FIFO, before its fix) ends the run after two minutes. */
const cli = (args: string[], cwd: string) => runCli(args, cwd, { timeout: 120000 });

describe('issue 20: hardening, round 2', function () {
  this.timeout(120000);
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cf-hardening2-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  describe('1. an export cannot decide a flag by its text', () => {
    it('writes a # of a description or project as \\#, which reads as no tag; only the Tags column adds tags', () => {
      const { after, plan } = importText([{ file: 'clients/acme.md', text: NOTE }], toggl([['Acme', 'Call about #chargeback and #rude', '2026-11-20', '10:00:00', '00:30:00', 'revision', '#urgent']]));
      assert.deepEqual(plan.problems, []);
      const line = after[0].split('\n').find((l) => l.startsWith('- 2026-11-20'));
      assert.equal(line, '- 2026-11-20 10:00 30m Call about \\#chargeback and \\#rude (\\#urgent) #revision');
      const read = note(after[0]);
      assert.deepEqual(read.log.map((e) => e.tags), [[], ['revision']]);
      const summary = summarizeClient(read, settings(), AS_OF);
      assert.deepEqual(summary.flags, []);
      assert.ok(!summary.signals.some((g) => g.id === 'afterHours' || g.id === 'conduct' || g.id === 'payment'), JSON.stringify(summary.signals));
    });

    it('a second import of the same rows adds nothing, nor does one over a line an earlier import wrote with a bare #', () => {
      const rows = toggl([['Acme', 'Fix #123 on the #urgent list', '2026-11-20', '10:00:00', '01:00:00']]);
      const once = importText([{ file: 'clients/acme.md', text: NOTE }], rows).after[0];
      const twice = importText([{ file: 'clients/acme.md', text: once }], rows);
      assert.equal(twice.plan.notes[0].skipped, 1);
      assert.deepEqual(twice.plan.notes[0].edits, []);
      const older = `${NOTE}- 2026-11-20 10:00 1h Fix #123 on the #urgent list\n`;
      const again = importText([{ file: 'clients/acme.md', text: older }], rows);
      assert.deepEqual(again.plan.notes[0].edits, []);
    });

    it('the note reader takes \\#tag and a # inside a word for text, not a tag', () => {
      const read = note('## Log\n- 2026-11-20 a \\#rude b\\#chargeback (\\#urgent) C#dispute \\\\#refund-demand #praise\n');
      assert.deepEqual(read.log[0].tags, ['praise']);
    });

    it('the markdown preview makes no chip of \\#tag, and shows it as #tag', () => {
      const md = new MarkdownIt({ html: true }).use(frictionPreviewPlugin(() => undefined, () => ({}), ENGLISH));
      const html = md.render('- 2026-11-20 Call about \\#chargeback and #rude\n- 2026-11-21 x \\##urgent **b**#vague <b>c</b>#urgent\n- 2026-11-22 (#urgent)\n#praise at the start\n');
      const chips = [...html.matchAll(/class="cf-tag cf-tag-[^"]*" title="([^"]*)"/g)].map((m) => m[1]);
      assert.deepEqual(chips, ['disrespect', 'urgent', 'praise']);
      assert.match(html, /Call about #chargeback and /);
      assert.ok(!html.includes('\\#'), html);
    });
  });

  describe('2. a big export does not overflow the planner', () => {
    it('plans 130,000 new entries for one note (no stack overflow); over the size cap the note is refused', () => {
      const rows: string[][] = [];
      for (let i = 0; i < 130000; i++) {
        const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 20) * 86400000).toISOString().slice(0, 10);
        rows.push(['Acme', `Work item ${i}`, day, `${String((i % 20) + 1).padStart(2, '0')}:00:00`, '00:30:00']);
      }
      const text = toggl(rows);
      // Under a cap that takes them all, every line is planned and verified.
      const big = importText([{ file: 'clients/acme.md', text: NOTE }], text, settings({ maxNoteSizeKB: 64 * 1024 }));
      assert.equal(big.plan.notes[0].entriesAdded, 130000);
      assert.equal(big.plan.notes[0].changes.length, 130000);
      // Under the default cap (1 MB) the note is refused whole.
      const capped = importText([{ file: 'clients/acme.md', text: NOTE }], text);
      assert.deepEqual(capped.plan.notes, []);
      assert.equal(capped.after[0], NOTE);
      assert.match(capped.plan.problems[0].message, /over the 1\.0 MB limit/);
    });
  });

  describe('3. an import never makes a note larger than the size cap', () => {
    it('refuses a note whole, saying so, when its import would take it over maxNoteSizeKB; the others are imported', () => {
      const huge = 'x'.repeat(600 * 1024);
      const notes = [
        { file: 'clients/acme.md', text: NOTE },
        { file: 'clients/bolt.md', text: NOTE.replace(/Acme/g, 'Bolt') },
      ];
      const s = settings({ maxNoteSizeKB: 1024 });
      const { plan, after } = importText(notes, toggl([['Acme', huge, '2026-11-20', '10:00:00', '00:30:00'], ['Acme', `é${huge}`, '2026-11-21', '10:00:00', '00:30:00'], ['Bolt', 'Small', '2026-11-20', '10:00:00', '00:30:00']]), s);
      assert.equal(after[0], NOTE);
      assert.deepEqual(plan.notes.map((p) => p.file), ['clients/bolt.md']);
      assert.deepEqual(
        plan.problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
        ['clients/acme.md:1: the import was not added to this note: it would be 1.2 MB, over the 1.0 MB limit (setting clientFriction.maxNoteSizeKB); nothing in it was changed'],
      );
      assert.match(after[1], /- 2026-11-20 10:00 30m Small/);
    });

    it('counts the bytes a file holds: a note just under the cap in characters but over it in UTF-8 is refused', () => {
      const s = settings({ maxNoteSizeKB: 4 });
      const text = `${NOTE}${'- 2026-11-01 é\n'.repeat(250)}`; // ~3.9 KB of characters, ~4.1 KB of bytes once imported into
      const { plan } = importText([{ file: 'clients/acme.md', text }], toggl([['Acme', 'ééééééééééééééééééééééééé', '2026-11-20', '10:00:00', '00:30:00']]), s);
      assert.ok(Buffer.byteLength(text) <= 4096);
      assert.deepEqual(plan.notes, []);
      assert.match(plan.problems[0].message, /it would be 5 KB, over the 4 KB limit/);
    });

    it('through the CLI: the note on disk is left byte for byte, its flag still read, and exit 0', () => {
      const dir = join(tmp, 'cap');
      mkdirSync(join(dir, 'clients'), { recursive: true });
      const text = `${NOTE}- 2026-11-10 10:00 They were #rude\n`;
      writeFileSync(join(dir, 'clients', 'acme.md'), text);
      writeFileSync(join(dir, 'big.csv'), toggl([['Acme', 'y'.repeat(5 * 1024 * 1024), '2026-11-20', '10:00:00', '00:30:00']]));
      const r = cli(['import', 'big.csv', '--into', '.'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /clients\/acme\.md:1: the import was not added to this note: it would be 5\.0 MB, over the 1\.0 MB limit/);
      assert.equal(readFileSync(join(dir, 'clients', 'acme.md'), 'utf8'), text);
      const rank = JSON.parse(cli(['rank', '.', '--json', '--as-of', '2026-11-27'], dir).stdout);
      assert.deepEqual(rank.clients[0].flags, ['disrespect']);
    });
  });

  describe('8. bytes that are not UTF-8, in an export or in a file name', () => {
    it('a description with bytes that are not UTF-8 is imported with a problem on its line; a Windows-1252 file is said to be one', () => {
      const text = toggl([['Acme', 'Café menu', '2026-11-20', '10:00:00', '00:30:00'], ['Acme', 'Broken XX here', '2026-11-21', '10:00:00', '00:30:00']]);
      const bytes = Buffer.from(text, 'utf8');
      const at = bytes.indexOf('XX');
      bytes[at] = 0xff;
      bytes[at + 1] = 0xc3;
      const decoded = decodeExport(bytes);
      assert.equal(decoded.encoding, 'utf-8');
      assert.match(decoded.text, /Café menu/);
      const reading = readExport('t.csv', decoded.text, { synonyms: {}, encoding: decoded.encoding });
      assert.ok(reading.ok);
      assert.deepEqual(
        reading.problems.map((p) => `${p.line}: ${p.message}`),
        ['3: Description has bytes that are not UTF-8, imported as �: correct it in the note or in the export'],
      );
      assert.equal(reading.records.length, 2);
      const latin = decodeExport(Buffer.from(toggl([['Acme', 'plain', '2026-11-20', '10:00:00', '00:30:00'], ['Acme', 'Caf\u00e9', '2026-11-21', '10:00:00', '00:30:00']]), 'latin1'));
      assert.equal(latin.encoding, 'windows-1252');
      const read = readExport('t.csv', latin.text, { synonyms: {}, encoding: latin.encoding });
      assert.ok(read.ok);
      assert.deepEqual(
        read.problems.map((p) => `${p.line}: ${p.message}`),
        ['3: the file is not UTF-8, so it was read as Windows-1252 (as older Excel exports are written): check its accented letters, the first of them on this line'],
      );
      // Many damaged rows: five said by line, then how many more.
      const many = Buffer.from(toggl(Array.from({ length: 9 }, (_, i) => ['Acme', `é row ${i} \ufffd`, '2026-11-20', '10:00:00', '00:30:00'])), 'utf8');
      const lines = readExport('t.csv', decodeExport(many).text, { synonyms: {} });
      assert.ok(lines.ok);
      assert.deepEqual(lines.problems.map((p) => p.line), [2, 3, 4, 5, 6, 1]);
      assert.equal(lines.problems[5].message, '4 more rows have bytes that are not UTF-8');
    });

    it('a file or folder whose name is not UTF-8 is said to be so, not "not found"; rank goes on', function () {
      const dir = join(tmp, 'names');
      mkdirSync(join(dir, 'clients'), { recursive: true });
      writeFileSync(join(dir, 'clients', 'a.md'), NOTE);
      const raw = (name: string) => Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(name, 'latin1')]);
      try {
        writeFileSync(raw('clients/caf\u00e9.md'), NOTE.replace(/Acme/g, 'Cafe'));
        mkdirSync(raw('clients/d\u00ff'));
        writeFileSync(raw('exp\u00ff.csv'), toggl([['Acme', 'x', '2026-11-20', '10:00:00', '00:30:00']]));
      } catch {
        this.skip(); // a file system that takes only UTF-8 names
      }
      const rank = cli(['rank', '.', '--as-of', '2026-11-27', '--json'], dir);
      assert.equal(rank.code, 0, rank.stderr);
      assert.deepEqual(
        JSON.parse(rank.stdout).problems.map((p: { file: string; message: string }) => `${p.file}: ${p.message}`),
        [
          'clients/caf\ufffd.md: the note could not be read (its name is not valid UTF-8, so it cannot be opened by that name; rename it)',
          'clients/d\ufffd: the folder could not be read (its name is not valid UTF-8, so it cannot be opened by that name; rename it); notes in it are missing',
        ],
      );
      const imported = spawnSync(process.execPath, [CLI, 'import', Buffer.from('exp\u00ff.csv', 'latin1') as unknown as string, '--dry-run'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...ENGLISH_LOCALE } });
      assert.equal(imported.status, 2);
      assert.equal(imported.stderr, 'client-friction: cannot read exp\ufffd.csv: its name is not valid UTF-8, so it cannot be opened by that name; rename it\n');
    });
  });

  describe('4. the markdown report cannot be forged by a note', () => {
    it('report --md escapes every cell: a \\r, a | or a control character of a name or an invoice id adds no row, column or control', () => {
      const dir = join(tmp, 'forge');
      mkdirSync(join(dir, 'clients'), { recursive: true });
      const evil = 'Evil\\r| forged | row |\\rNext\\u001b[2J\\u0007\\u0000\\u202e\\u2028x';
      writeFileSync(join(dir, 'clients', 'evil.md'), `---\nclient: "${evil}"\ncurrency: "EU\\rR|"\nrate: 50\ninvoices:\n  - id: "I\\u001b[31m|1\\r"\n    amount: 100\n    due: 2026-10-01\n    paid: 2026-10-20\n  - id: "J\\u0007|2"\n    amount: 50\n    due: 2026-11-01\n---\n\n## Log\n- 2026-11-20 1h x #rude\n`);
      writeFileSync(join(dir, 'clients', 'calm.md'), '---\nclient: Calm\ncurrency: EUR\ninvoices:\n  - id: C-1\n    amount: 10\n    due: 2026-10-01\n    paid: 2026-10-01\n---\n');
      const r = cli(['report', '.', '--as-of', '2026-11-27', '--md'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/.test(r.stdout), JSON.stringify(r.stdout));
      // Each table has as many columns in every row as in its header, and the rows are the clients'.
      const tables = new MarkdownIt().parse(r.stdout, {}).filter((t) => t.type === 'table_open' || t.type === 'tr_open' || t.type === 'th_open' || t.type === 'td_open' || t.type === 'table_close');
      let columns = 0;
      let cells = -1;
      let rows = 0;
      for (const t of tables) {
        if (t.type === 'table_open') [columns, cells, rows] = [0, -1, 0];
        else if (t.type === 'th_open') columns++;
        else if (t.type === 'tr_open') {
          if (cells > 0) assert.equal(cells, columns);
          cells = 0;
          rows++;
        } else if (t.type === 'td_open') cells++;
        else if (t.type === 'table_close') {
          if (cells > 0) assert.equal(cells, columns);
          assert.ok(rows <= 3, `a table of ${rows - 1} rows for 2 clients`);
        }
      }
      assert.match(r.stdout, /Evil \\\| forged \\\| row \\\| Next\\x1b\\\[2J\\x07\\x00\\u202e x/);
      assert.match(r.stdout, /J\\x07\\\|2/);
    });
  });

  describe('5. the summary cache cannot hang the CLI, serve a stale note or leak the notes', () => {
    /** A folder of one note, modified a minute ago (older than the racy window, so it is cached). */
    function cachedFolder(name: string, text: string): { dir: string; note: string; cache: string; old: Date } {
      const dir = join(tmp, name);
      mkdirSync(join(dir, 'clients'), { recursive: true });
      const note = join(dir, 'clients', 'acme.md');
      writeFileSync(note, text);
      const old = new Date(Date.now() - 60_000);
      utimesSync(note, old, old);
      return { dir, note, cache: join(tmp, `${name}-cache`), old };
    }
    const rankJson = (dir: string, cache: string) => {
      const r = cli(['rank', dir, '--as-of', '2026-11-27', '--json', '--cache', cache], tmp);
      assert.equal(r.code, 0, r.stderr);
      return JSON.parse(r.stdout) as { clients: { name: string; score: number; flags: string[] }[] };
    };

    it('a cache file that is a FIFO, a link to /dev/zero, truncated or huge is not used, and rank finishes with the same ranking', function () {
      const { dir, cache } = cachedFolder('kinds', `${NOTE}- 2026-11-20 10:00 x #rude\n`);
      const cold = rankJson(dir, cache);
      const files = readdirSync(cache);
      assert.deepEqual(files.map((f) => f.replace(/^[0-9a-f]+/, '')).sort(), ['.facts', '.summaries']);
      const written = new Map(files.map((f) => [f, readFileSync(join(cache, f))]));
      const sized = (path: string, bytes: number) => {
        writeFileSync(path, written.get(path.slice(cache.length + 1))!.subarray(0, bytes));
        truncateSync(path, bytes); // past its end: sparse, no disk used
      };
      const kinds: [string, (path: string) => void][] = [
        ['fifo', (path) => execFileSync('mkfifo', [path])],
        ['link to /dev/zero', (path) => symlinkSync('/dev/zero', path)],
        ['truncated', (path) => sized(path, 40)],
        ['huge', (path) => sized(path, 600 * 1024 * 1024)],
        ['a folder', (path) => mkdirSync(path)],
      ];
      for (const [kind, make] of kinds) {
        for (const file of files) {
          const path = join(cache, file);
          rmSync(path, { force: true, recursive: true });
          make(path);
        }
        const started = process.hrtime.bigint();
        const warm = rankJson(dir, cache);
        assert.deepEqual(warm, cold, kind);
        assert.ok(Number(process.hrtime.bigint() - started) / 1e9 < 60, kind);
        for (const file of files) rmSync(join(cache, file), { force: true, recursive: true });
        rankJson(dir, cache); // written anew
      }
    });

    it('an edit of the same size that keeps the modification time is read, not served from the cache', () => {
      const { dir, note: path, cache, old } = cachedFolder('same-size', `${NOTE}- 2026-11-20 10:00 x #praise\n`);
      assert.deepEqual(rankJson(dir, cache).clients[0].flags, []);
      const { mtimeMs, size } = statSync(path);
      writeFileSync(path, `${NOTE}- 2026-11-20 10:00 x #rude..\n`); // the same length
      utimesSync(path, old, old); // touch -d, cp -p, rsync -t: the times it had, to the nanosecond
      assert.deepEqual([statSync(path).mtimeMs, statSync(path).size], [mtimeMs, size]);
      assert.deepEqual(rankJson(dir, cache).clients[0].flags, ['disrespect']);
      // A copy put in its place (another inode), times kept.
      const copy = join(dir, 'copy.tmp');
      writeFileSync(copy, `${NOTE}- 2026-11-20 10:00 x #praise\n`);
      utimesSync(copy, old, old);
      renameSync(copy, path);
      assert.deepEqual(rankJson(dir, cache).clients[0].flags, []);
    });

    it("keeps the cache owner-only (0700, 0600) and never writes through a link planted at a temporary file's name", async function () {
      if (process.platform === 'win32') this.skip();
      const { dir, cache } = cachedFolder('modes', NOTE);
      const previous = process.umask(0o022);
      try {
        rankJson(dir, cache);
        assert.equal(statSync(cache).mode & 0o777, 0o700);
        for (const f of readdirSync(cache)) assert.equal(statSync(join(cache, f)).mode & 0o777, 0o600, f);
        // The names the writer used to take (pid and time): links planted at a
        // second of them lead to a file of another user's; it is left as it was.
        const victim = join(tmp, 'victim');
        writeFileSync(victim, 'keep');
        const store = join(tmp, 'planted');
        mkdirSync(store);
        const now = Date.now();
        for (let t = now - 100; t < now + 1000; t++) symlinkSync(victim, join(store, `x.summaries.${process.pid}.${t}.tmp`));
        await cacheFilesIn(store).write('x.summaries', ['a', 'b']);
        assert.equal(readFileSync(victim, 'utf8'), 'keep');
        assert.equal(readFileSync(join(store, 'x.summaries'), 'utf8'), 'a\nb\n');
        assert.equal(statSync(join(store, 'x.summaries')).mode & 0o777, 0o600);
        // The extension's own folder is made owner-only even when it was not.
        const own = join(tmp, 'own');
        mkdirSync(own, { mode: 0o755 });
        await cacheFilesIn(own, { ownFolder: true }).write('y', ['c']);
        assert.equal(statSync(own).mode & 0o777, 0o700);
      } finally {
        process.umask(previous);
      }
    });
  });

  describe('6. a notes folder that is a link', () => {
    it('rank and import read clients/ linked to a synced folder elsewhere; a link that cannot be read is one plain line', () => {
      const synced = join(tmp, 'synced');
      mkdirSync(join(synced, 'deeper'), { recursive: true });
      writeFileSync(join(synced, 'acme.md'), `${NOTE}- 2026-11-20 10:00 x #rude\n`);
      writeFileSync(join(synced, 'deeper', 'bolt.md'), NOTE.replace(/Acme/g, 'Bolt'));
      const ws = join(tmp, 'linked-ws');
      mkdirSync(ws);
      symlinkSync(synced, join(ws, 'clients'));
      const r = cli(['rank', '.', '--as-of', '2026-11-27', '--json'], ws);
      assert.equal(r.code, 0, r.stderr);
      const doc = JSON.parse(r.stdout);
      assert.deepEqual(doc.clients.map((c: { file: string; flags: string[] }) => `${c.file} ${c.flags.join(',')}`), ['clients/acme.md disrespect', 'clients/deeper/bolt.md ']);
      assert.deepEqual(doc.problems, []);
      writeFileSync(join(ws, 't.csv'), toggl([['Bolt', 'Synced work', '2026-11-21', '10:00:00', '01:00:00']]));
      const imported = cli(['import', 't.csv', '--json'], ws);
      assert.equal(imported.code, 0, imported.stderr);
      assert.equal(JSON.parse(imported.stdout).notes[0].file, 'clients/deeper/bolt.md');
      assert.match(readFileSync(join(synced, 'deeper', 'bolt.md'), 'utf8'), /- 2026-11-21 10:00 1h Synced work\n$/);
      for (const [name, target, message] of [
        ['dangling-ws', join(tmp, 'not-mounted'), 'clients: the link leads nowhere; no notes were read from it'],
        ['loop-ws', '..', 'clients: the link leads to a folder that holds this one; it was not followed'],
      ]) {
        const dir = join(tmp, name);
        mkdirSync(dir);
        symlinkSync(target, join(dir, 'clients'));
        const out = cli(['rank', '.', '--as-of', '2026-11-27'], dir);
        assert.equal(out.code, 0, out.stderr);
        assert.match(out.stdout, /No clients found\./);
        assert.ok(out.stdout.includes(`Problems (1)\n${message.replace(': ', ':1: ')}\n`), out.stdout);
      }
    });
  });

  describe('7. a checklist inserted at the cursor is never hidden in a comment or a fence', () => {
    it('at every offset of a note with closed comments and fences, the checklist is found, with all its tasks, and nothing else moves', () => {
      const text = [
        '---',
        'client: Acme',
        '---',
        '# Acme',
        '<!-- a comment',
        'over lines -->',
        'Text <!-- opened mid-line',
        '- 2026-11-01 hidden entry',
        '--> closed',
        '```',
        '- [ ] not a task',
        '```',
        '~~~~',
        '```',
        '~~~~',
        '## Log',
        '- 2026-11-02 10:00 x #urgent',
        '<!-- one line -->',
        '',
      ].join('\r\n');
      const block = '## Offboarding (started 2026-11-27)\n- [ ] one\n- [ ] two\n';
      const before = note(text);
      for (let at = 0; at <= text.length; at++) {
        const edit = blockInsertion(text, block, at);
        assert.equal(edit.start, edit.end);
        const after = applyTextEdits(text, [edit]);
        const read = note(after);
        assert.ok(findChecklist(after, settings()) !== undefined, `no checklist found after inserting at ${at}`);
        assert.equal(read.tasks.length, before.tasks.length + 2, `tasks after inserting at ${at}`);
        assert.deepEqual(read.log.map((e) => e.text), before.log.map((e) => e.text), `log after inserting at ${at}`);
        assert.equal(after.slice(0, edit.start) + after.slice(edit.start + edit.text.length), text);
      }
    });
  });
});
