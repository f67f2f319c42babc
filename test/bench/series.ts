/**
 * What a chart of the score over time costs: 26 weekly points per client
 * (frictionSeries over weeklyDays), on the examples and on generated notes,
 * against scoring each note once. Notes are parsed once, as the report would
 * do; the parse is timed apart. Printed, not asserted (timing asserts in tests
 * are flaky). Run alone: `node out/test/bench/series.js [--notes N]`, or
 * as part of `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseIsoDay } from '../../src/core/dates';
import { ClientNote, parseClientNote } from '../../src/core/read/note';
import { frictionScore } from '../../src/core/score/friction';
import { frictionSeries, trendOf, weeklyDays } from '../../src/core/score/trend';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { generateNote } from './generateNotes';

const AS_OF = parseIsoDay('2026-11-27')!;

export interface SeriesFigures {
  notes: number;
  parseMs: number;
  scoreOnceMs: number;
  trendMs: number;
  series26Ms: number;
  series26PerNoteUs: number;
}

/** The least CPU time (user + system, ms) of `runs` runs: less disturbed by other processes than the wall clock. */
function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = process.cpuUsage();
    fn();
    const used = process.cpuUsage(t);
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
}

export function measureSeries(texts: readonly string[], runs = 3): SeriesFigures {
  const s = DEFAULT_SETTINGS;
  let notes: ClientNote[] = [];
  const parseMs = best(runs, () => {
    notes = texts.map((text, i) => parseClientNote(text, { file: `clients/n${i}.md`, fileStem: `n${i}`, settings: s }));
  });
  const days = weeklyDays(AS_OF);
  let sink = 0;
  const scoreOnceMs = best(runs, () => {
    for (const n of notes) sink += frictionScore(n, s, AS_OF, { evidence: false }).score;
  });
  const trendMs = best(runs, () => {
    for (const n of notes) sink += trendOf(n, s, AS_OF).delta;
  });
  const series26Ms = best(runs, () => {
    for (const n of notes) sink += frictionSeries(n, s, days)[25].score;
  });
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return { notes: notes.length, parseMs, scoreOnceMs, trendMs, series26Ms, series26PerNoteUs: (series26Ms / notes.length) * 1000 };
}

export function describeSeries(label: string, f: SeriesFigures): string {
  return (
    `${label}: ${f.notes} notes parsed in ${f.parseMs.toFixed(1)} ms; scored once ${f.scoreOnceMs.toFixed(1)} ms, ` +
    `with the 30-day trend ${f.trendMs.toFixed(1)} ms; 26 weekly points ${f.series26Ms.toFixed(1)} ms ` +
    `(${f.series26PerNoteUs.toFixed(1)} µs a note, ${(f.series26Ms / f.scoreOnceMs).toFixed(1)}x one score)`
  );
}

/** The notes of examples/clients, found above this file (compiled to out/ or bundled). */
export function exampleTexts(): string[] {
  let root = __dirname;
  while (!existsSync(join(root, 'examples', 'clients')) && dirname(root) !== root) root = dirname(root);
  const dir = join(root, 'examples', 'clients');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

if (require.main === module) {
  const at = process.argv.indexOf('--notes');
  const count = at >= 0 ? Number(process.argv[at + 1]) : 10_000;
  process.stdout.write(`${describeSeries('examples', measureSeries(exampleTexts(), 20))}\n`);
  process.stdout.write(`${describeSeries('generated', measureSeries(Array.from({ length: count }, (_, i) => generateNote(i))))}\n`);
}
