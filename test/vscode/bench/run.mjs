// `npm run bench:vscode`: the extension measured in VS Code 1.139 (code-server),
// printed against its targets, not asserted (timing asserts in tests are flaky).
//
// For the example notes and for 10,000 generated notes, two starts with the
// same user data: cold (no summary cache yet), then warm (the cache the cold
// start wrote). In each, test/vscode/bench/clientsView.bench.test.ts measures
// activate(), the time from opening the Clients view to the first client and
// to the complete tree, the extension host's heap, and the longest event-loop
// stall while the index is rebuilt warm and cold. Also the bundle sizes, of
// the production build (what the .vsix ships).
//
//   node test/vscode/bench/run.mjs [--notes N] [--json]
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, packagedFiles } from '../../../scripts/vscode/code-server.mjs';
import { runSuite } from '../harness/run-suite.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const notesArg = args.indexOf('--notes');
const generated = notesArg >= 0 ? Number(args[notesArg + 1]) : 10_000;
const log = json ? () => {} : (line) => console.log(line);

const { generateNote } = await import(join(root, 'out', 'test', 'bench', 'generateNotes.js'));

const kb = (file) => statSync(join(root, file)).size / 1024;
const bundles = { 'dist/extension.js': kb('dist/extension.js'), 'dist/summarizeWorker.js': kb('dist/summarizeWorker.js'), 'dist/webview/report.js': kb('dist/webview/report.js') };

const scratch = mkdtempSync(join(tmpdir(), 'cf-bench-vscode-'));
const anHourAgo = new Date(Date.now() - 3_600_000);
function examplesWorkspace() {
  const dir = join(scratch, 'examples');
  cpSync(join(root, 'examples'), dir, { recursive: true });
  return { dir, notes: 15 };
}
function generatedWorkspace(n) {
  const dir = join(scratch, `generated-${n}`);
  mkdirSync(join(dir, 'clients'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const file = join(dir, 'clients', `client-${i}.md`);
    writeFileSync(file, generateNote(i));
    // As old as a workspace's notes are (the cache does not keep a note modified in the last 2 s).
    utimesSync(file, anHourAgo, anHourAgo);
  }
  return { dir, notes: n };
}

const results = {};
try {
  for (const [label, make] of [
    ['examples', examplesWorkspace],
    [`${generated} notes`, () => generatedWorkspace(generated)],
  ]) {
    const { dir, notes } = make();
    const userData = join(scratch, `user-data-${label.replace(/\W+/g, '-')}`);
    mkdirSync(userData, { recursive: true });
    // One address for both starts: the workbench names the workspace's storage
    // (where the summary cache is) after it, port included.
    const port = await freePort();
    for (const start of ['cold', 'warm']) {
      const out = join(scratch, `${label}-${start}.json`);
      rmSync(out, { force: true });
      const r = await runSuite({
        name: `bench ${label} ${start}`,
        suite: join(root, 'out', 'test', 'vscode', 'bench'),
        workspace: dir,
        copyWorkspace: false,
        userDataDir: userData,
        port,
        extensionFiles: packagedFiles(root),
        env: { CF_BENCH_NOTES: String(notes), CF_BENCH_OUT: out, ...(process.env.CF_BENCH_PROFILE_DIR ? { CF_BENCH_PROFILE: join(process.env.CF_BENCH_PROFILE_DIR, `${label.replace(/\W+/g, '-')}-${start}.cpuprofile`) } : {}) },
        timeoutMs: 20 * 60_000,
        testTimeoutMs: 15 * 60_000,
        log,
      });
      if (r.failed > 0) throw new Error(`the bench suite failed (${label}, ${start}): ${r.failures.map((f) => f.message).join('; ')}`);
      results[`${label} ${start}`] = JSON.parse(readFileSync(out, 'utf8'));
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const big = `${generated} notes`;
const ms = (n) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const verdict = (ok) => (ok ? 'met' : 'NOT met');
const lines = [];
for (const [key, r] of Object.entries(results)) {
  lines.push(
    `${key}: activate() ${ms(r.activateMs)}; first index ${ms(r.startBuildMs)} (from ${ms(r.startBuildFromActivateMs)} after activation; finding the notes and reading the cache ${ms(r.startBuildFindAndCacheMs)}); Clients view opened -> first client ${ms(r.firstClientMs)}, complete tree ${ms(r.completeTreeMs)} (${ms(r.completeTreeAfterActivateMs)} after activation); heap ${r.heapMB.toFixed(1)} MB (${r.retainedHeapMB.toFixed(1)} MB after a full collection); host quiet after ${ms(r.waitedForQuietMs)}; rebuild warm ${ms(r.warmRebuildMs)} (longest stall ${ms(r.warmRebuildStallMs)}), cold ${ms(r.coldRebuildMs)} (longest stall ${ms(r.coldRebuildStallMs)})`,
  );
}
const activate = Math.max(...Object.values(results).map((r) => r.activateMs));
const stall = Math.max(...Object.values(results).map((r) => Math.max(r.warmRebuildStallMs, r.coldRebuildStallMs)));
// Retained (after a full collection): what the index keeps, not garbage not yet collected.
const heapBig = results[`${big} warm`].retainedHeapMB;
const heapExamples = results['examples warm'].retainedHeapMB;
lines.push(`activate(): up to ${ms(activate)} (target ≤ 20 ms, no file read in it: ${verdict(activate <= 20)})`);
// The index's own heap: the same host's, after a full collection, with the notes and with none (the notes glob set to match none).
const indexHeap = Math.max(...['cold', 'warm'].map((start) => results[`${big} ${start}`].retainedHeapMB - results[`${big} ${start}`].emptyHeapMB));
lines.push(
  `extension host heap with ${big} indexed, after a full collection: ${heapBig.toFixed(1)} MB (${(heapBig - heapExamples).toFixed(1)} MB over the examples' ${heapExamples.toFixed(1)} MB); the index's own share, against the same host with no notes: ${indexHeap.toFixed(1)} MB (larger of cold and warm; target ≤ 30 MB: ${verdict(indexHeap <= 30)})`,
);
lines.push(`longest event-loop stall while the index is rebuilt, warm and cold (host quiet before): ${ms(stall)} (target ≤ 20 ms: ${verdict(stall <= 20)})`);
lines.push(`bundles (production): ${Object.entries(bundles).map(([f, s]) => `${f} ${s.toFixed(0)} KB`).join(', ')}`);
if (json) process.stdout.write(`${JSON.stringify({ ...results, bundlesKB: bundles })}\n`);
else for (const line of lines) console.log(line);
