/**
 * Issue 8, items 5 and 6: hostile folders and terminal output, through the
 * built CLI (dist/cli.js) as a user runs it.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { Dirent, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogue } from '../../src/core/l10n';
import { readFailureReason } from '../../src/core/read/note';
import { findNotes } from '../../src/node/findNotes';
import { NoteRefused } from '../../src/node/readNote';
import { ENGLISH_LOCALE, repoRoot } from './helpers';

const CLI = join(repoRoot(), 'dist', 'cli.js');

describe('issue 8: hostile folders and terminal output (CLI)', function () {
  let tmp: string;
  let hook: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cf-hostile-'));
    // Prints the CLI's peak memory on exit, to show what it read.
    hook = join(tmp, 'rss-hook.js');
    writeFileSync(hook, "process.on('exit', () => process.stderr.write(`\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`));\n");
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  function run(args: string[], cwd = tmp) {
    const r = spawnSync(process.execPath, ['-r', hook, CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...ENGLISH_LOCALE, NO_COLOR: '1' } });
    const rss = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, rssMB: rss, timedOut: r.error !== undefined };
  }

  function folder(name: string, notes: Record<string, string>): string {
    const dir = join(tmp, name);
    mkdirSync(join(dir, 'clients'), { recursive: true });
    for (const [file, text] of Object.entries(notes)) writeFileSync(join(dir, 'clients', file), text);
    return dir;
  }

  it('a note that is a link to /dev/zero, or to /, is not followed; rank finishes', () => {
    const dir = folder('devzero', { 'a.md': '---\nclient: A\n---\n' });
    symlinkSync('/dev/zero', join(dir, 'clients', 'zero.md'));
    symlinkSync('/', join(dir, 'clients', 'root'));
    const r = run(['rank', dir, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.timedOut);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(doc.clients.map((c: { file: string }) => c.file), ['clients/a.md']);
    assert.deepEqual(
      doc.problems.map((p: { file: string; message: string }) => `${p.file}: ${p.message}`),
      // Issue 20: links are followed anywhere (a notes folder may be a synced one elsewhere), but not to a folder holding this one, nor to a device.
      ['clients/root: the link leads to a folder that holds this one; it was not followed', 'clients/zero.md: the link leads to something that is not a file; it was not read'],
    );
    assert.ok(r.rssMB < 300, `peak memory ${r.rssMB} MB`);
  });

  it('a 1.5 GB note is measured, not read', () => {
    const dir = folder('huge', { 'a.md': '---\nclient: A\n---\n' });
    writeFileSync(join(dir, 'clients', 'huge.md'), '');
    truncateSync(join(dir, 'clients', 'huge.md'), 1.5 * 1024 ** 3); // sparse: no disk used
    const r = run(['rank', dir, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const problem = JSON.parse(r.stdout).problems.find((p: { file: string }) => p.file === 'clients/huge.md');
    assert.equal(problem.message, 'the note could not be read: it is 1536.0 MB, over the 1.0 MB limit (setting clientFriction.maxNoteSizeKB)');
    assert.ok(r.rssMB < 300, `peak memory ${r.rssMB} MB`);
    const off = run(['offboard', join(dir, 'clients', 'huge.md')]);
    assert.equal(off.code, 2);
    assert.match(off.stderr, /over the 1\.0 MB limit/);
    const dev = run(['offboard', '/dev/zero']);
    assert.equal(dev.code, 2);
    assert.match(dev.stderr, /not a regular file/);
  });

  it('a link loop ends, and each note counts once', () => {
    const dir = folder('loop', { 'a.md': '---\nclient: A\n---\n' });
    symlinkSync('.', join(dir, 'clients', 'again'));
    symlinkSync('a.md', join(dir, 'clients', 'alias.md'));
    const r = run(['rank', dir, dir, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(doc.clients.map((c: { file: string }) => c.file), ['clients/a.md']);
  });

  it('an unreadable sub-folder is reported', () => {
    const dir = folder('unreadable', { 'a.md': '---\nclient: A\n---\n' });
    mkdirSync(join(dir, 'clients', 'private'));
    writeFileSync(join(dir, 'clients', 'private', 'b.md'), '---\nclient: B\n---\n');
    // As root every folder is readable: the walk is handed a reader that fails as it would.
    const denied = (path: string): Dirent[] => {
      if (path.endsWith('private')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      return readdirSync(path, { withFileTypes: true });
    };
    const found = findNotes(dir, 'clients/**/*.md', { readDir: denied });
    assert.deepEqual(found.files, [join(dir, 'clients', 'a.md')]);
    assert.deepEqual(found.problems, [{ path: 'clients/private', message: 'the folder could not be read (EACCES); notes in it are missing' }]);
    // In Malay when the CLI runs in Malay.
    const inMalay = findNotes(dir, 'clients/**/*.md', { readDir: denied, l10n: catalogue('ms') });
    assert.deepEqual(inMalay.problems, [{ path: 'clients/private', message: 'folder ini tidak dapat dibaca (EACCES); nota di dalamnya tiada' }]);
    if (process.getuid?.() !== 0) {
      chmodSync(join(dir, 'clients', 'private'), 0o000);
      try {
        const r = run(['rank', dir, '--json']);
        assert.match(r.stdout, /clients\/private.*could not be read/);
      } finally {
        chmodSync(join(dir, 'clients', 'private'), 0o755);
      }
    }
  });

  it('two folders with the same name keep all their notes', () => {
    folder('x/a', { 'one.md': '---\nclient: One\n---\n' });
    folder('y/a', { 'one.md': '---\nclient: Two\n---\n' });
    const r = run(['rank', 'x/a', 'y/a', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.deepEqual(doc.clients.map((c: { file: string; name: string }) => `${c.file} ${c.name}`).sort(), ['x/a/clients/one.md One', 'y/a/clients/one.md Two']);
  });

  it('escape sequences and line breaks from notes and file names reach the terminal visible', () => {
    const dir = folder('escapes', {
      'a.md': '---\nclient: "Evil\\e[2J\\e]0;pwned\\a\\nclients/x.md:1: forged"\nrate: 1\ninvoices:\n  - id: "I\\e[31m1"\n    amount: 100\n    due: 2026-01-01\n---\n',
    });
    writeFileSync(join(dir, 'clients', 'b\u001b[2J\nc.md'), '---\nclient: B\nrate: x\n---\n');
    const r = run(['rank', dir, '--as-of', '2026-11-27']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(r.stdout), r.stdout);
    assert.match(r.stdout, /Evil\\x1b\[2J\\x1b\]0;pwned\\x07\\nclients\/x\.md:1: forged/);
    assert.match(r.stdout, /I\\x1b\[31m1 unpaid/);
    assert.match(r.stdout, /clients\/b\\x1b\[2J\\nc\.md:3: rate/);
    const off = run(['offboard', join(dir, 'clients', 'a.md'), '--as-of', '2026-11-27']);
    assert.equal(off.code, 0, off.stderr);
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(off.stdout), off.stdout);
  });
  it('output to a reader that has gone (rank | head) ends quietly, and the cache is still written', async () => {
    const notes: Record<string, string> = {};
    for (let i = 0; i < 50; i++) notes[`c${i}.md`] = `---\nclient: C${i}\nrate: x\n---\n`;
    const dir = folder('pipe', notes);
    for (const args of [['rank', dir, '--cache', join(tmp, 'pipe-cache')], ['rank', dir, '--json'], ['report', dir, '--md'], ['--help']]) {
      const child = spawn(process.execPath, [CLI, ...args], { cwd: tmp, env: { ...process.env, ...ENGLISH_LOCALE, NO_COLOR: '1' } });
      child.stdout.destroy(); // the reader is gone before a byte is written
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const code = await new Promise((resolve) => child.on('close', resolve));
      assert.equal(stderr, '', args.join(' '));
      assert.equal(code, 0, args.join(' '));
    }
    assert.ok(existsSync(join(tmp, 'pipe-cache')) && readdirSync(join(tmp, 'pipe-cache')).length > 0);
  });

  it('output that cannot be written (a full disk) is said on stderr, exit 1', function () {
    if (!existsSync('/dev/full')) this.skip();
    const dir = folder('full', { 'a.md': '---\nclient: A\n---\n' });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" rank "${dir}" > /dev/full`], { encoding: 'utf8', env: { ...process.env, ...ENGLISH_LOCALE } });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^client-friction: the output could not be written \(ENOSPC\)\n$/);
  });

  it('a note refused by the reader is worded in the language asked for, the same in English as before', () => {
    const big = new NoteRefused('EFBIG', 3 * 1024 * 1024, 1024 * 1024);
    assert.equal(big.message, 'it is 3.0 MB, over the 1.0 MB limit (setting clientFriction.maxNoteSizeKB)');
    assert.equal(readFailureReason(big, catalogue('ms')), 'saiznya 3.0 MB, melebihi had 1.0 MB (tetapan clientFriction.maxNoteSizeKB)');
    // Across a worker the error is rebuilt from its fields: the words follow them.
    const rebuilt = Object.assign(new Error(big.message), { code: big.code, size: big.size, maxBytes: big.maxBytes });
    assert.equal(readFailureReason(rebuilt, catalogue('ms')), readFailureReason(big, catalogue('ms')));
    assert.equal(readFailureReason(new NoteRefused('ENOTFILE')), 'it is not a regular file (a device, pipe, socket or folder)');
    assert.equal(readFailureReason(new NoteRefused('ENOTFILE'), catalogue('ms')), 'ia bukan fail biasa (peranti, paip, soket atau folder)');
    // Any other error keeps the system's words.
    assert.equal(readFailureReason(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }), catalogue('ms')), 'EIO: i/o error');
  });
});
