/**
 * The import's problems in Malay: a file's refusals and its rows' problems
 * (worded by the `l10n` readExport takes), the planner's problems and
 * preview lines (worded in `settings.language`), and the CLI with `--lang ms`
 * or a Malay locale. English stays as it was (the fixture reports and the
 * other import tests hold it byte for byte); here the same inputs in Malay
 * give the same problems, at the same places, every one worded in Malay with
 * no placeholder left.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DateOrder } from '../../src/core/import/dateOrder';
import { ExportReading, readExport } from '../../src/core/import/exportFile';
import { FORMATS, formatLabel } from '../../src/core/import/formats';
import { appendToList, setItemField } from '../../src/core/import/frontmatterLists';
import { ImportPlan, NoteText, planImport, PlanOptions } from '../../src/core/import/plan';
import { catalogue, ENGLISH, L10n } from '../../src/core/l10n';
import { FrictionSettings } from '../../src/core/settings';
import { ENGLISH_LOCALE, repoRoot, settings } from './helpers';
import { exampleNotes, FIXTURES, fixtureText } from './importHelpers';

const MS = catalogue('ms');
const EN_SETTINGS = settings();
const MS_SETTINGS = settings({ language: 'ms' });
const FIXTURE_FILES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.csv'))
  .sort();
/** A placeholder of a template left unfilled: `{0}`, `{file}` (not `{…}`, which a message may quote). */
const PLACEHOLDER = /{[A-Za-z0-9_]+}/;

type Readable = Extract<ExportReading, { ok: true }>;

function read(source: string, text: string, l10n: L10n | undefined, dateOrder?: DateOrder): ExportReading {
  return readExport(source, text, { synonyms: EN_SETTINGS.tagSynonyms, dateOrder, ...(l10n ? { l10n } : {}) });
}

function plan(readings: readonly ExportReading[], notes: readonly NoteText[], s: FrictionSettings, choices: PlanOptions['choices']): ImportPlan {
  return planImport(
    readings.filter((r): r is Readable => r.ok),
    notes,
    { settings: s, choices },
  );
}

/** Every message an import gives for these exports and notes: the refusals, then the plan's problems, then its preview lines. */
function messagesOf(
  files: readonly { source: string; text: string }[],
  notes: readonly NoteText[],
  language: 'en' | 'ms',
  dateOrder?: DateOrder,
  choices: PlanOptions['choices'] = [],
) {
  const readings = files.map((f) => read(f.source, f.text, language === 'ms' ? MS : undefined, dateOrder));
  const refusals = readings.filter((r): r is Extract<ExportReading, { ok: false }> => !r.ok).map((r) => ({ ...r.error, reason: r.reason }));
  const p = plan(readings, notes, language === 'ms' ? MS_SETTINGS : EN_SETTINGS, choices);
  return { refusals, problems: p.problems, changes: p.notes.flatMap((n) => n.changes), plan: p };
}

/** The Malay messages give the same problems at the same places as the English ones, each worded differently, none with a placeholder left. */
function assertSameProblemsInMalay(en: ReturnType<typeof messagesOf>, ms: ReturnType<typeof messagesOf>, what: string): void {
  const where = (list: readonly { file: string; line: number }[]) => list.map(({ file, line }) => `${file}:${line}`);
  assert.deepEqual(where(ms.refusals), where(en.refusals), `${what}: the same refusals`);
  assert.deepEqual(
    ms.refusals.map((r) => r.reason),
    en.refusals.map((r) => r.reason),
  );
  assert.deepEqual(where(ms.problems), where(en.problems), `${what}: the same problems`);
  assert.equal(ms.changes.length, en.changes.length, `${what}: the same preview lines`);
  const pairs = [...ms.refusals.map((r, i) => [r.message, en.refusals[i].message]), ...ms.problems.map((p, i) => [p.message, en.problems[i].message])];
  for (const [malay, english] of pairs) {
    assert.doesNotMatch(malay, PLACEHOLDER, `${what}: a placeholder left in "${malay}"`);
    assert.notEqual(malay, english, `${what}: "${english}" is not worded in Malay`);
  }
  for (const line of ms.changes) assert.doesNotMatch(line, PLACEHOLDER, `${what}: a placeholder left in the preview line "${line}"`);
}

describe('import: problems in Malay', () => {
  describe('examples', () => {
    it('an ambiguous client', () => {
      const notes = [
        { file: 'clients/a.md', text: '---\nclient: Lotus Tech\n---\n' },
        { file: 'clients/b.md', text: '---\nclient: LOTUS-TECH\n---\n' },
      ];
      const csv = ['Issue Date,Last Payment Date,ID,PO Number,Client,Subject,Invoice Amount,Paid Amount,Balance,Subtotal,Discount,Tax,Tax2,Currency,Currency Symbol,Document Type'];
      const row = (id: string) => `2026-11-02,,${id},,lotus tech,,100,0,100,,,,,EUR,,Invoice`;
      const one = messagesOf([{ source: 'h.csv', text: [...csv, row('L-1')].join('\n') }], notes, 'ms');
      assert.deepEqual(one.problems, [
        {
          file: 'h.csv',
          line: 2,
          message: 'pelanggan "lotus tech" (1 baris) sepadan dengan beberapa nota (clients/a.md, clients/b.md); tambahkan nama ini pada aliases nota yang betul. Barisnya tidak diimport',
        },
      ]);
      const two = messagesOf([{ source: 'h.csv', text: [...csv, row('L-1'), row('L-2')].join('\n') }], notes, 'ms');
      assert.match(two.problems[0].message, /^pelanggan "lotus tech" \(2 baris\) sepadan dengan beberapa nota .* Baris-barisnya tidak diimport$/);
    });

    it('a Harvest invoice report without due dates, an invoice in another currency, a note whose frontmatter cannot be read', () => {
      const { problems, changes } = messagesOf([{ source: 'harvest-invoices.csv', text: fixtureText('harvest-invoices.csv') }], exampleNotes(), 'ms');
      const messages = problems.map((p) => p.message);
      assert.ok(messages.includes('laporan invois Harvest tidak mempunyai tarikh akhir: 3 invois yang diimport tiada baris due:; tambahkannya sendiri'), messages.join('\n'));
      assert.ok(messages.includes('invois KK-US1 dalam mata wang USD tetapi clients/kampung-kopi.md dikira dalam MYR; invois ini tidak diimport'), messages.join('\n'));
      assert.ok(messages.includes('CN-3 ialah credit note, bukan invois; baris ini tidak diimport'), messages.join('\n'));
      assert.ok(
        messages.some((m) => /^import tidak ditambah pada nota ini: frontmatter nota ini tidak dapat dibaca \(baris 7: .*\); tiada apa-apa di dalamnya diubah$/.test(m)),
        messages.join('\n'),
      );
      assert.ok(
        changes.some((c) => /^invois \S+, .*dikeluarkan \d{4}-\d\d-\d\d, (dibayar \d{4}-\d\d-\d\d|belum dibayar)$/.test(c)),
        changes.join('\n'),
      );
      assert.ok(!changes.some((c) => /\b(invoice|issued|due|paid|unpaid)\b/.test(c)), changes.join('\n'));
    });

    it('one Harvest invoice without a due date (one and many are worded apart)', () => {
      const lines = fixtureText('harvest-invoices.csv').split(/\r?\n/);
      const text = [lines[0], lines.find((l) => l.includes(',NW-020,'))!].join('\n');
      const { problems } = messagesOf([{ source: 'h.csv', text }], exampleNotes(), 'ms');
      assert.ok(
        problems.some((p) => p.message === 'laporan invois Harvest tidak mempunyai tarikh akhir: invois yang diimport tiada baris due:; tambahkannya sendiri'),
        problems.map((p) => p.message).join('\n'),
      );
    });

    it('a malformed CSV quote, and rows that do not line up', () => {
      const unclosed = read('toggl.csv', fixtureText('toggl.csv').replace('Admin and invoicing', '"Admin and invoicing'), MS);
      assert.equal(unclosed.ok, false);
      if (!unclosed.ok) {
        assert.deepEqual(unclosed.error, {
          file: 'toggl.csv',
          line: 9,
          message: 'medan berpetikan tidak pernah ditutup; fail ini kelihatan terpotong atau disunting dengan tangan, jadi tiada apa-apa diimport daripadanya',
        });
      }
      const stray = read('toggl.csv', fixtureText('toggl.csv').replace('"Product pages, third batch"', '"Product pages," third batch'), MS);
      assert.ok(!stray.ok && stray.error.message.startsWith('medan berpetikan mempunyai teks selepas tanda petik penutupnya (tanda " yang tersasar atau tertinggal); '));
      const header = fixtureText('toggl.csv').split(/\r?\n/)[0];
      const ragged = (rows: number) => read('r.csv', [header, ...Array<string>(rows).fill('a,b')].join('\n'), MS);
      const messages = [1, 2, 3].map((n) => {
        const r = ragged(n);
        return r.ok ? '' : r.error.message;
      });
      assert.deepEqual(messages, [
        'baris ini mempunyai 2 medan sedangkan baris pengepala mempunyai 14; fail ini kelihatan terpotong atau disunting dengan tangan, jadi tiada apa-apa diimport daripadanya',
        'baris ini mempunyai 2 medan sedangkan baris pengepala mempunyai 14 (dan 1 lagi baris seperti itu); fail ini kelihatan terpotong atau disunting dengan tangan, jadi tiada apa-apa diimport daripadanya',
        'baris ini mempunyai 2 medan sedangkan baris pengepala mempunyai 14 (dan 2 lagi baris seperti itu); fail ini kelihatan terpotong atau disunting dengan tangan, jadi tiada apa-apa diimport daripadanya',
      ]);
    });

    it('a bad date, with and without a date order', () => {
      const time = read('harvest-time.csv', fixtureText('harvest-time.csv'), MS);
      assert.ok(time.ok);
      if (time.ok) assert.deepEqual(time.problems, [{ file: 'harvest-time.csv', line: 7, message: 'Date "2026-02-30" bukan tarikh; baris ini tidak diimport' }]);
      const dmy = read('clockify.csv', fixtureText('clockify.csv'), MS, 'dmy');
      assert.ok(dmy.ok);
      if (dmy.ok) assert.equal(dmy.problems[0].message, 'Start Date "11/23/2026" bukan tarikh (dibaca sebagai hari/bulan/tahun); baris ini tidak diimport');
      const ambiguous = read('clockify-ambiguous.csv', fixtureText('clockify-ambiguous.csv'), MS);
      assert.ok(!ambiguous.ok && ambiguous.reason === 'dateOrder');
      if (!ambiguous.ok) {
        assert.equal(
          ambiguous.error.message,
          'tarikhnya boleh dibaca dengan dua cara (03/11/2026 ialah 11 Mac atau 3 November); nyatakan sama ada tarikhnya bulan/hari/tahun (mdy) atau hari/bulan/tahun (dmy)',
        );
      }
    });

    it('names the formats in both languages (English as their labels)', () => {
      for (const format of FORMATS) {
        assert.equal(formatLabel(format), format.label);
        assert.equal(formatLabel(format, ENGLISH), format.label);
        assert.notEqual(formatLabel(format, MS), format.label);
      }
      const forced = readExport('toggl.csv', fixtureText('toggl.csv'), { synonyms: {}, format: 'clockify', l10n: MS });
      assert.ok(!forced.ok);
      if (!forced.ok) assert.equal(forced.error.message, 'fail ini tidak mempunyai lajur laporan terperinci Clockify (tiada Duration (decimal) atau Duration (h))');
    });

    it('says why a list cannot be edited, in the language it is given', () => {
      const cases: [string, 'append' | 'set'][] = [
        ['---\ninvoices:\n  id: A\n---\n', 'append'],
        ['---\ninvoices: [\n  {id: A}]\n---\n', 'append'],
        ['---\n"invoices":\n  - id: A\n---\n', 'append'],
        ['---\nclient: [unclosed\n---\n', 'append'],
        ['---\n- a\n---\n', 'append'],
        ['---\ninvoices:\n  - {id: A}\n---\n', 'set'],
        ['---\ninvoices: [{id: A}]\n---\n', 'set'],
        ['---\ninvoices:\n  - id: A\n    paid: 2026-01-01\n---\n', 'set'],
        ['---\ninvoices:\n  - A\n---\n', 'set'],
        ['---\ninvoices:\n  - id: A\n    paid:\n      ~\n---\n', 'set'],
        ['# no frontmatter\n', 'set'],
      ];
      for (const [text, how] of cases) {
        const [en, ms] = [ENGLISH, MS].map((l10n) =>
          how === 'append' ? appendToList(text, 'invoices', [[['id', 'Q']]], { flow: false }, l10n) : setItemField(text, 'invoices', 0, 'paid', '2026-01-01', l10n),
        );
        assert.equal(typeof en, 'string', text);
        assert.equal(typeof ms, 'string', text);
        assert.doesNotMatch(ms as string, PLACEHOLDER, text);
        assert.notEqual(ms, en, `${text}: "${en as string}" in Malay`);
      }
      assert.equal(setItemField('---\ninvoices:\n  - {id: A}\n---\n', 'invoices', 0, 'paid', '2026-01-01', MS), 'item 1 dalam invoices ditulis pada satu baris ({…})');
      assert.equal(setItemField('---\ninvoices:\n  - {id: A}\n---\n', 'invoices', 0, 'paid', '2026-01-01'), 'item 1 of its invoices is written on one line ({…})');
    });
  });

  describe('over the fixtures', () => {
    it('every fixture, alone and all together, in each date order: the same problems in Malay, none with a placeholder left', () => {
      const notes = exampleNotes();
      for (const order of [undefined, 'mdy', 'dmy'] as const) {
        for (const name of FIXTURE_FILES) {
          const files = [{ source: name, text: fixtureText(name) }];
          assertSameProblemsInMalay(messagesOf(files, notes, 'en', order), messagesOf(files, notes, 'ms', order), `${name} (${order ?? 'no order'})`);
        }
        const all = FIXTURE_FILES.map((name) => ({ source: name, text: fixtureText(name) }));
        assertSameProblemsInMalay(messagesOf(all, notes, 'en', order), messagesOf(all, notes, 'ms', order), `all fixtures (${order ?? 'no order'})`);
      }
    });

    it('into notes whose lists cannot be edited: the same refusals in Malay', () => {
      const northwind = exampleNotes().find((n) => n.file === 'clients/northwind-studio.md')!;
      const withoutInvoices = northwind.text.replace(/\ninvoices:[\s\S]*?(?=\n[a-z_]+:|\n---)/, '');
      assert.notEqual(withoutInvoices, northwind.text);
      const layouts = [
        'invoices:\n  id: A',
        'invoices: [\n  {id: A}]',
        'invoices: A',
        '"invoices":\n  - id: A',
        'invoices:\n  - {id: NW-019}',
        'invoices: [{id: NW-019}]',
        'invoices:\n  - id: NW-019\n    paid:\n      ~',
        'invoices:\n  - id: NW-019\n    paid: false\n  -  id: X\n - id: Y',
        'aliases: Northwind',
        'aliases: [\n  NW]',
        'aliases:\n\t- NW',
      ];
      const files = ['toggl.csv', 'harvest-invoices.csv'].map((name) => ({ source: name, text: fixtureText(name) }));
      // Acme Ltd (no note in the examples) sent to Northwind: its name joins the note's aliases.
      const choices = [{ client: 'Acme Ltd', file: northwind.file }];
      let refused = 0;
      for (const layout of layouts) {
        const notes = [{ file: northwind.file, text: withoutInvoices.replace(/^---\n/, `---\n${layout}\n`) }];
        const ms = messagesOf(files, notes, 'ms', undefined, choices);
        assertSameProblemsInMalay(messagesOf(files, notes, 'en', undefined, choices), ms, layout);
        if (ms.problems.some((p) => p.file === northwind.file && p.message.startsWith('import tidak ditambah pada nota ini: '))) refused++;
      }
      assert.ok(refused >= 8, `${refused} of ${layouts.length} layouts refused`);
    });

    it('any cut or stray quote in a fixture: the same refusal or problems in Malay, none with a placeholder left', () => {
      const notes = exampleNotes();
      const texts = FIXTURE_FILES.map((name) => ({ name, text: fixtureText(name) })).filter((f) => f.text.length > 0);
      const edit = fc.record({
        file: fc.nat(texts.length - 1),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        kind: fc.constantFrom('cut', 'quote', 'comma', 'newline', 'semicolon'),
      });
      fc.assert(
        fc.property(edit, ({ file, at, kind }) => {
          const { name, text } = texts[file];
          const i = Math.floor(at * text.length);
          const inserted = { cut: '', quote: '"', comma: ',', newline: '\n', semicolon: ';' }[kind];
          const changed = kind === 'cut' ? text.slice(0, i) : text.slice(0, i) + inserted + text.slice(i);
          const files = [{ source: name, text: changed }];
          assertSameProblemsInMalay(messagesOf(files, notes, 'en'), messagesOf(files, notes, 'ms'), `${name} with ${kind} at ${i}`);
        }),
        { numRuns: 60 },
      );
    });
  });

  describe('the CLI', function () {
    const root = repoRoot();
    const CLI = join(root, 'dist', 'cli.js');
    let tmp: string;
    before(() => {
      tmp = mkdtempSync(join(tmpdir(), 'cf-import-ms-'));
      cpSync(join(root, 'examples'), join(tmp, 'w'), { recursive: true });
    });
    after(() => rmSync(tmp, { recursive: true, force: true }));
    const run = (args: string[], env: Record<string, string> = ENGLISH_LOCALE) =>
      spawnSync(process.execPath, [CLI, ...args], { cwd: tmp, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', NO_COLOR: '1', ...env } });

    it('reports the problems in Malay with --lang ms or a Malay locale, and in English otherwise', () => {
      const args = ['import', join(FIXTURES, 'harvest-invoices.csv'), join(FIXTURES, 'harvest-time.csv'), '--into', 'w', '--dry-run'];
      const shown = (out: string) => out.split(join(FIXTURES, '/')).join('');
      for (const r of [run([...args, '--lang', 'ms']), run(['--lang', 'ms', ...args]), run(args, { LANG: 'ms_MY.UTF-8' })]) {
        assert.equal(r.status, 0, r.stderr);
        const lines = shown(r.stdout).split('\n');
        assert.ok(lines.includes('harvest-invoices.csv:1: laporan invois Harvest tidak mempunyai tarikh akhir: 3 invois yang diimport tiada baris due:; tambahkannya sendiri'), r.stdout);
        assert.ok(lines.includes('harvest-invoices.csv:8: invois KK-US1 dalam mata wang USD tetapi clients/kampung-kopi.md dikira dalam MYR; invois ini tidak diimport'), r.stdout);
        assert.ok(lines.includes('harvest-time.csv:7: Date "2026-02-30" bukan tarikh; baris ini tidak diimport'), r.stdout);
        assert.doesNotMatch(r.stdout, PLACEHOLDER);
      }
      const en = run(args);
      assert.equal(en.status, 0, en.stderr);
      assert.ok(shown(en.stdout).split('\n').includes('harvest-invoices.csv:1: the Harvest invoice report has no due dates: the 3 imported invoices have no due: line; add it by hand'), en.stdout);
    });

    it('writes its --json document in English in every language, as rank does', () => {
      const args = ['import', join(FIXTURES, 'harvest-invoices.csv'), join(FIXTURES, 'harvest-time.csv'), '--into', 'w', '--dry-run', '--json'];
      const en = run(args);
      const ms = run([...args, '--lang', 'ms']);
      assert.equal(en.status, 0, en.stderr);
      assert.equal(ms.status, 0, ms.stderr);
      assert.equal(ms.stdout, en.stdout);
      assert.match(en.stdout, /the Harvest invoice report has no due dates/);
    });

    it('refuses a malformed export in Malay, writing nothing', () => {
      writeFileSync(join(tmp, 'cut.csv'), fixtureText('toggl.csv').replace('Admin and invoicing', '"Admin and invoicing'));
      const r = run(['import', 'cut.csv', '--into', 'w', '--lang', 'ms']);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'client-friction: cut.csv:9: medan berpetikan tidak pernah ditutup; fail ini kelihatan terpotong atau disunting dengan tangan, jadi tiada apa-apa diimport daripadanya\n');
    });
  });
});
