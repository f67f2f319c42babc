// `npm run test:vscode`: the same VS Code suites as `npm test`, in desktop VS Code
// downloaded by @vscode/test-electron, for machines that can download it (this
// project's CI cannot, and runs them in code-server instead: test/vscode/runAll.mjs).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const entry = join(root, 'test', 'vscode', 'electron', 'index.cjs');
const tmp = mkdtempSync(join(tmpdir(), 'cf-electron-'));
const totals = { passed: 0, failed: 0, pending: 0 };
let failed = false;
/** The counts for scripts/test.mjs's closing line ($CF_TEST_COUNTS), when it asks. */
const report = (result) => {
  if (process.env.CF_TEST_COUNTS) writeFileSync(process.env.CF_TEST_COUNTS, JSON.stringify(result));
};
try {
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode();
  } catch (err) {
    // No VS Code to run in (offline, a proxy, an unsupported platform): say so in one line.
    const why = `could not download desktop VS Code (${String(err.message ?? err).split('\n')[0]})`;
    if (process.env.CF_TEST_COUNTS) {
      report({ skipped: why }); // scripts/test.mjs says it in its one line
      process.exit(0);
    }
    console.error(`VS Code suites not run: ${why}`);
    process.exit(1);
  }
  const examples = join(tmp, 'examples');
  cpSync(join(root, 'examples'), examples, { recursive: true });
  const runs = [
    { workspace: examples, suite: join(root, 'out', 'test', 'vscode', 'suite') },
    { workspace: join(root, 'test', 'vscode', 'fixtures', 'multi-root', 'multi.code-workspace'), suite: join(root, 'out', 'test', 'vscode', 'multiroot') },
  ];
  for (const [i, { workspace, suite }] of runs.entries()) {
    const counts = join(tmp, `counts-${i}.json`);
    try {
      await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: root,
        extensionTestsPath: entry,
        launchArgs: [workspace, '--disable-workspace-trust', `--user-data-dir=${join(tmp, 'user-data')}`],
        extensionTestsEnv: { CF_TEST_SUITE: suite, CF_TEST_COUNTS: counts },
      });
    } catch (err) {
      console.error(`VS Code suite ${suite} failed: ${err.message ?? err}`);
      failed = true;
    }
    if (existsSync(counts)) {
      const c = JSON.parse(readFileSync(counts, 'utf8'));
      for (const key of Object.keys(totals)) totals[key] += c[key] ?? 0;
    } else {
      totals.failed++; // the suite did not report: VS Code did not start or crashed
      failed = true;
    }
  }
  console.log(`\nVS Code tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.pending} skipped`);
  report(totals);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
