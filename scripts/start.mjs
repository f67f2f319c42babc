// `npm start`: the example clients in VS Code, with the extension.
//
// It prints the ranking in the terminal first (the same core, as a quick look),
// then opens a copy of examples/ in the desktop `code` when it is on PATH, with this
// folder as the extension under development; otherwise it runs a local VS Code in the
// browser (code-server, installed on first use into ~/.cache/client-friction) and
// prints the address to open. The copy lives in the cache, so playing with the
// examples never changes the repository; every date in it is moved by whole weeks so
// that the newest entry is of the last week (`client-friction examples`): an unedited
// copy from an earlier day is brought to this week, an edited one is kept (delete it to
// start afresh).
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from './vscode/ensure-code-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });

if (run(process.execPath, ['scripts/build.mjs']).status !== 0) process.exit(1);

const playground = join(cacheDir(), 'playground', 'examples');
if (run(process.execPath, ['dist/cli.js', 'examples', playground]).status !== 0) process.exit(1);
run(process.execPath, ['dist/cli.js', 'rank', playground]);

const code = spawnSync('code', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
if (code.status === 0 && !process.env.CF_START_IN_BROWSER) {
  console.log(`\nOpening ${playground} in VS Code ${code.stdout.split('\n')[0]} with the extension from ${root} …`);
  const r = run('code', ['--new-window', `--extensionDevelopmentPath=${root}`, playground], { shell: process.platform === 'win32' });
  process.exit(r.status ?? 0);
}

console.log('\nNo desktop `code` command on PATH: starting VS Code in the browser (code-server).');
const { packagedFiles, startCodeServer } = await import('./vscode/code-server.mjs');
const server = await startCodeServer({
  workspace: playground,
  extensions: [{ dir: root, files: packagedFiles(root) }],
  browser: false,
  // The harness keeps it closed for tests; a newcomer starting here should see it.
  settings: { 'clientFriction.showWalkthroughOnFirstRun': true },
  log: (line) => console.log(`  ${line}`),
});
console.log(`\n  Open ${server.url} in your browser: the Clients view is in the activity bar.`);
console.log('  Press Ctrl+C to stop.\n');
// code-server runs until Ctrl+C; its signal handlers stop it and exit.
await new Promise(() => {});
