/**
 * How the extension finds a local folder's notes (src/node/walkFiles.ts, in
 * place of vscode.workspace.findFiles): the files the notes glob names, as
 * findFiles found them with the extension's arguments, and a hostile or
 * unlucky layout (link loops, links to the root or to `/`, links that lead
 * nowhere) ends.
 */
import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fc from 'fast-check';
import picomatch from 'picomatch';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { walkFiles } from '../../src/node/walkFiles';

describe('walkFiles: the notes of a local folder', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cf-walk-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  function files(root: string, paths: string[]): void {
    for (const path of paths) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), 'x');
    }
  }

  it('finds what the glob names, dot folders included, never in node_modules or .git', async () => {
    const root = join(tmp, 'ws');
    files(root, [
      'clients/a.md',
      'clients/b.markdown',
      'clients/deep/er/c.md',
      'clients/.archive/d.md',
      'clients/.e.md',
      'clients/node_modules/pkg/readme.md',
      'clients/.git/f.md',
      'clients/deep/node_modules/g.md',
      'other/h.md',
      'clients.md',
      'clients/name with space #1 %.md',
    ]);
    assert.deepEqual(await walkFiles(root, 'clients', 'clients/**/*.md'), [
      'clients/.archive/d.md',
      'clients/.e.md',
      'clients/a.md',
      'clients/deep/er/c.md',
      'clients/name with space #1 %.md',
    ]);
    assert.deepEqual(await walkFiles(root, '', '**/*.md'), [
      'clients.md',
      'clients/.archive/d.md',
      'clients/.e.md',
      'clients/a.md',
      'clients/deep/er/c.md',
      'clients/name with space #1 %.md',
      'other/h.md',
    ]);
    assert.deepEqual(await walkFiles(root, '', '{clients,other}/*.{md,markdown}'), [
      'clients/.e.md',
      'clients/a.md',
      'clients/b.markdown',
      'clients/name with space #1 %.md',
      'other/h.md',
    ]);
    // Under a folder only (a folder created inside the workspace), the glob still read from the root.
    assert.deepEqual(await walkFiles(root, 'clients/deep', 'clients/**/*.md'), ['clients/deep/er/c.md']);
  });

  it('finds nothing where there is no folder to walk', async () => {
    files(join(tmp, 'ws'), ['clients']);
    assert.deepEqual(await walkFiles(join(tmp, 'ws'), 'missing', '**/*.md'), []);
    assert.deepEqual(await walkFiles(join(tmp, 'ws'), 'clients', '**/*'), [], 'the start is a file');
    assert.deepEqual(await walkFiles(join(tmp, 'nowhere'), '', '**/*.md'), []);
  });

  it('follows links to notes and to folders elsewhere (a synced folder), each real folder once', async () => {
    const root = join(tmp, 'ws');
    files(root, ['clients/a.md', 'clients/sub/b.md']);
    files(join(tmp, 'synced'), ['c.md', 'more/d.md']);
    files(join(tmp, 'elsewhere'), ['e.md']);
    symlinkSync(join(tmp, 'synced'), join(root, 'clients', 'dropbox'));
    symlinkSync(join(tmp, 'elsewhere', 'e.md'), join(root, 'clients', 'e.md'));
    symlinkSync(join(root, 'clients', 'sub'), join(root, 'clients', 'sub-again'));
    // `sub` and `sub-again` are one folder: walked once, by its own name.
    symlinkSync(join(root, 'clients', 'sub'), join(root, 'clients', 'a-link-first'));
    const expected = ['clients/a.md', 'clients/dropbox/c.md', 'clients/dropbox/more/d.md', 'clients/e.md', 'clients/sub/b.md'];
    assert.deepEqual(await walkFiles(root, 'clients', 'clients/**/*.md'), expected);
    // A folder reached only through links: by the first link's path.
    rmSync(join(root, 'clients', 'sub'), { recursive: true });
    files(join(tmp, 'real-sub'), ['b.md']);
    symlinkSync(join(tmp, 'real-sub'), join(root, 'clients', 'sub'));
    rmSync(join(root, 'clients', 'a-link-first'));
    rmSync(join(root, 'clients', 'sub-again'));
    symlinkSync(join(tmp, 'real-sub'), join(root, 'clients', 'z-link'));
    symlinkSync(join(tmp, 'real-sub'), join(root, 'clients', 'dropbox-too'));
    assert.deepEqual(await walkFiles(root, 'clients', 'clients/**/*.md'), ['clients/a.md', 'clients/dropbox-too/b.md', 'clients/dropbox/c.md', 'clients/dropbox/more/d.md', 'clients/e.md']);
  });

  it('walks each real folder once however many links lead to it (no layout multiplies the walk)', async () => {
    // Each level links twice to the next: 2^20 paths, 21 folders.
    const root = join(tmp, 'ws');
    files(root, ['clients/a.md']);
    for (let k = 0; k <= 20; k++) files(join(tmp, `level${k}`), [`n${k}.md`]);
    symlinkSync(join(tmp, 'level0'), join(root, 'clients', 'l'));
    for (let k = 0; k < 20; k++) {
      symlinkSync(join(tmp, `level${k + 1}`), join(tmp, `level${k}`, 'left'));
      symlinkSync(join(tmp, `level${k + 1}`), join(tmp, `level${k}`, 'right'));
    }
    const found = await walkFiles(root, 'clients', 'clients/**/*.md');
    assert.equal(found.length, 22);
    assert.equal(found[0], 'clients/a.md');
    assert.equal(found[1], 'clients/l/left/left/left/left/left/left/left/left/left/left/left/left/left/left/left/left/left/left/left/left/n20.md');
  });

  it('ends on link loops, links to the root, above it or to /, and links that lead nowhere', async () => {
    const root = join(tmp, 'ws');
    files(root, ['clients/a.md', 'clients/x/b.md']);
    symlinkSync(join(root, 'clients', 'x'), join(root, 'clients', 'x', 'loop'));
    symlinkSync(root, join(root, 'clients', 'root'));
    symlinkSync(tmp, join(root, 'clients', 'above'));
    symlinkSync('/', join(root, 'clients', 'slash'));
    symlinkSync(join(tmp, 'gone'), join(root, 'clients', 'gone.md'));
    symlinkSync(join(root, 'clients', 'ping'), join(root, 'clients', 'pong'));
    symlinkSync(join(root, 'clients', 'pong'), join(root, 'clients', 'ping'));
    assert.deepEqual(await walkFiles(root, 'clients', '**/*.md'), ['clients/a.md', 'clients/x/b.md']);
    assert.deepEqual(await walkFiles(root, '', '**/*.md'), ['clients/a.md', 'clients/x/b.md']);
  });

  it('lists 10,000 notes in one folder', async () => {
    const root = join(tmp, 'ws');
    mkdirSync(join(root, 'clients'), { recursive: true });
    for (let i = 0; i < 10_000; i++) writeFileSync(join(root, 'clients', `c${i}.md`), '');
    const found = await walkFiles(root, 'clients', 'clients/**/*.md');
    assert.equal(found.length, 10_000);
  });

  it('on any layout of folders, files and links: ends, and finds every note reached without a link, each path once', async function () {
    // Paths in a small tree, some skipped or dotted; links from anywhere to anywhere (the root and above included).
    const names = ['a', 'b', '.c', 'node_modules', '.git', 'n.md', 'm.MD'];
    const path = fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 4 }).map((p) => p.join('/'));
    const entry = fc.oneof(
      fc.record({ kind: fc.constant('file' as const), path }),
      fc.record({ kind: fc.constant('folder' as const), path }),
      fc.record({ kind: fc.constant('link' as const), path, target: fc.oneof(path, fc.constantFrom('', '..', '../..', '/', 'missing')) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 25 }), fc.constantFrom('**/*.md', 'a/**/*.md', '**/n.md', '*/*'), async (entries, glob) => {
        const root = join(tmp, `p${run++}`, 'ws');
        mkdirSync(root, { recursive: true });
        for (const e of entries) {
          const at = join(root, e.path);
          try {
            mkdirSync(dirname(at), { recursive: true });
            if (e.kind === 'file') writeFileSync(at, 'x');
            else if (e.kind === 'folder') mkdirSync(at, { recursive: true });
            else symlinkSync(e.target.startsWith('/') ? e.target : join(root, e.target), at);
          } catch {
            // a path taken already (a file where a folder is asked for): the layout is what it is
          }
        }
        const found = await walkFiles(root, '', glob);
        assert.deepEqual(found, [...new Set(found)].sort(), 'sorted, each path once');
        const matches = picomatch(glob, { dot: true });
        for (const rel of found) {
          assert.ok(matches(rel), `${rel} matches ${glob}`);
          assert.ok(!rel.split('/').slice(0, -1).some((s) => s === 'node_modules' || s === '.git'), `${rel} is not in a skipped folder`);
          assert.ok(!statSync(join(root, rel), { throwIfNoEntry: false })?.isDirectory(), `${rel} is not a folder`);
        }
        // Every file the glob names that is reached without a link is found.
        const plain: string[] = [];
        const walk = (dir: string, rel: string) => {
          for (const name of readdirSync(dir)) {
            const r = rel ? `${rel}/${name}` : name;
            const st = lstatSync(join(dir, name));
            if (st.isDirectory()) {
              if (name !== 'node_modules' && name !== '.git') walk(join(dir, name), r);
            } else if (st.isFile() && matches(r)) plain.push(r);
          }
        };
        walk(root, '');
        for (const rel of plain) assert.ok(found.includes(rel), `${rel} (no link on its way) is found`);
      }),
      { seed: 20261128, numRuns: 200 },
    );
  });
});
