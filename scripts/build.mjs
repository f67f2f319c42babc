// Builds the extension and CLI bundles into dist/, and (with --tests) transpiles
// src/ and test/ file by file into out/ for mocha, the benchmark and the VS Code suites.
// Type checking is separate (`npm run typecheck`): esbuild only strips types.
//
//   --production  minified, without source maps (what `vscode:prepublish` packages)
//   --watch       rebuilds dist/ on every change (`npm run watch`, the F5 task in
//                 .vscode/tasks.json, which reads the `[watch]` lines below)
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, rmSync, mkdirSync, cpSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');

function listTs(dir) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listTs(full));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

// The engine: a hash of the core's sources, its Malay words and the locked
// dependencies. The summary cache (src/core/rank/summaryCache.ts) is used only
// with the engine that wrote it, so that any change to how notes are read,
// scored or worded leaves older caches unused. A watching build changes the
// sources as it runs: it sets none, and the cache is off there.
function engineHash() {
  const hash = createHash('sha256');
  for (const file of [...listTs(join(root, 'src', 'core')).sort(), join(root, 'l10n', 'bundle.l10n.ms.json'), join(root, 'package-lock.json')]) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
const engine = watch ? {} : { CF_ENGINE: JSON.stringify(engineHash()) };

const common = {
  bundle: true,
  // jsonc-parser's `main` is a UMD build whose require('./impl/…') calls a
  // bundler cannot follow; its ES module build bundles like any other.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  define: { ...engine },
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

// The worker thread of the Node bulk reader (src/node/workerSummarize.ts) is
// its own bundle, next to the bundle that starts it: a worker loads one file
// (the parser and its dependencies) instead of resolving dozens of modules.
const WORKER_ENTRY = 'src/node/summarizeWorker.ts';

const bundles = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: [WORKER_ENTRY], outfile: 'dist/summarizeWorker.js' },
  // The report webview's script: a browser bundle, loaded from dist/webview/ under the panel's CSP.
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', define: {}, entryPoints: ['src/webview/report.ts'], outfile: 'dist/webview/report.js' },
];

rmSync(join(root, 'dist'), { recursive: true, force: true });
let rebuilding = 0;
if (watch) {
  const contexts = await Promise.all(bundles.map((options) => esbuild.context({ ...options, plugins: [watchReporter()] })));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(bundles.map((options) => esbuild.build(options)));
}

/**
 * One `[watch] build started` line when any bundle starts rebuilding and one
 * `[watch] build finished` when all are done, with each error as
 * `✘ [ERROR] message` and `    file:line:column:` for the editor's problem matcher.
 */
function watchReporter() {
  return {
    name: 'watch-reporter',
    setup(build) {
      build.onStart(() => {
        if (rebuilding++ === 0) console.log('[watch] build started');
      });
      build.onEnd((result) => {
        for (const { text, location } of result.errors) {
          console.error(`✘ [ERROR] ${text}`);
          if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
        }
        if (--rebuilding === 0) console.log('[watch] build finished');
      });
    },
  };
}

if (args.has('--tests') && !watch) {
  rmSync(join(root, 'out'), { recursive: true, force: true });
  const entryPoints = [...listTs(join(root, 'src')), ...listTs(join(root, 'test'))].map((f) => relative(root, f));
  await esbuild.build({
    entryPoints,
    outdir: 'out',
    outbase: '.',
    bundle: false,
    define: engine,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    absWorkingDir: root,
  });
  // Workers run the bundle, as they do from dist/, so tests and the benchmark
  // start the same worker the product ships (replacing the file-by-file copy).
  await esbuild.build({ ...common, sourcemap: 'linked', entryPoints: [WORKER_ENTRY], outfile: `out/${WORKER_ENTRY.replace(/\.ts$/, '.js')}` });
  // The benchmark runs bundled, as the product does (the file-by-file build
  // pays for a module getter on every imported binding), in place of its
  // file-by-file copy: the paths it finds beside itself stay the same.
  await esbuild.build({ ...common, sourcemap: 'linked', entryPoints: ['test/bench/bench.ts'], outfile: 'out/test/bench/bench.js' });
  // Fixtures and non-TS assets the compiled tests read at run time (the core's
  // catalogue requires l10n/ by a path relative to its source).
  for (const dir of ['test/fixtures', 'l10n']) {
    if (existsSync(join(root, dir))) {
      mkdirSync(join(root, 'out', dir), { recursive: true });
      cpSync(join(root, dir), join(root, 'out', dir), { recursive: true });
    }
  }
}
