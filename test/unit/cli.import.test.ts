/** `client-friction import` (../shared/spec/cli.md, "Importing"), run as a user runs it. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGLISH_LOCALE, repoRoot } from './helpers';
import { FIXTURES } from './importHelpers';

const root = repoRoot();
const CLI = join(root, 'dist', 'cli.js');
const EXPECTED = join(FIXTURES, 'expected');

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...ENGLISH_LOCALE, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir`, by relative path. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else files.set(rel, readFileSync(join(dir, rel)));
    }
  };
  walk('');
  return files;
}

describe('CLI: client-friction import', function () {
  let tmp: string;
  let n = 0;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cf-import-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  /** A fresh copy of the examples; returns its folder. */
  function examples(): string {
    const dir = join(tmp, `w${n++}`);
    cpSync(join(root, 'examples'), dir, { recursive: true });
    return dir;
  }

  const fixture = (name: string) => join(FIXTURES, name);

  for (const [name, files, extra] of [
    ['toggl', ['toggl.csv'], []],
    ['clockify', ['clockify.csv'], []],
    ['clockify-semicolon', ['clockify-semicolon.csv'], []],
    ['clockify-ambiguous-dmy', ['clockify-ambiguous.csv'], ['--date-order', 'dmy']],
    ['harvest-time', ['harvest-time.csv'], []],
    ['harvest-invoices', ['harvest-invoices.csv'], []],
    ['freshbooks-invoices', ['freshbooks-invoices.csv'], []],
  ] as const) {
    it(`imports ${files.join(', ')} into the examples as expected, and a second time adds nothing`, () => {
      const dir = examples();
      const r = run(['import', ...files.map((f) => `test/fixtures/import/${f}`), '--into', dir, '--json', ...extra]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      const expected = JSON.parse(readFileSync(join(EXPECTED, name, 'report.json'), 'utf8'));
      const sourceName = (f: string) => `test/fixtures/import/${f}`;
      for (const p of expected.problems) if (p.file.endsWith('.csv')) p.file = sourceName(p.file);
      assert.deepEqual(JSON.parse(r.stdout), expected);
      const changed = new Set(readdirSync(join(EXPECTED, name, 'clients')));
      for (const note of readdirSync(join(dir, 'clients'))) {
        const want = changed.has(note) ? readFileSync(join(EXPECTED, name, 'clients', note)) : readFileSync(join(root, 'examples', 'clients', note));
        assert.ok(readFileSync(join(dir, 'clients', note)).equals(want), `${note} byte for byte`);
      }
      const before = snapshot(dir);
      const again = run(['import', ...files.map(sourceName), '--into', dir, '--json', ...extra]);
      assert.equal(again.code, 0, again.stderr);
      for (const note of JSON.parse(again.stdout).notes) assert.equal(note.entriesAdded + note.invoicesAdded + note.paidFilledIn, 0, note.file);
      assert.deepEqual(snapshot(dir), before, 'nothing written the second time');
    });
  }

  it('runs in the current folder by default, prints a readable report, and --dry-run writes nothing', () => {
    const dir = examples();
    const before = snapshot(dir);
    const dry = run(['import', fixture('toggl.csv'), '--dry-run'], dir);
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual(snapshot(dir), before);
    const lines = dry.stdout.trimEnd().split('\n');
    assert.deepEqual(lines, [
      'Would change 2 notes (dry run: nothing was written).',
      '  clients/kampung-kopi.md (Kampung Kopi): + 1 log entry',
      '  clients/northwind-studio.md (Northwind Studio): + 3 log entries; 1 already there',
      '  no note for "Acme Ltd": 2 rows not imported',
      '  no note for rows without a client: 1 row not imported',
    ]);
    const real = run(['import', fixture('toggl.csv')], dir);
    assert.equal(real.stdout, dry.stdout.replace('Would change 2 notes (dry run: nothing was written).', 'Changed 2 notes.'));
    assert.notDeepEqual(snapshot(dir), before);
  });

  it('keeps a note\'s byte-order mark and CRLF, and refuses to edit a note that is not UTF-8', () => {
    const dir = join(tmp, 'crlf');
    mkdirSync(join(dir, 'clients'), { recursive: true });
    const crlf = '\ufeff---\r\nclient: Northwind Studio\r\n---\r\n## Log\r\n- 2026-11-02 Kick-off\r\n';
    writeFileSync(join(dir, 'clients', 'nw.md'), crlf);
    const latin1 = Buffer.concat([Buffer.from('---\nclient: Kampung Kopi\n---\n## Log\n- 2026-11-02 Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    writeFileSync(join(dir, 'clients', 'kk.md'), latin1);
    const r = run(['import', fixture('toggl.csv'), '--into', dir, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      readFileSync(join(dir, 'clients', 'nw.md'), 'utf8'),
      crlf +
        [
          '- 2026-09-02 10:00 2h Kick-off for the autumn campaign',
          '- 2026-11-23 14:00 1.43h Newsletter &lt;!-- draft --> layout (Website) #vague',
          '- 2026-11-24 09:30 3.25h Product pages, third batch (Autumn campaign)',
          '- 2026-11-25 21:40 25m Call: "swap the hero again" (Website) #urgent #scope-creep',
        ].join('\r\n') +
        '\r\n',
    );
    assert.ok(readFileSync(join(dir, 'clients', 'kk.md')).equals(latin1), 'the Latin-1 note is untouched');
    assert.ok(JSON.parse(r.stdout).problems.some((p: { file: string; message: string }) => p.file === 'clients/kk.md' && /not valid UTF-8/.test(p.message)));
  });

  for (const [label, args, message] of [
    ['rows that do not line up', ['ragged.csv'], /^client-friction: \S*ragged\.csv:3: this row has 10 fields where the header has 14; the file looks cut short/],
    ['an unknown format', ['unknown.csv'], /unknown\.csv:1: the file is not an export this import knows .* \(name it with --format toggl\|clockify/],
    ['an empty file', ['empty.csv'], /empty\.csv:1: the file is empty$/],
    ['dates that read both ways', ['clockify-ambiguous.csv'], /clockify-ambiguous\.csv:2: its dates can be read two ways .* with --date-order$/],
    ['one bad file among good ones', ['toggl.csv', 'ragged.csv'], /ragged\.csv:3:/],
    ['a missing file', ['no-such.csv'], /^client-friction: file not found: \S*no-such\.csv$/],
    ['a bad --format', ['toggl.csv', '--format', 'excel'], /--format must be one of toggl, clockify, harvest-time, harvest-invoices, freshbooks-invoices, not "excel"/],
    ['a bad --date-order', ['toggl.csv', '--date-order', 'ymd'], /--date-order must be mdy or dmy, not "ymd"/],
    ['a forced format the file does not fit', ['toggl.csv', '--format', 'harvest-time'], /the file does not have the columns of a Harvest detailed time report \(missing Date, Hours\)/],
    ['an unknown flag', ['toggl.csv', '--apply'], /unknown option --apply/],
    ['no FILE', [], /import needs the CSV FILE\(s\) to read/],
  ] as const) {
    it(`exits 2 with one line and writes nothing for ${label}`, () => {
      const dir = examples();
      const before = snapshot(dir);
      const r = run(['import', ...args.map((a) => (a.endsWith('.csv') ? fixture(a) : a)), '--into', dir]);
      assert.equal(r.code, 2, r.stdout);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.trimEnd(), message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.deepEqual(snapshot(dir), before);
    });
  }

  it('exits 2 for a missing folder, and for a 50 MB file without reading it', () => {
    assert.match(run(['import', fixture('toggl.csv'), '--into', join(tmp, 'nowhere')]).stderr, /folder not found: /);
    const big = join(tmp, 'big.csv');
    const row = 'Ana,ana@x.example,Northwind Studio,,,Design work,Yes,2026-11-24,09:30:00,2026-11-24,10:30:00,01:00:00,,90.00\n';
    writeFileSync(big, readFileSync(fixture('toggl.csv'), 'utf8') + row.repeat(Math.ceil((50 * 1024 * 1024) / row.length)));
    const dir = examples();
    const before = snapshot(dir);
    const r = run(['import', big, '--into', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /big\.csv:1: the file is 50\.0 MB; an import reads exports of up to 20\.0 MB: export a shorter period\n$/);
    assert.deepEqual(snapshot(dir), before);
  });
});
