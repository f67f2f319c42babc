// Proves the VS Code test harness works on this machine, end to end:
//  1. a mocha suite runs inside code-server's extension host (run-suite.mjs and the
//     runner extension) against the sample extension;
//  2. the UI helpers (ui.mjs) drive the workbench in Chromium: the sample tree view,
//     a tooltip, the command palette, a notification, screenshots in artifacts/ui/.
//
//   node test/vscode/harness/selftest/run.mjs
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from '../../../../scripts/vscode/code-server.mjs';
import { runSuite } from '../run-suite.mjs';
import * as ui from '../ui.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..', '..');
const sampleExtension = join(here, 'sample-extension');
const workspace = join(here, 'workspace');
const started = Date.now();

const api = await runSuite({
  name: 'selftest-api',
  extension: sampleExtension,
  suite: join(here, 'suite'),
  workspace,
  env: { CF_SELFTEST_MARKER: 'from-the-harness' },
  timeoutMs: 3 * 60_000,
});

const uiResult = await runUiChecks();

const passed = api.passed + uiResult.passed;
const failed = api.failed + uiResult.failed;
console.log(`\nselftest finished in ${((Date.now() - started) / 1000).toFixed(1)}s`);
console.log(`selftest: ${passed} passed, ${failed} failed, ${api.pending} skipped`);
process.exitCode = failed > 0 ? 1 : 0;

async function runUiChecks() {
  const counts = { passed: 0, failed: 0 };
  const check = async (title, fn) => {
    try {
      await fn();
      counts.passed++;
      console.log(`  pass  ui: ${title}`);
    } catch (err) {
      counts.failed++;
      console.log(`  FAIL  ui: ${title}\n${String(err.stack ?? err).replace(/^/gm, '    ')}`);
    }
  };

  console.log('[selftest-ui] workbench checks in Chromium');
  const vs = await startCodeServer({ workspace, extensions: [sampleExtension], log: (l) => console.log(`[selftest-ui] ${l}`) });
  try {
    await check('the workbench loads', () => ui.waitForWorkbench(vs.page));
    await check('the sample view container opens from the activity bar', () => ui.openViewContainer(vs.page, 'Selftest'));
    await check('the tree shows its items in order, children indented', async () => {
      assert.deepEqual(await ui.treeItemLabels(vs.page, 'Sample Tree'), ['Alpha', 'Alpha child', 'Beta', 'Gamma']);
      const items = await ui.treeItems(vs.page, 'Sample Tree');
      assert.deepEqual(items.map((i) => i.level), [1, 2, 1, 1]);
      assert.equal(items.find((i) => i.label === 'Gamma').description, 'has a description');
    });
    await check('hovering an item shows its tooltip', async () => {
      assert.equal(await ui.hoverTreeItem(vs.page, 'Sample Tree', 'Beta'), 'Beta tooltip: second item');
      console.log(`        screenshot: ${await ui.screenshot(vs.page, 'selftest-tree')}`);
    });
    await check('the command palette runs the sample command', async () => {
      await ui.runCommand(vs.page, 'Selftest: Hello');
      await vs.page
        .locator('.notification-toast', { hasText: 'Hello from the selftest extension' })
        .waitFor({ state: 'visible', timeout: 10000 });
      assert.ok((await ui.notificationMessages(vs.page)).includes('Hello from the selftest extension'));
      console.log(`        screenshot: ${await ui.screenshot(vs.page, 'selftest-command')}`);
    });
    if (counts.failed > 0) {
      const saved = await vs.collectArtifacts(join(repoRoot, 'artifacts', 'vscode', `selftest-ui-${Date.now()}`));
      console.log(`[selftest-ui] artifacts: ${saved.dest}`);
    }
  } finally {
    await vs.stop();
  }
  console.log(`[selftest-ui] ${counts.passed} passed, ${counts.failed} failed`);
  return counts;
}
