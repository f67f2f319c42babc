// `npm run test:vscode`: the same VS Code suites as `npm test`, in desktop VS Code
// downloaded by @vscode/test-electron, for machines that can download it (this
// project's CI cannot, and runs them in code-server instead: test/vscode/runAll.mjs).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const entry = join(root, 'test', 'vscode', 'electron', 'index.cjs');
const tmp = mkdtempSync(join(tmpdir(), 'cf-electron-'));
let failed = false;
try {
  const examples = join(tmp, 'examples');
  cpSync(join(root, 'examples'), examples, { recursive: true });
  const runs = [
    { workspace: examples, suite: join(root, 'out', 'test', 'vscode', 'suite') },
    { workspace: join(root, 'test', 'vscode', 'fixtures', 'multi-root', 'multi.code-workspace'), suite: join(root, 'out', 'test', 'vscode', 'multiroot') },
  ];
  for (const { workspace, suite } of runs) {
    try {
      await runTests({
        extensionDevelopmentPath: root,
        extensionTestsPath: entry,
        launchArgs: [workspace, '--disable-workspace-trust', `--user-data-dir=${join(tmp, 'user-data')}`],
        extensionTestsEnv: { CF_TEST_SUITE: suite },
      });
    } catch (err) {
      console.error(`VS Code suite ${suite} failed: ${err.message ?? err}`);
      failed = true;
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
