import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGLISH_LOCALE, repoRoot } from './helpers';

describe('CLI: client-friction report', function () {
  this.timeout(20000);
  const root = repoRoot();
  const run = (args: string[], cwd = root) => {
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...ENGLISH_LOCALE, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cf-report-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('--out writes one self-contained HTML file and says so on stderr', () => {
    const out = join(tmp, 'report.html');
    const r = run(['report', 'examples', '--as-of', '2026-11-27', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    const ranked = JSON.parse(run(['rank', 'examples', '--as-of', '2026-11-27', '--json']).stdout);
    assert.match(r.stderr, new RegExp(`^wrote .*report\\.html: ${ranked.clients.length} clients, \\d+ overdue invoices?\n$`));
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html, /<script|<link|src=/i);
    assert.ok(html.indexOf('Northwind Studio') < html.indexOf('Bluebird Dental'));
  });

  it('prints the HTML, or with --md the markdown, to stdout; the same day gives the same report', () => {
    const html = run(['report', 'examples', '--as-of=2026-11-27']);
    assert.equal(html.code, 0, html.stderr);
    assert.equal(html.stdout, run(['report', 'examples', '--as-of', '2026-11-27']).stdout);
    const md = run(['report', 'examples', '--as-of', '2026-11-27', '--md']);
    assert.equal(md.code, 0, md.stderr);
    const ranked = JSON.parse(run(['rank', 'examples', '--as-of', '2026-11-27', '--json']).stdout);
    assert.match(md.stdout, new RegExp(`^# Client friction report, 2026-11-27\n\n${ranked.clients.length} clients, ${ranked.former.length} former\\.\n`));
  });

  it('exits 2 with one line for bad usage', () => {
    for (const args of [['report', 'no-such-folder'], ['report', 'examples', '--bogus'], ['report', 'examples', '--as-of', '2026-02-30'], ['report', 'examples', '--out']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^client-friction: .+\n$/);
    }
    const r = run(['report', 'examples', '--out', join(tmp, 'missing', 'dir', 'r.html')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^client-friction: cannot write /);
  });
});
