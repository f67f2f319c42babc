/**
 * Issue 20, "Hardening, round 2": each numbered failure of the audit, as a
 * test that failed before its fix. The CLI is run as a user runs it
 * (dist/cli.js); the rest through the core.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { applyTextEdits } from '../../src/core/import/editList';
import { ExportReading, readExport } from '../../src/core/import/exportFile';
import { NoteText, planImport } from '../../src/core/import/plan';
import { ENGLISH } from '../../src/core/l10n';
import { summarizeClient } from '../../src/core/rank/portfolio';
import { frictionPreviewPlugin } from '../../src/vscode/preview/markdownPreview';
import { AS_OF, ENGLISH_LOCALE, note, repoRoot, settings } from './helpers';

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

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120000, env: { ...process.env, ...ENGLISH_LOCALE, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

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
});
