import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NoteIndex } from '../../src/core/rank/noteIndex';
import { rankReport } from '../../src/cli/report';
import { displayFolder } from '../../src/cli/scan';
import { generateNote } from '../bench/generateNotes';
import { AS_OF, ENGLISH_LOCALE, repoRoot, settings } from './helpers';

const root = repoRoot();
const CLI = join(root, 'dist', 'cli.js');

function run(args: string[], cwd = root, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...ENGLISH_LOCALE, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: client-friction rank (../shared/spec/cli.md)', function () {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cf-cli-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('prints exactly one JSON document with the contract shape', () => {
    const r = run(['rank', 'examples', '--as-of', '2026-11-27', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(doc), ['asOf', 'clients', 'former', 'pareto', 'problems']);
    assert.equal(doc.asOf, '2026-11-27');
    assert.equal(doc.clients.length, 14);
    for (const c of [...doc.clients, ...doc.former]) {
      assert.deepEqual(Object.keys(c).slice(0, 9), ['name', 'file', 'status', 'score', 'band', 'signals', 'flags', 'trend', 'income'], c.name);
      assert.deepEqual(Object.keys(c.trend), ['days', 'scoreThen', 'delta']);
      assert.equal(c.trend.delta, c.score - c.trend.scoreThen);
      assert.deepEqual(Object.keys(c.income), ['paid12m', 'currency', 'share']);
      assert.match(c.file, /^clients\/[a-z-]+\.md$/);
      assert.ok(['calm', 'watch', 'strained', 'fire'].includes(c.band));
      const points = c.signals.map((s: { points: number }) => s.points);
      assert.deepEqual(points, [...points].sort((a: number, b: number) => b - a), 'signals by points');
      for (const s of c.signals) assert.ok(s.detail.length > 0 && typeof s.id === 'string');
    }
    const scores = doc.clients.map((c: { score: number }) => c.score);
    assert.deepEqual(scores, [...scores].sort((a: number, b: number) => b - a), 'clients by score');
    assert.equal(doc.clients[0].name, 'Northwind Studio');
    assert.equal(doc.clients[0].signals[0].id, 'payment');
    assert.match(doc.clients[0].signals[0].detail, /NW-019 unpaid, 44 days overdue/);
    assert.deepEqual(doc.former.map((c: { name: string }) => c.name), ['Old Harbour Cafe']);
    assert.deepEqual(Object.keys(doc.pareto), ['clients', 'ofClients', 'shareOfFriction', 'shareOfIncome']);
    assert.equal(doc.pareto.ofClients, 14);
    assert.ok(doc.pareto.shareOfFriction >= 0.8);
    assert.ok(doc.pareto.shareOfIncome > 0 && doc.pareto.shareOfIncome < 1);
    const by = (name: string) => doc.clients.find((c: { name: string }) => c.name === name);
    // Issue 9: flags, trend, income and the silence signal, where the examples call for them.
    assert.deepEqual(by('Bluebird Dental').flags, ['disrespect']);
    assert.deepEqual(by('Saffron Skincare').flags, ['chargeback']);
    assert.equal(by('Saffron Skincare').band, 'strained');
    assert.deepEqual(by('Northwind Studio').flags, []);
    // Issue 19: three reminders about one thing are one wait, from the first.
    const silence = by('Granite Logistics').signals.find((x: { id: string }) => x.id === 'silence');
    assert.match(silence.detail, /^1 message unanswered past the 7-day reply window \(longest 35 days, since 2026-10-23\)$/);
    assert.deepEqual(by('Granite Logistics').trend, { days: 30, scoreThen: 0, delta: by('Granite Logistics').score });
    assert.match(by('Juniper Events').signals[0].detail, /promises broken \(latest promised on 2026-11-03 to pay JE-12 by 2026-11-13; still unpaid\)/);
    assert.match(by('Tidewater Marine').signals[0].detail, /lateness escalating \(5 → 20 → 35 days\)/);
    assert.ok(by('Tidewater Marine').trend.delta <= -5, 'paid at last: down');
    assert.deepEqual(by('Atlas Outdoor').income, { paid12m: 18000, currency: 'EUR', share: 0.46 });
    assert.equal(by('Kampung Kopi').income.share, null, 'MYR: not the main currency');
    assert.equal(by('Lotus Tech').income.paid12m, 0);
    const shares = doc.clients.map((c: { income: { share: number | null } }) => c.income.share ?? 0);
    assert.ok(Math.abs(shares.reduce((a: number, b: number) => a + b, 0) - 1) < 0.05, 'EUR shares add up to about 1');
    assert.equal(doc.former[0].income.share, null, 'former clients are not ranked');
    assert.deepEqual(doc.problems, [{ file: 'clients/gallo-restaurants.md', line: 7, message: 'the frontmatter cannot be read here: this line is indented differently from the lines around it; line up its spaces with the other keys (YAML: bad indentation of a mapping entry)' }]);
  });

  it('is reproducible with --as-of', () => {
    const a = run(['rank', 'examples', '--as-of', '2026-11-27', '--json']).stdout;
    const b = run(['rank', 'examples', '--as-of=2026-11-27', '--json']).stdout;
    assert.equal(a, b);
    assert.notEqual(run(['rank', 'examples', '--as-of', '2027-06-01', '--json']).stdout, a);
  });

  it('prints a readable table, then the problems as file:line: message', () => {
    const r = run(['rank', 'examples', '--as-of', '2026-11-27']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0], /^Client friction as of 2026-11-27 in examples: 14 clients, 1 former$/);
    assert.match(lines[2], /^ ?#\s+Client\s+Score\s+Trend\s+Band\s+Flags\s+Income\s+Top signal$/);
    assert.match(lines[3], /^ ?1\s+Northwind Studio\s+\d+\s+\+\d+\s+fire\s+\d+%\s+payment: /);
    assert.ok(lines.some((l) => /^ ?\d+\s+Bluebird Dental\s+\d+\s+[+-]?\d+\s+fire\s+disrespect\s+\d+%\s+conduct: /.test(l)));
    assert.ok(lines.some((l) => /^ ?\d+\s+Kampung Kopi\s+\d+\s+[+-]?\d+\s+watch\s+—\s+scope creep: /.test(l)), 'no share in another currency');
    assert.ok(lines.includes('Concentration: Atlas Outdoor brings 46% of the income.'));
    assert.ok(lines.some((l) => /^Pareto: \d+ of 14 clients .* of the friction and \d+% of the income\.$/.test(l)));
    assert.ok(lines.includes('clients/gallo-restaurants.md:7: the frontmatter cannot be read here: this line is indented differently from the lines around it; line up its spaces with the other keys (YAML: bad indentation of a mapping entry)'));

    assert.ok(lines.some((l) => /Old Harbour Cafe/.test(l)));
  });

  it('scans the current directory by default and several folders with name prefixes', () => {
    const a = join(tmp, 'alpha');
    const b = join(tmp, 'beta');
    for (const [dir, name] of [[a, 'Acme'], [b, 'Bolt']]) {
      mkdirSync(join(dir, 'clients'), { recursive: true });
      writeFileSync(join(dir, 'clients', `${name.toLowerCase()}.md`), `---\nclient: ${name}\n---\n- 2026-11-20 #rude\n`);
    }
    const one = JSON.parse(run(['rank', '--json', '--as-of', '2026-11-27'], a).stdout);
    assert.deepEqual(one.clients.map((c: { file: string }) => c.file), ['clients/acme.md']);
    const two = JSON.parse(run(['rank', a, b, '--json', '--as-of', '2026-11-27']).stdout);
    assert.deepEqual(two.clients.map((c: { file: string }) => c.file).sort(), ['alpha/clients/acme.md', 'beta/clients/bolt.md']);
  });

  it('ranks a large folder (read by worker threads) exactly as the per-file reader does', async () => {
    const dir = join(tmp, 'large');
    mkdirSync(join(dir, 'clients'), { recursive: true });
    const texts = new Map<string, string>();
    for (let i = 0; i < 400; i++) texts.set(`clients/n${String(i).padStart(3, '0')}.md`, generateNote(i));
    for (const name of readdirSync(join(root, 'examples', 'clients'))) texts.set(`clients/${name}`, readFileSync(join(root, 'examples', 'clients', name), 'utf8'));
    for (const [id, text] of texts) writeFileSync(join(dir, id), text);
    const r = run(['rank', dir, '--as-of', '2026-11-27', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const index = new NoteIndex({
      settings: settings(),
      asOf: AS_OF,
      read: (id, done) => setImmediate(() => done(null, Buffer.from(texts.get(id)!))),
    });
    await index.build([...texts.keys()].sort());
    assert.equal(r.stdout, `${JSON.stringify(rankReport(index.portfolio(), AS_OF), null, 2)}\n`);
    assert.equal(JSON.parse(r.stdout).problems[0].file, 'clients/gallo-restaurants.md');
  });

  it('names the folder in its heading as given, or from the current directory without climbing out of it', () => {
    const home = join(tmp, 'home');
    const notes = join(home, '.cache', 'client-friction', 'playground', 'examples');
    const work = join(tmp, 'work');
    mkdirSync(join(notes, 'clients'), { recursive: true });
    mkdirSync(join(work, 'sub', 'clients'), { recursive: true });
    const heading = (args: string[], cwd: string) => run(['rank', ...args, '--as-of', '2026-11-27'], cwd, { HOME: home }).stdout.split('\n')[0];
    // Outside the current directory: from the home directory, never `../..`.
    assert.equal(heading([notes], work), 'Client friction as of 2026-11-27 in ~/.cache/client-friction/playground/examples: 0 clients');
    assert.equal(heading(['../home/.cache/client-friction/playground/examples'], work), heading([notes], work));
    // Inside it: relative, however it was written.
    assert.equal(heading([], work), 'Client friction as of 2026-11-27 in .: 0 clients');
    assert.equal(heading(['./sub/'], work), 'Client friction as of 2026-11-27 in sub: 0 clients');
    assert.equal(heading([join(work, 'sub')], work), 'Client friction as of 2026-11-27 in sub: 0 clients');
    assert.equal(heading(['sub', notes], work), 'Client friction as of 2026-11-27 in sub, ~/.cache/client-friction/playground/examples: 0 clients');
  });

  it('names a folder outside the current and home directories by its absolute path', () => {
    assert.equal(displayFolder('/srv/notes', '/home/ana/work', '/home/ana'), '/srv/notes');
    assert.equal(displayFolder('/home/ana', '/home/ana/work', '/home/ana'), '~');
    assert.equal(displayFolder('/home/ana/notes', '/home/ana/work', '/home/ana'), '~/notes');
    assert.equal(displayFolder('/home/ana/notes', '/home/ana/work', undefined), '/home/ana/notes');
    assert.equal(displayFolder('/home/ana/work/..notes', '/home/ana/work', '/home/ana'), '..notes');
    assert.equal(displayFolder('/', '/home/ana/work', '/home/ana'), '/');
  });

  it('takes another glob', () => {
    const dir = join(tmp, 'glob');
    mkdirSync(join(dir, 'crm'), { recursive: true });
    writeFileSync(join(dir, 'crm', 'x.md'), '---\nclient: X\n---\n');
    assert.equal(JSON.parse(run(['rank', dir, '--json']).stdout).clients.length, 0);
    assert.deepEqual(JSON.parse(run(['rank', dir, '--json', '--glob', 'crm/*.md']).stdout).clients.map((c: { name: string }) => c.name), ['X']);
  });

  for (const [label, args, message] of [
    ['an unknown flag', ['rank', '--colour'], /unknown option --colour/],
    ['a missing folder', ['rank', 'no-such-folder'], /folder not found: no-such-folder/],
    ['a bad date', ['rank', '--as-of', '2026-02-30'], /--as-of must be a real date/],
    ['a missing flag value', ['rank', '--as-of'], /--as-of needs a value/],
    ['an unknown command', ['rnak'], /unknown command "rnak"/],
    ['no command', [], /a command is required/],
  ] as const) {
    it(`exits 2 with one line on stderr for ${label}`, () => {
      const r = run([...args]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    });
  }

  it('prints help', () => {
    const r = run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /client-friction rank \[FOLDER \.\.\.\]/);
  });

  it('with --cache DIR prints the same report warm as cold, on the same day and later, and a broken cache changes nothing', () => {
    // The notes are copied with old modification times (a note modified in
    // the last two seconds is not cached).
    const folder = join(tmp, 'cached');
    mkdirSync(join(folder, 'clients'), { recursive: true });
    const old = new Date(Date.now() - 3_600_000);
    for (const name of readdirSync(join(root, 'examples', 'clients'))) {
      writeFileSync(join(folder, 'clients', name), readFileSync(join(root, 'examples', 'clients', name)));
      utimesSync(join(folder, 'clients', name), old, old);
    }
    const cache = join(tmp, 'cache-dir');
    for (const asOf of ['2026-11-27', '2026-11-27', '2026-12-20', '2027-02-01']) {
      const cold = run(['rank', folder, '--as-of', asOf, '--json']);
      const warm = run(['rank', folder, '--as-of', asOf, '--json', '--cache', cache]);
      assert.equal(warm.code, 0, warm.stderr);
      assert.equal(warm.stdout, cold.stdout, asOf);
      const table = run(['rank', folder, '--as-of', asOf, '--cache', cache]);
      assert.equal(table.stdout, run(['rank', folder, '--as-of', asOf]).stdout);
    }
    const files = readdirSync(cache).sort();
    assert.equal(files.length, 2);
    assert.match(files.join(' '), /^[0-9a-f]{16}\.facts [0-9a-f]{16}\.summaries$/);
    for (const file of files) writeFileSync(join(cache, file), `${readFileSync(join(cache, file), 'utf8').slice(0, 500)}garbage`);
    const cold = run(['rank', folder, '--as-of', '2026-11-27', '--json']);
    assert.equal(run(['rank', folder, '--as-of', '2026-11-27', '--json', '--cache', cache]).stdout, cold.stdout);
    assert.equal(run(['rank', folder, '--as-of', '2026-11-27', '--json', '--cache', cache]).stdout, cold.stdout, 'rewritten');
    assert.match(readFileSync(join(cache, files[1]), 'utf8'), /"end",15,"[0-9a-f]{16}"\]\n$/);
  });
});
