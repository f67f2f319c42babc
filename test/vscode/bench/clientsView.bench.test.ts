/**
 * The measurements of `npm run bench:vscode`, taken inside the extension host
 * (test/vscode/bench/run.mjs starts code-server on a workspace, twice with the
 * same user data: a cold start, then a warm one with the summary cache).
 * Printed by the runner, not asserted: it writes them to $CF_BENCH_OUT.
 *
 * - activate(): its own duration (the extension measures it).
 * - The Clients view opened as soon as the suite starts (the extension is
 *   active then, its index being built): time to the first client the tree
 *   hands VS Code, and to the complete tree (every note).
 * - The extension host's heap once the index is complete, and again with no
 *   notes (the notes glob set to match none): the index's own share.
 * - The longest event-loop stall while the index is rebuilt: warm (cache),
 *   and cold (a setting that changes how notes are read: every note read).
 */
import { writeFileSync } from 'node:fs';
import * as inspector from 'node:inspector';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { ClientFrictionApi } from '../../../src/extension';

const EXTENSION_ID = 'client-friction.client-friction';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function until<T>(fn: () => T | undefined, timeoutMs: number, what: string, state?: () => unknown): Promise<T> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const value = fn();
    if (value !== undefined) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}${state ? ` (${JSON.stringify(state())})` : ''}`);
    await sleep(5);
  }
}

/** A stall seen: when it ended (process.hrtime, µs: the clock of a CPU profile's samples) and how long it was (ms). */
interface Gap {
  endUs: number;
  ms: number;
}

/**
 * Runs `fn` and returns its duration, the longest event-loop stall meanwhile
 * (ms) and, for a profiled run, each stall over 15 ms (a 1 ms interval timer
 * that fired late), to find in the profile what ran then.
 */
async function withStalls(fn: () => Promise<unknown>): Promise<{ ms: number; stallMs: number; gaps: Gap[] }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const gaps: Gap[] = [];
  let last = process.hrtime.bigint();
  const ticker = process.env.CF_BENCH_PROFILE
    ? setInterval(() => {
        const now = process.hrtime.bigint();
        const ms = Number(now - last) / 1e6;
        if (ms > 15) gaps.push({ endUs: Number(now / 1000n), ms });
        last = now;
      }, 1)
    : undefined;
  delay.enable();
  const t = performance.now();
  await fn();
  const ms = performance.now() - t;
  delay.disable();
  clearInterval(ticker);
  return { ms, stallMs: delay.max / 1e6, gaps };
}

/**
 * Waits until the extension host has been quiet for `quietMs` (no event-loop
 * stall over 10 ms), at most `timeoutMs`: the workbench activates other
 * extensions in the same host after a start (the built-in JSON language
 * features took 200–280 ms in one go here), which would otherwise be
 * counted as the index's stalls. Returns how long it waited.
 */
async function quiet(quietMs: number, timeoutMs: number): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    await sleep(quietMs);
    delay.disable();
    if (delay.max / 1e6 <= 10) break;
  }
  return performance.now() - start;
}

/**
 * The extension host's heap after a full collection (MB), as the index
 * retains it: the bench turns on V8's gc() for this, which the host does not
 * expose (flags set at run time apply to contexts created after).
 */
function retainedHeap(): number {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Starts the V8 profiler on this thread (the extension host's); the function returned stops it and gives the profile. */
function startProfile(): () => Promise<unknown> {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 250 });
  session.post('Profiler.start');
  return () =>
    new Promise((resolve, reject) =>
      session.post('Profiler.stop', (err, result) => {
        session.disconnect();
        if (err) reject(err);
        else resolve(result.profile);
      }),
    );
}

describe('bench: the Clients view', function () {
  this.timeout(15 * 60_000);

  it('measures activation, the view, the heap and the stalls', async () => {
    const suiteStart = performance.now();
    const expected = Number(process.env.CF_BENCH_NOTES);
    const ext = vscode.extensions.getExtension<ClientFrictionApi>(EXTENSION_ID)!;
    const api = ext.exports ?? (await ext.activate());
    // From the moment the view is asked for: opening it asks the tree for its
    // rows before the command returns, and a quick index has them by then.
    const opened = performance.now();
    await vscode.commands.executeCommand('workbench.view.extension.clientFriction');
    const state = () => ({ opened, timeline: api.tree.timeline, builds: api.clients.buildTimings(), notes: api.clients.noteCount() });
    const first = await until(() => api.tree.timeline.find((e) => e.at >= opened && e.clients > 0), Number(process.env.CF_BENCH_WAIT_MS ?? 10 * 60_000), 'the first client', state);
    const complete = await until(() => api.tree.timeline.find((e) => e.at >= opened && e.clients >= expected), 10 * 60_000, `${expected} clients`);
    await api.clients.ready();
    // The heap as the index leaves it once its cache is written (the facts kept for it are then dropped).
    await api.clients.saveCache();
    await sleep(500);
    const heapMB = process.memoryUsage().heapUsed / 1024 / 1024;
    const retainedHeapMB = retainedHeap();
    const startBuild = api.clients.buildTimings()[0] ?? {};
    // The index's own share of that heap: the same host with no notes (the
    // notes glob set to match none), measured the same way, then the notes again.
    const config = vscode.workspace.getConfiguration('clientFriction');
    const rebuiltOnce = () =>
      new Promise<void>((resolve) => {
        const once = api.clients.onDidRebuild(() => {
          once.dispose();
          resolve();
        });
      });
    const emptied = rebuiltOnce();
    await config.update('notesGlob', 'cf-bench-no-notes/*.md', vscode.ConfigurationTarget.Global);
    await emptied;
    await sleep(500);
    const emptyHeapMB = retainedHeap();
    const restored = rebuiltOnce();
    await config.update('notesGlob', undefined, vscode.ConfigurationTarget.Global);
    await restored;
    await api.clients.ready();
    const waitedForQuietMs = await quiet(1000, 15_000);

    const profileWarm = process.env.CF_BENCH_PROFILE ? startProfile() : undefined;
    const warmRebuild = await withStalls(() => api.clients.rebuild());
    if (profileWarm) {
      const file = process.env.CF_BENCH_PROFILE!.replace(/\.cpuprofile$/, '-warm-rebuild.cpuprofile');
      writeFileSync(file, JSON.stringify(await profileWarm()));
      writeFileSync(`${file}.gaps.json`, JSON.stringify(warmRebuild.gaps));
    }
    // A setting that changes how notes are read leaves the cache unused: every note is read again.
    const rebuilt = rebuiltOnce();
    const profiling = process.env.CF_BENCH_PROFILE ? startProfile() : undefined;
    const coldRebuild = await withStalls(async () => {
      await config.update('tagSynonyms', { asap: 'urgent' }, vscode.ConfigurationTarget.Global);
      await rebuilt;
      await sleep(1000); // the tree's refresh after the rebuild
    });
    if (profiling) {
      writeFileSync(process.env.CF_BENCH_PROFILE!, JSON.stringify(await profiling()));
      writeFileSync(`${process.env.CF_BENCH_PROFILE!}.gaps.json`, JSON.stringify(coldRebuild.gaps));
    }
    await config.update('tagSynonyms', undefined, vscode.ConfigurationTarget.Global);
    await api.clients.ready();
    // The cache of the default settings, for the next (warm) start.
    await api.clients.saveCache();

    const out = {
      notes: api.clients.noteCount(),
      activateMs: api.activation.ms,
      suiteStartAfterActivateMs: suiteStart - api.activation.startedAt,
      firstClientMs: first.at - opened,
      completeTreeMs: complete.at - opened,
      completeTreeAfterActivateMs: complete.at - api.activation.startedAt,
      heapMB,
      retainedHeapMB,
      emptyHeapMB,
      startBuildFromActivateMs: (startBuild.started ?? NaN) - api.activation.startedAt,
      startBuildFindAndCacheMs: (startBuild.found ?? NaN) - (startBuild.started ?? NaN),
      startBuildMs: (startBuild.built ?? NaN) - (startBuild.started ?? NaN),
      warmRebuildMs: warmRebuild.ms,
      warmRebuildStallMs: warmRebuild.stallMs,
      coldRebuildMs: coldRebuild.ms,
      coldRebuildStallMs: coldRebuild.stallMs,
      waitedForQuietMs,
    };
    if (process.env.CF_BENCH_OUT) writeFileSync(process.env.CF_BENCH_OUT, JSON.stringify(out));
  });
});
