/**
 * CPU per note, stage by stage, of what the index does to a note it reads:
 * decode the bytes, find the frontmatter, read its YAML, scan the body, read
 * the fields (the rest of the parse), score as of today, score 30 days
 * earlier (the trend) and the rest of the summary. Each stage runs alone over
 * the same notes, read as the parser reads them (offsets of the note's own
 * string), with the JIT warmed up: the best of several runs of CPU time
 * (process.cpuUsage), which other load disturbs less than the wall clock.
 * The first pass over fresh code (the JIT cold, as in a worker's first notes)
 * is printed too. Run from a bundle, as the product runs (`npm run bench`).
 */
import { CalendarDay } from '../../src/core/dates';
import { findFrontmatter } from '../../src/core/read/frontmatter';
import { scanBody } from '../../src/core/read/markdownBody';
import { ClientNote, parseClientNote } from '../../src/core/read/note';
import { loadYaml } from '../../src/core/read/yaml';
import { summarizeNoteBytes } from '../../src/core/rank/portfolio';
import { frictionScore } from '../../src/core/score/friction';
import { FrictionSettings } from '../../src/core/settings';

export interface StageFigures {
  notes: number;
  /** µs per note, JIT warm, best of runs. */
  stages: Record<string, number>;
  /** summarizeNoteBytes, whole, JIT warm (µs per note). */
  totalUs: number;
  /** The same over the first pass, JIT cold (µs per note). */
  firstPassUs: number;
}

/** The least CPU time (µs) of `runs` runs of `fn`. */
function bestCpu(runs: number, fn: () => unknown): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = process.cpuUsage();
    fn();
    const u = process.cpuUsage(t);
    best = Math.min(best, u.user + u.system);
  }
  return best;
}

export function measureStages(byteNotes: readonly Uint8Array[], settings: FrictionSettings, asOf: CalendarDay, runs = 5): StageFigures {
  const n = byteNotes.length;
  const file = (i: number) => `clients/n${i}.md`;
  let sink = 0;
  // The first pass: the whole summary over fresh code.
  const first = process.cpuUsage();
  for (let i = 0; i < n; i++) sink += summarizeNoteBytes(file(i), `n${i}`, byteNotes[i], settings, asOf).score;
  const firstUsed = process.cpuUsage(first);
  const firstPassUs = (firstUsed.user + firstUsed.system) / n;

  const decoder = new TextDecoder();
  const texts = byteNotes.map((b) => decoder.decode(b));
  const blocks = texts.map((t) => findFrontmatter(t));
  const total = bestCpu(runs, () => {
    for (let i = 0; i < n; i++) sink += summarizeNoteBytes(file(i), `n${i}`, byteNotes[i], settings, asOf).score;
  });
  const decode = bestCpu(runs, () => {
    for (let i = 0; i < n; i++) sink += decoder.decode(byteNotes[i]).length;
  });
  const split = bestCpu(runs, () => {
    for (let i = 0; i < n; i++) sink += findFrontmatter(texts[i])?.bodyStart ?? 0;
  });
  const yaml = bestCpu(runs, () => {
    for (let i = 0; i < n; i++) {
      const b = blocks[i];
      if (b?.closed) sink += loadYaml(texts[i], b.yamlStart, b.yamlEnd) ? 1 : 0;
    }
  });
  const body = bestCpu(runs, () => {
    for (let i = 0; i < n; i++) sink += scanBody(texts[i], blocks[i]?.bodyStartLine ?? 1, settings.tagSynonyms, blocks[i]?.bodyStart ?? 0).log.length;
  });
  const parse = bestCpu(runs, () => {
    for (let i = 0; i < n; i++) sink += parseClientNote(texts[i], { file: file(i), fileStem: `n${i}`, settings }).log.length;
  });
  // Scoring reads parsed notes: parsed once, outside the timing.
  const notes: ClientNote[] = texts.map((t, i) => parseClientNote(t, { file: file(i), fileStem: `n${i}`, settings }));
  const score = bestCpu(runs, () => {
    for (const note of notes) sink += frictionScore(note, settings, asOf, { evidence: false }).score;
  });
  const trend = bestCpu(runs, () => {
    for (const note of notes) sink += frictionScore(note, settings, asOf - 30, { evidence: false, details: false }).score;
  });
  if (Number.isNaN(sink)) throw new Error('unreachable');
  const per = (us: number) => us / n;
  const fields = Math.max(0, parse - split - yaml - body);
  const summary = Math.max(0, total - decode - parse - score - trend);
  return {
    notes: n,
    stages: {
      decode: per(decode),
      'frontmatter split': per(split),
      YAML: per(yaml),
      'body scan': per(body),
      'fields and the rest of the parse': per(fields),
      score: per(score),
      'trend (the score 30 days earlier)': per(trend),
      'summary (the rest)': per(summary),
    },
    totalUs: per(total),
    firstPassUs,
  };
}

export function describeStages(f: StageFigures): string[] {
  const lines = Object.entries(f.stages).map(([stage, us]) => `    ${us.toFixed(1).padStart(6)} µs  ${stage}`);
  return [...lines, `    ${f.totalUs.toFixed(1).padStart(6)} µs  in all (summarizeNoteBytes, JIT warm; stages timed apart do not add up exactly)`, `    ${f.firstPassUs.toFixed(1).padStart(6)} µs  in all over the first pass (JIT cold, as in a worker's first notes)`];
}
