// Runs a mocha suite inside the VS Code extension host. code-server ignores
// extensionTestsPath, so this extension is how test code gets into the host: it
// activates once the window has started, runs the suite named by environment
// variables (code-server passes its environment on to the host) and writes the
// result file that test/vscode/harness/run-suite.mjs waits for.
//
//   CF_TEST_SUITE          test files: a file, a folder (every *.test.js below it) or a
//                          glob; several joined with ':'
//   CF_TEST_RESULT         result JSON path; progress lines go to CF_TEST_RESULT.progress
//   CF_MOCHA               the mocha package folder to load (the repo's node_modules/mocha)
//   CF_TEST_TIMEOUT        per-test timeout in ms (default 20000)
//   CF_TEST_GREP           only tests whose full title matches this regular expression
//   CF_WAIT_FOR_EXTENSION  comma-separated extension ids to activate before the first test
//
// Test files can `require('vscode')`: the host intercepts that request for every
// module, and one outside any extension folder gets the API of no particular
// extension (the host logs a warning saying so), which is all a test needs.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

function activate() {
  const { CF_TEST_SUITE: suite, CF_TEST_RESULT: resultFile } = process.env;
  if (!suite || !resultFile) return;
  // Not awaited: the suite runs for minutes, activation should not.
  run(suite, resultFile).catch((err) => console.error('[test-runner] could not write the result', err));
}

async function run(suite, resultFile) {
  const started = Date.now();
  const progress = (event) => fs.appendFileSync(`${resultFile}.progress`, `${JSON.stringify(event)}\n`);
  let result;
  try {
    await waitForExtensions(process.env.CF_WAIT_FOR_EXTENSION);
    result = await runMocha(findTestFiles(suite), progress);
  } catch (err) {
    // A suite that cannot even load must still fail the run, not hang it.
    const failure = { title: 'test runner', fullTitle: 'test runner', message: String(err?.message ?? err), stack: String(err?.stack ?? err) };
    progress({ event: 'fail', fullTitle: failure.fullTitle, message: failure.message });
    result = { passed: 0, failed: 1, pending: 0, failures: [failure], tests: [], error: failure.message };
  }
  result.durationMs = Date.now() - started;
  result.vscodeVersion = vscode.version;
  // Written whole then renamed, so the harness never reads half a file.
  const tmp = `${resultFile}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(result, null, 2));
  fs.renameSync(tmp, resultFile);
}

async function waitForExtensions(ids) {
  for (const id of (ids || '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const extension = vscode.extensions.getExtension(id);
    if (!extension) throw new Error(`extension ${id} is not installed in this VS Code`);
    await extension.activate();
  }
}

function findTestFiles(spec) {
  const files = new Set();
  for (const entry of spec.split(path.delimiter).filter(Boolean)) {
    if (/[*?[{]/.test(entry)) {
      for (const f of fs.globSync(entry)) files.add(path.resolve(f));
    } else if (fs.statSync(entry).isDirectory()) {
      for (const f of fs.readdirSync(entry, { recursive: true })) {
        if (f.endsWith('.test.js')) files.add(path.resolve(entry, f));
      }
    } else {
      files.add(path.resolve(entry));
    }
  }
  if (files.size === 0) throw new Error(`no test files match CF_TEST_SUITE=${spec}`);
  return [...files].sort();
}

function loadMocha() {
  if (!process.env.CF_MOCHA) throw new Error('CF_MOCHA is not set (path of the mocha package to use)');
  const mod = require(process.env.CF_MOCHA);
  // mocha 12's entry is ESM (Node 24 can require it: a namespace object); older ones are CommonJS.
  return mod.Mocha ?? mod.default ?? mod;
}

function runMocha(files, progress) {
  const Mocha = loadMocha();
  const { EVENT_TEST_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: Number(process.env.CF_TEST_TIMEOUT) || 20000,
    color: false,
    // The harness prints from the progress file; a console reporter would only reach the host log.
    reporter: class Silent {},
    ...(process.env.CF_TEST_GREP ? { grep: new RegExp(process.env.CF_TEST_GREP) } : {}),
  });
  for (const f of files) mocha.addFile(f);

  const tests = [];
  const failures = [];
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      const count = (state) => tests.filter((t) => t.state === state).length;
      resolve({ passed: count('passed'), failed: failures.length, pending: count('pending'), failures, tests });
    });
    runner.on(EVENT_TEST_BEGIN, (test) => progress({ event: 'begin', fullTitle: test.fullTitle() }));
    runner.on(EVENT_TEST_PASS, (test) => {
      tests.push({ fullTitle: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      progress({ event: 'pass', fullTitle: test.fullTitle(), durationMs: test.duration ?? 0 });
    });
    runner.on(EVENT_TEST_PENDING, (test) => {
      tests.push({ fullTitle: test.fullTitle(), state: 'pending', durationMs: 0 });
      progress({ event: 'pending', fullTitle: test.fullTitle() });
    });
    // Also fires for failing hooks, which then count as failures like in mocha's own CLI.
    runner.on(EVENT_TEST_FAIL, (runnable, err) => {
      const failure = {
        title: runnable.title,
        fullTitle: runnable.fullTitle(),
        message: String(err?.message ?? err),
        stack: String(err?.stack ?? err),
      };
      failures.push(failure);
      tests.push({ fullTitle: failure.fullTitle, state: 'failed', durationMs: runnable.duration ?? 0 });
      progress({ event: 'fail', fullTitle: failure.fullTitle, durationMs: runnable.duration ?? 0, message: failure.message });
    });
  });
}

module.exports = { activate };
