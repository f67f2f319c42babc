// Every test that needs a real VS Code, run in code-server (VS Code 1.139): the
// integration suite on the example workspace, the multi-root suite, the browser UI
// test, and the UI in Malay (VS Code run with --locale ms). Called by `npm test` (scripts/test.mjs), which adds the counts written to
// $CF_TEST_COUNTS to its closing line. Needs `npm run build` and the compiled tests in
// out/ (scripts/build.mjs --tests).
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagedFiles } from '../../scripts/vscode/code-server.mjs';
import { runSuite } from './harness/run-suite.mjs';
import { runUiTest } from './ui/clientsView.ui.mjs';
import { runMalayUiTest } from './ui/malay.ui.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const extensionFiles = packagedFiles(root);
const totals = { passed: 0, failed: 0, pending: 0 };
const timings = [];

async function stage(name, run) {
  const started = Date.now();
  let result;
  try {
    result = await run();
  } catch (err) {
    console.error(`[${name}] could not run: ${err.stack ?? err}`);
    result = { passed: 0, failed: 1, pending: 0 };
  }
  totals.passed += result.passed;
  totals.failed += result.failed;
  totals.pending += result.pending ?? 0;
  timings.push(`${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await stage('integration', () =>
  runSuite({ name: 'integration', suite: join(root, 'out', 'test', 'vscode', 'suite'), workspace: join(root, 'examples'), extensionFiles }),
);
await stage('multi-root', () =>
  runSuite({
    name: 'multi-root',
    suite: join(root, 'out', 'test', 'vscode', 'multiroot'),
    workspace: join(root, 'test', 'vscode', 'fixtures', 'multi-root', 'multi.code-workspace'),
    extensionFiles,
  }),
);
await stage('ui', () => {
  console.log('[ui] browser UI test');
  return runUiTest();
});
await stage('ui (Malay)', () => {
  console.log('[ui ms] browser UI test, VS Code in Malay');
  return runMalayUiTest();
});

console.log(`\nVS Code tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.pending} skipped (${timings.join(', ')})`);
if (process.env.CF_TEST_COUNTS) writeFileSync(process.env.CF_TEST_COUNTS, JSON.stringify(totals));
process.exit(totals.failed === 0 ? 0 : 1);
