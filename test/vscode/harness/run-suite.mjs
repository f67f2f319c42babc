// Runs one mocha suite inside VS Code's extension host (code-server 4.139 = VS Code
// 1.139) and reports it: installs the tools on first use, starts code-server on a
// copy of the workspace with the extension under test and the runner extension,
// opens Chromium (the extension host starts only once a window connects), waits for
// the runner's result file, prints each test, cleans everything up.
//
//   node test/vscode/harness/run-suite.mjs --suite out/test/vscode [--workspace examples/clients]
//        [--extension .] [--result out/vscode-result.json] [--timeout 300] [--test-timeout 20000]
//        [--grep REGEXP] [--wait-for ID[,ID]] [--name LABEL] [--in-place] [--keep]
//
// Exit code 0 only when every test passed. On a missing result (timeout, crash) a
// screenshot and the logs are saved under artifacts/vscode/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { packagedFiles, startCodeServer } from '../../../scripts/vscode/code-server.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const RUNNER_EXTENSION = join(repoRoot, 'test', 'vscode', 'runner-extension');

/**
 * @param {object} options
 * @param {string} [options.suite] compiled test files: file, folder (*.test.js below it) or glob;
 *   default out/test/vscode
 * @param {string} [options.extension] extension under test, copied as packaged; default the repo root
 * @param {string[]} [options.extensionFiles] top-level entries to copy from it; default packagedFiles()
 * @param {string[]} [options.extraExtensions] more extension folders, copied whole
 * @param {string} [options.workspace] folder or .code-workspace file; default an empty folder
 * @param {boolean} [options.copyWorkspace=true] run on a temp copy of a workspace folder, so tests may edit it
 * @param {string} [options.waitForExtension] ids to activate before the tests; default the extension under test
 * @param {Record<string, string>} [options.env] more environment for the extension host
 * @param {object} [options.settings] VS Code user settings over the harness's defaults
 * @param {number} [options.timeoutMs=300000] for the whole run, from code-server's start
 * @param {number} [options.testTimeoutMs] mocha's per-test timeout (runner default 20000)
 * @param {string} [options.grep] mocha grep
 * @param {string} [options.result] also write the result JSON here
 * @param {string} [options.name] label for output and artifacts; default the suite's base name
 * @param {boolean} [options.keep=false] keep temp folders (code-server logs, user data, workspace copy)
 * @param {string} [options.userDataDir] VS Code's user data folder, kept across runs (see startCodeServer)
 * @param {number} [options.port] the port code-server serves on (see startCodeServer: a workspace's storage is named after it)
 * @param {(line: string) => void} [options.log]
 * @returns {Promise<{ passed: number, failed: number, pending: number, failures: object[], tests: object[],
 *   durationMs: number, error?: string, artifacts?: string }>}
 */
export async function runSuite(options = {}) {
  const log = options.log ?? ((line) => console.log(line));
  const suite = resolve(options.suite ?? join(repoRoot, 'out', 'test', 'vscode'));
  const name = options.name ?? basename(suite).replace(/[^\w.-]+/g, '_');
  const extension = resolve(options.extension ?? repoRoot);
  const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
  const timeoutMs = options.timeoutMs ?? 5 * 60_000;
  if (!/[*?[{]/.test(suite) && !existsSync(suite)) throw new Error(`suite ${suite} does not exist (built yet?)`);

  const runTmp = mkdtempSync(join(tmpdir(), 'cf-suite-'));
  const removeRunTmp = () => options.keep || rmSync(runTmp, { recursive: true, force: true });
  process.on('exit', removeRunTmp);
  const resultFile = join(runTmp, 'result.json');
  const progressFile = `${resultFile}.progress`;

  const started = Date.now();
  log(`[${name}] VS Code suite ${suite}`);
  let server;
  let result;
  try {
    let workspace = options.workspace && resolve(options.workspace);
    if (workspace && options.copyWorkspace !== false && statSync(workspace).isDirectory()) {
      const copy = join(runTmp, basename(workspace));
      cpSync(workspace, copy, { recursive: true });
      workspace = copy;
    }
    server = await startCodeServer({
      workspace,
      port: options.port,
      extensions: [
        { dir: extension, files: options.extensionFiles ?? packagedFiles(extension) },
        RUNNER_EXTENSION,
        ...(options.extraExtensions ?? []),
      ],
      env: {
        ...options.env,
        CF_TEST_SUITE: suite,
        CF_TEST_RESULT: resultFile,
        CF_MOCHA: dirname(createRequire(import.meta.url).resolve('mocha/package.json')),
        CF_WAIT_FOR_EXTENSION: options.waitForExtension ?? `${manifest.publisher}.${manifest.name}`,
        ...(options.testTimeoutMs ? { CF_TEST_TIMEOUT: String(options.testTimeoutMs) } : {}),
        ...(options.grep ? { CF_TEST_GREP: options.grep } : {}),
      },
      settings: options.settings,
      keep: options.keep,
      userDataDir: options.userDataDir,
      log: (line) => log(`[${name}] ${line}`),
    });
    log(`[${name}] workbench opened after ${seconds(Date.now() - started)}; the runner starts once the window has started`);

    const outcome = await waitForResult({ server, resultFile, progressFile, deadline: started + timeoutMs, log });
    if (outcome.result) {
      result = outcome.result;
    } else {
      const artifacts = join(repoRoot, 'artifacts', 'vscode', `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
      const saved = await server.collectArtifacts(artifacts);
      const running = outcome.running ? ` while running "${outcome.running}"` : '';
      result = {
        passed: outcome.tests.filter((t) => t.state === 'passed').length,
        failed: outcome.failures.length + 1,
        pending: outcome.tests.filter((t) => t.state === 'pending').length,
        failures: [...outcome.failures, { title: 'harness', fullTitle: 'harness', message: `${outcome.reason}${running}`, stack: '' }],
        tests: outcome.tests,
        error: `${outcome.reason}${running}`,
        artifacts,
      };
      log(`[${name}] no result: ${result.error}`);
      log(`[${name}] artifacts: ${artifacts}`);
      if (saved.screenshot) log(`[${name}]   screenshot: ${saved.screenshot}`);
      for (const f of saved.extHostLogs) log(`[${name}]   extension host log: ${f}`);
    }
  } finally {
    await server?.stop();
    if (options.keep && server) log(`[${name}] kept ${server.dirs.root} and ${runTmp}`);
    process.off('exit', removeRunTmp);
    removeRunTmp();
  }

  result.durationMs = Date.now() - started;
  for (const f of result.failures) {
    log(`\n[${name}] FAIL ${f.fullTitle}\n${indent(f.stack && f.stack.includes(f.message) ? f.stack : `${f.message}\n${f.stack}`)}`);
  }
  log(`[${name}] ${result.passed} passed, ${result.failed} failed, ${result.pending} skipped in ${seconds(result.durationMs)}`);
  if (options.result) {
    mkdirSync(dirname(resolve(options.result)), { recursive: true });
    writeFileSync(resolve(options.result), JSON.stringify(result, null, 2));
  }
  return result;
}

/** Polls for the result file, echoing the runner's progress lines as they come. */
async function waitForResult({ server, resultFile, progressFile, deadline, log }) {
  const tests = [];
  const failures = [];
  let running;
  let printed = 0;
  let exited;
  let crashed = false;
  server.exited.then((e) => (exited = e));
  server.page?.on('crash', () => (crashed = true));

  const drainProgress = () => {
    if (!existsSync(progressFile)) return;
    const lines = readFileSync(progressFile, 'utf8').split('\n');
    // The last element is '' or a line still being written.
    for (const line of lines.slice(printed, -1)) {
      const e = JSON.parse(line);
      if (e.event === 'begin') {
        running = e.fullTitle;
        continue;
      }
      running = undefined;
      const state = { pass: 'passed', fail: 'failed', pending: 'pending' }[e.event];
      tests.push({ fullTitle: e.fullTitle, state, durationMs: e.durationMs ?? 0 });
      if (state === 'failed') failures.push({ title: e.fullTitle, fullTitle: e.fullTitle, message: e.message, stack: '' });
      const label = { pass: 'pass', fail: 'FAIL', pending: 'skip' }[e.event];
      log(`  ${label}  ${e.fullTitle}${e.durationMs ? ` (${e.durationMs} ms)` : ''}`);
    }
    printed = lines.length - 1;
  };

  for (;;) {
    drainProgress();
    if (existsSync(resultFile)) {
      drainProgress();
      return { result: JSON.parse(readFileSync(resultFile, 'utf8')) };
    }
    let reason;
    if (exited) reason = `code-server exited (${exited.signal ?? exited.code})`;
    else if (crashed) reason = 'the browser page crashed';
    else if (Date.now() > deadline) reason = 'timed out waiting for the test result';
    if (reason) return { reason, running, tests, failures };
    await new Promise((r) => setTimeout(r, 250));
  }
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

function indent(text) {
  return text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A closed pipe (`| head`) must not crash the run halfway and skip the cleanup.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  const { values } = parseArgs({
    options: {
      suite: { type: 'string' },
      name: { type: 'string' },
      extension: { type: 'string' },
      workspace: { type: 'string' },
      result: { type: 'string' },
      timeout: { type: 'string' },
      'test-timeout': { type: 'string' },
      grep: { type: 'string' },
      'wait-for': { type: 'string' },
      'in-place': { type: 'boolean' },
      keep: { type: 'boolean' },
    },
  });
  try {
    const r = await runSuite({
      suite: values.suite,
      name: values.name,
      extension: values.extension,
      workspace: values.workspace,
      copyWorkspace: !values['in-place'],
      result: values.result,
      timeoutMs: values.timeout ? Number(values.timeout) * 1000 : undefined,
      testTimeoutMs: values['test-timeout'] ? Number(values['test-timeout']) : undefined,
      grep: values.grep,
      waitForExtension: values['wait-for'],
      keep: values.keep,
    });
    console.log(`vscode: ${r.passed} passed, ${r.failed} failed, ${r.pending} skipped`);
    process.exitCode = r.failed > 0 ? 1 : 0;
  } catch (err) {
    console.error(err.stack ?? err);
    process.exitCode = 1;
  }
}
