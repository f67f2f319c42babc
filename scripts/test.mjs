// `npm test`: every test of the project, in order, with one closing line
// `N passed, N failed` that adds up all suites (CI reads that line).
//
//   1. build, type check and lint (each counts as one test);
//   2. the unit suite in plain Node under TZ=America/Los_Angeles, and its
//      date-sensitive tests ([tz] in their titles) again under Asia/Kuala_Lumpur;
//      then the whole unit suite once more with the machine's clock moved a year
//      on (libfaketime's `faketime`, Debian package faketime, which .ci/run
//      installs): no test may depend on today's date;
//   3. the suites inside a real VS Code (code-server) and the browser UI test.
//
// Where the VS Code suites run: on Debian/Ubuntu (apt-get), in code-server,
// installed on first use (test/vscode/runAll.mjs); elsewhere (a Mac, Windows)
// in desktop VS Code downloaded by @vscode/test-electron. When neither can
// run, one line says why and how to run them. CF_SKIP_VSCODE=1 runs only the
// fast steps; CF_VSCODE=electron or CF_VSCODE=code-server picks the host.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** How far the third unit run moves the clock (libfaketime's relative offset). */
const CLOCK_SHIFT = process.env.CF_CLOCK_SHIFT || '+365d';
const totals = { passed: 0, failed: 0 };
const failedSteps = [];
const scratch = mkdtempSync(join(tmpdir(), 'cf-test-'));

function banner(title) {
  process.stdout.write(`\n=== ${title} ===\n`);
}

/** Runs a command as one test: it passes when it exits 0. */
function step(title, command, args, env = {}) {
  banner(title);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status === 0) totals.passed++;
  else {
    totals.failed++;
    failedSteps.push(title);
  }
  return r.status === 0;
}

/** Runs mocha and adds its counts; a crash without counts is one failure. `wrapper`: a command that runs node (faketime). */
function mocha(title, args, env = {}, wrapper = []) {
  banner(title);
  const counts = join(scratch, `counts-${Math.random().toString(36).slice(2)}.json`);
  const command = [...wrapper, process.execPath, join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--reporter', join(root, 'test', 'support', 'countingReporter.js'), ...args];
  const r = spawnSync(command[0], command.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env, CF_TEST_COUNTS: counts },
  });
  if (existsSync(counts)) {
    const c = JSON.parse(readFileSync(counts, 'utf8'));
    totals.passed += c.passed;
    totals.failed += c.failed;
    if (c.failed) failedSteps.push(title);
  } else {
    totals.failed++;
    failedSteps.push(`${title} (exit ${r.status}, no results)`);
  }
}

/** Whether a command is on PATH. */
function has(command) {
  return spawnSync(process.platform === 'win32' ? 'where' : 'which', [command], { stdio: 'ignore' }).status === 0;
}

function vscodeSuites() {
  const how = 'run them with `npm run test:vscode:server` (code-server, Debian/Ubuntu) or `npm run test:vscode` (desktop VS Code)';
  if (process.env.CF_SKIP_VSCODE === '1') {
    banner('VS Code suites');
    process.stdout.write(`VS Code suites skipped: CF_SKIP_VSCODE=1 is set; ${how}.\n`);
    return;
  }
  const host = process.env.CF_VSCODE || (process.platform === 'linux' && has('apt-get') && has('dpkg-query') ? 'code-server' : 'electron');
  const script = host === 'code-server' ? join(root, 'test', 'vscode', 'runAll.mjs') : join(root, 'test', 'vscode', 'electron', 'runTests.mjs');
  banner(host === 'code-server' ? 'VS Code integration and UI tests (code-server)' : 'VS Code integration tests (desktop VS Code, @vscode/test-electron)');
  const counts = join(scratch, 'vscode-counts.json');
  const r = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit', env: { ...process.env, CF_TEST_COUNTS: counts } });
  if (!existsSync(counts)) {
    totals.failed++;
    failedSteps.push(`VS Code tests (exit ${r.status}, no results)`);
    return;
  }
  const c = JSON.parse(readFileSync(counts, 'utf8'));
  if (c.skipped) {
    process.stdout.write(`VS Code suites skipped: ${c.skipped}; ${how}.\n`);
    return;
  }
  totals.passed += c.passed;
  totals.failed += c.failed;
  if (c.failed) failedSteps.push('VS Code tests');
}

try {
  const built = step('build', process.execPath, ['scripts/build.mjs', '--tests']);
  step('type check (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']);
  step('type check of the report webview script (DOM types)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'src/webview']);
  step('lint (eslint, incl. no vscode import in src/core)', process.execPath, ['node_modules/eslint/bin/eslint.js', 'src', 'test', 'scripts']);
  if (built) {
    mocha('unit tests (TZ=America/Los_Angeles)', [], { TZ: 'America/Los_Angeles' });
    mocha('date-sensitive unit tests again (TZ=Asia/Kuala_Lumpur)', ['--grep', '\\[tz\\]'], { TZ: 'Asia/Kuala_Lumpur' });
    if (has('faketime')) mocha(`unit tests with the clock moved a year on (faketime ${CLOCK_SHIFT})`, [], { TZ: 'America/Los_Angeles' }, ['faketime', '-f', CLOCK_SHIFT]);
    else {
      banner('unit tests with the clock moved');
      process.stdout.write('skipped: `faketime` is not installed (Debian/Ubuntu: apt-get install faketime; .ci/run installs it).\n');
    }
    vscodeSuites();
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failedSteps.length) process.stdout.write(`\nFailed: ${failedSteps.join('; ')}\n`);
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(totals.failed === 0 ? 0 : 1);
