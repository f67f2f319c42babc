import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGLISH_LOCALE, repoRoot } from './helpers';

describe('CLI: client-friction report', function () {
  const root = repoRoot();
  const run = (args: string[], cwd = root, locale: Record<string, string> = ENGLISH_LOCALE) => {
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...locale, NO_COLOR: '1' };
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', env });
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

  it('writes the report in Malay with --lang ms or a Malay locale: lang="ms", Malay headings, no English heading, no placeholder', () => {
    const english = run(['report', 'examples', '--as-of', '2026-11-27']);
    assert.match(english.stdout, /^<!DOCTYPE html>\n<html lang="en">\n/);
    assert.equal(run(['report', 'examples', '--as-of', '2026-11-27', '--lang', 'en'], root, { LANG: 'ms_MY.UTF-8' }).stdout, english.stdout, '--lang en over a Malay locale');
    const headings = { 'Friction and income': 'Geseran dan pendapatan', Trend: 'Aliran', 'Invoice ageing': 'Penuaan invois', 'Effective rate': 'Kadar sebenar', Concentration: 'Kebergantungan' };
    const html = run(['report', 'examples', '--as-of', '2026-11-27', '--lang', 'ms']);
    assert.equal(html.code, 0, html.stderr);
    assert.match(html.stdout, /^<!DOCTYPE html>\n<html lang="ms">\n/);
    assert.match(html.stdout, /<title>Laporan geseran pelanggan, 2026-11-27<\/title>/);
    for (const [en, ms] of Object.entries(headings)) {
      assert.ok(html.stdout.includes(`>${ms}</h2>`), ms);
      assert.ok(english.stdout.includes(`>${en}</h2>`), en);
      assert.ok(!html.stdout.includes(`>${en}</h2>`) && !html.stdout.includes(`>${en}</a>`), en);
    }
    assert.doesNotMatch(html.stdout.replace(/<style>[\s\S]*?<\/style>/, ''), /\{\w+\}/);
    assert.equal(run(['report', 'examples', '--as-of', '2026-11-27'], root, { LANG: 'ms_MY.UTF-8' }).stdout, html.stdout, 'the locale, without --lang');

    const md = run(['report', 'examples', '--as-of', '2026-11-27', '--md', '--lang', 'ms']);
    assert.equal(md.code, 0, md.stderr);
    const ranked = JSON.parse(run(['rank', 'examples', '--as-of', '2026-11-27', '--json']).stdout);
    assert.match(md.stdout, new RegExp(`^# Laporan geseran pelanggan, 2026-11-27\n\n${ranked.clients.length} pelanggan, ${ranked.former.length} bekas\\.\n`));
    for (const [en, ms] of Object.entries(headings)) {
      assert.match(md.stdout, new RegExp(`^## ${ms}$`, 'm'));
      assert.doesNotMatch(md.stdout, new RegExp(`^## ${en}$`, 'm'));
    }
    assert.doesNotMatch(md.stdout, /\{\w+\}/);
    assert.match(md.stdout, /^- clients\/gallo\\-restaurants\\\.md:7: frontmatter tidak dapat dibaca di sini: /m, "the notes' problems in Malay");

    const out = join(tmp, 'laporan.html');
    const written = run(['report', 'examples', '--as-of', '2026-11-27', '--out', out, '--lang', 'ms']);
    assert.equal(written.code, 0, written.stderr);
    assert.match(written.stderr, /^.*laporan\.html ditulis: \d+ pelanggan, \d+ invois tertunggak\n$/);
    assert.equal(readFileSync(out, 'utf8'), html.stdout);
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
