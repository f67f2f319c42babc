// Starts code-server (VS Code 1.139 in the browser, with a real Node extension host)
// for one test run, with throwaway settings and extensions, and opens it in Debian's
// Chromium through playwright-core. Extensions copied into the extensions folder
// activate as soon as the browser loads the workbench.
//
//   const vs = await startCodeServer({ workspace, extensions: [dir], env: { FOO: '1' } });
//   ... vs.page is the workbench (see test/vscode/harness/ui.mjs) ...
//   await vs.stop();
//
// While a server runs, SIGINT/SIGTERM/SIGHUP and process exit kill it (it runs in a
// process group of its own, which Ctrl-C in a terminal would not reach).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync, closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureCodeServer } from './ensure-code-server.mjs';

// Without the networking flags Chromium keeps trying Google's hosts, which this
// machine's closed network refuses.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

// Quiet, deterministic workbench: nothing opens, asks, saves or updates on its own.
const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  // code-server defaults to afterDelay; an auto-save racing a test's own save() makes
  // it return false now and then. Off is desktop VS Code's default.
  'files.autoSave': 'off',
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.openRepositoryInParentFolders': 'never',
  // The extension's own walkthrough would take focus from the tests on its first run.
  'clientFriction.showWalkthroughOnFirstRun': false,
};

// What the extension under development ships, as its .vscodeignore allows (no `files`
// in package.json, and the bundle in dist/ has its dependencies inlined).
const DEFAULT_PACKAGED_FILES = ['package.json', 'dist', 'media', 'snippets', 'examples', 'README.md', 'CHANGELOG.md', 'LICENSE', 'package.nls*.json', 'l10n'];

// Inherited variables that would make code-server act on another instance or port.
const FOREIGN_ENV = /^(VSCODE_|CODE_SERVER_|ELECTRON_RUN_AS_NODE$|PORT$|PASSWORD$|HASHED_PASSWORD$)/;

const live = new Set();

/**
 * Top-level entries of an extension folder that a packaged extension would contain:
 * its package.json `files` (first path segment of each), else DEFAULT_PACKAGED_FILES.
 */
export function packagedFiles(dir) {
  const manifest = readManifest(dir);
  if (!Array.isArray(manifest.files)) return DEFAULT_PACKAGED_FILES;
  return [...new Set(['package.json', 'README.md', 'LICENSE', ...manifest.files.map((f) => f.replace(/^\.\//, '').split('/')[0])])];
}

/**
 * @param {object} [options]
 * @param {string} [options.workspace] folder or .code-workspace file to open; default an empty temp folder
 * @param {Array<string | { dir: string, files?: string[] }>} [options.extensions] extension folders to
 *   install; `files` lists the top-level entries to copy (names or `*` patterns), default the whole folder
 * @param {Record<string, string>} [options.env] extra environment for code-server, so for the extension host
 * @param {object} [options.settings] user settings over BASE_SETTINGS
 * @param {string} [options.locale] the display language (`--locale`). VS Code speaks it only with a
 *   language pack for it: an extension in `extensions` that contributes `localizations` for it is
 *   registered as one (see registerLanguagePacks); without, VS Code falls back to English
 * @param {string[]} [options.args] extra code-server arguments
 * @param {boolean} [options.browser=true] open the workbench in Chromium
 * @param {{ width: number, height: number }} [options.viewport]
 * @param {boolean} [options.keep=false] keep the temp folder (logs, user data) after stop()
 * @param {string} [options.userDataDir] VS Code's user data folder to use instead of a fresh one, kept
 *   after stop(): a second start with it finds the first's state (extension storage, caches)
 * @param {(line: string) => void} [options.log]
 * @param {number} [options.port] the port to serve on (a free one by default). The
 *   workbench names a workspace's storage after its address, port included: two
 *   starts that must share an extension's workspace storage share a port.
 */
export async function startCodeServer(options = {}) {
  const { browser: wantBrowser = true, keep = false, log = () => {} } = options;
  const { nodeBin, codeServerEntry, chromiumPath } = await ensureCodeServer();

  if (options.workspace && !existsSync(options.workspace)) throw new Error(`workspace ${options.workspace} does not exist`);
  const port = options.port ?? (await freePort());

  // From here to the exit hooks all is synchronous, so nothing can interrupt it and
  // leave the temp folder or the server behind.
  const root = mkdtempSync(join(tmpdir(), 'cf-vscode-'));
  const workspace = options.workspace ? resolve(options.workspace) : join(root, 'workspace');
  const dirs = {
    root,
    userData: options.userDataDir ? resolve(options.userDataDir) : join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    // code-server keeps its own state (config, last opened folder) under the XDG folders.
    xdgConfig: join(root, 'xdg-config'),
    xdgData: join(root, 'xdg-data'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const logFile = join(root, 'code-server.log');
  const consoleFile = join(root, 'browser-console.log');

  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...options.settings }, null, 2));
  let installed;
  try {
    installed = (options.extensions ?? []).map((e) => installExtension(typeof e === 'string' ? { dir: e } : e, dirs.extensions));
  } catch (err) {
    rmSync(root, { recursive: true, force: true });
    throw err;
  }
  registerLanguagePacks(dirs.userData, installed);
  if (!options.workspace) mkdirSync(workspace);

  const configFile = join(root, 'config.yaml');
  writeFileSync(configFile, '');
  const args = [
    codeServerEntry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(options.locale ? ['--locale', options.locale] : []),
    ...(options.args ?? []),
    workspace,
  ];
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !FOREIGN_ENV.test(k)));
  Object.assign(env, {
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    ...options.env,
    // Lets stop() find descendants that left the process group (terminals start new sessions).
    CF_CODE_SERVER_RUN: root,
  });
  const out = openSync(logFile, 'a');
  const child = spawn(nodeBin, args, { cwd: root, env, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  const exited = new Promise((res) => {
    child.once('exit', (code, signal) => res({ code, signal }));
    child.once('error', (err) => res({ code: err.code }));
  });

  const server = {
    url: `http://127.0.0.1:${port}/?${workspace.endsWith('.code-workspace') ? 'workspace' : 'folder'}=${encodeURIComponent(workspace)}`,
    port,
    dirs,
    logFile,
    consoleFile,
    extensions: installed,
    process: child,
    exited,
    browser: undefined,
    context: undefined,
    page: undefined,
    stop: undefined,
    collectArtifacts: (dest) => collectArtifacts(server, dest),
  };
  let stopping;
  const hardKill = () => {
    killGroup(child.pid, 'SIGKILL');
    killMarked(root);
    if (!keep) rmSync(root, { recursive: true, force: true });
  };
  server.stop = () => (stopping ??= (async () => {
    live.delete(hardKill);
    await server.browser?.close().catch(() => {});
    killGroup(child.pid, 'SIGTERM');
    const graceful = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
    if (!graceful) log('code-server did not exit within 5s of SIGTERM; killing it');
    hardKill();
  })());
  live.add(hardKill);
  installExitHooks();

  try {
    log(`code-server on ${server.url} (temp ${root})`);
    await waitForHealthy(port, exited, logFile);
    if (wantBrowser) {
      server.browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
      server.context = await server.browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
      // VS Code's clipboard API goes through the browser's, which a headless page may not use unasked.
      await server.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
      server.page = await server.context.newPage();
      server.page.on('console', (m) => appendFileSync(consoleFile, `[${m.type()}] ${m.text()}\n`));
      server.page.on('pageerror', (e) => appendFileSync(consoleFile, `[pageerror] ${e.stack ?? e}\n`));
      // The workbench is megabytes of script: on 2 busy cores it can take longer than
      // playwright's default 30 s.
      await server.page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 120000 });
    }
  } catch (err) {
    await server.stop();
    throw err;
  }
  return server;
}

function readManifest(dir) {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) throw new Error(`${dir} is not an extension folder (no package.json)`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Copies an extension into the extensions folder under the name VS Code gives installed ones. */
function installExtension({ dir, files }, extensionsDir) {
  const manifest = readManifest(dir);
  for (const key of ['publisher', 'name', 'version']) {
    if (!manifest[key]) throw new Error(`${dir}/package.json has no "${key}"`);
  }
  const id = `${manifest.publisher}.${manifest.name}`;
  const target = join(extensionsDir, `${id}-${manifest.version}`.toLowerCase());
  if (!files) {
    cpSync(dir, target, { recursive: true });
  } else {
    mkdirSync(target);
    const patterns = files.map((f) => new RegExp(`^${f.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`));
    for (const name of readdirSync(dir)) {
      if (patterns.some((p) => p.test(name))) cpSync(join(dir, name), join(target, name), { recursive: true });
    }
  }
  if (manifest.main && !['', '.js', '.cjs'].some((ext) => existsSync(join(target, manifest.main + ext)))) {
    throw new Error(`${id}: main ${manifest.main} is missing from the copy in ${target} (not built yet?)`);
  }
  return { id, dir: target };
}

/**
 * Writes the user data's languagepacks.json as VS Code does when a language pack is
 * installed through its extension manager (LanguagePacksCache): for each language an
 * installed extension contributes `localizations` for, where its translations are. A
 * copied-in extension is not seen by that manager, and without this file VS Code
 * resolves any `--locale` to English: the workbench, `vscode.env.language` and the
 * manifest and bundle each extension is read with (package.nls.<language>.json,
 * l10n/bundle.l10n.<language>.json).
 */
function registerLanguagePacks(userData, installed) {
  const packs = {};
  for (const { id, dir } of installed) {
    const manifest = readManifest(dir);
    for (const l of manifest.contributes?.localizations ?? []) {
      const pack = (packs[l.languageId] ??= { hash: '', extensions: [], translations: {}, label: l.localizedLanguageName ?? l.languageName });
      pack.extensions.push({ extensionIdentifier: { id }, version: manifest.version });
      for (const t of l.translations) pack.translations[t.id] = join(dir, t.path);
    }
  }
  for (const pack of Object.values(packs)) {
    const hash = createHash('md5');
    for (const e of pack.extensions) hash.update(e.extensionIdentifier.id).update(e.version);
    pack.hash = hash.digest('hex');
  }
  if (Object.keys(packs).length) writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify(packs));
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitForHealthy(port, exited, logFile, timeoutMs = 60000) {
  let dead;
  exited.then((e) => (dead = e));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (dead) throw new Error(`code-server exited (${dead.signal ?? dead.code}) before serving:\n${tail(logFile)}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(200);
  }
  throw new Error(`code-server did not answer on port ${port} within ${timeoutMs / 1000}s:\n${tail(logFile)}`);
}

/**
 * Saves what explains a failed run into dest: a screenshot, code-server's and the
 * browser console's logs and VS Code's own logs (the extension host's among them).
 * @returns {Promise<{ dest: string, screenshot?: string, extHostLogs: string[] }>}
 */
async function collectArtifacts(server, dest) {
  mkdirSync(dest, { recursive: true });
  const saved = { dest, extHostLogs: [] };
  if (server.page && !server.page.isClosed()) {
    const file = join(dest, 'screenshot.png');
    await server.page.screenshot({ path: file, timeout: 10000 }).then(() => (saved.screenshot = file), () => {});
  }
  for (const file of [server.logFile, server.consoleFile]) {
    if (existsSync(file)) cpSync(file, join(dest, file.slice(server.dirs.root.length + 1)));
  }
  const logs = join(server.dirs.userData, 'logs');
  if (existsSync(logs)) {
    cpSync(logs, join(dest, 'vscode-logs'), { recursive: true });
    for (const f of readdirSync(join(dest, 'vscode-logs'), { recursive: true })) {
      if (/(^|\/)(remote)?exthost\.log$/i.test(f)) saved.extHostLogs.push(join(dest, 'vscode-logs', f));
    }
  }
  return saved;
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGKILLs every process that inherited this run's marker, wherever it lives now. */
function killMarked(root) {
  const marker = Buffer.from(`\0CF_CODE_SERVER_RUN=${root}\0`);
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const environ = Buffer.concat([Buffer.from('\0'), readFileSync(`/proc/${name}/environ`)]);
      if (environ.includes(marker)) process.kill(Number(name), 'SIGKILL');
    } catch {
      // Exited meanwhile, or not ours to read.
    }
  }
}

let hooksInstalled = false;
function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', () => {
    for (const kill of live) kill();
  });
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, () => {
      if (live.size) console.error(`\n${signal}: stopping code-server`);
      process.exit(code);
    });
  }
}

function tail(file, lines = 30) {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)';
}

function delay(ms) {
  return new Promise((res) => setTimeout(res, ms));
}
