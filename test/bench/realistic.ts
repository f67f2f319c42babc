/**
 * The realistic heavy user of issue 23: 300 notes of 5 years each (~120 KB a
 * note), measured where a user feels it: the first open (cold), the start of
 * the same day and of the next day from the summary cache, one changed note,
 * and a keystroke in a note open in the editor; with the longest turn the
 * main thread was held (an event loop monitor at 1 ms).
 */
import { mkdirSync, readFile, stat, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { NoteIndex, ReadBytes, StatNote } from '../../src/core/rank/noteIndex';
import { SummaryCache } from '../../src/core/rank/summaryCache';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { cacheFilesIn } from '../../src/node/cacheFiles';
import { fileStatOf, statNotes } from '../../src/node/readNote';
import { summarizeInWorkers } from '../../src/node/workerSummarize';
import { yearsNote } from './generateNotes';

export interface RealisticFigures {
  notes: number;
  megabytes: number;
  readFloorMs: number;
  coldMs: number;
  coldPortMs: number;
  warmSameDayMs: number;
  warmNextDayMs: number;
  /** The longest the main thread was held in one turn while the next day's start ran (ms). */
  nextDaySliceMs: number;
  oneChangedP95Ms: number;
  keystrokeP95Ms: number;
}

function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  return fn().then(() => performance.now() - t);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}

function readAll(files: string[], inFlight = 32): Promise<number> {
  let next = 0;
  let bytes = 0;
  return new Promise((resolve, reject) => {
    let running = 0;
    const pump = () => {
      if (next >= files.length && running === 0) return resolve(bytes);
      while (running < inFlight && next < files.length) {
        running++;
        readFile(files[next++], (err, data) => {
          running--;
          if (err) return reject(err);
          bytes += data.length;
          pump();
        });
      }
    };
    pump();
  });
}

export async function measureRealistic(dir: string, asOf: number, workers: number, workerScript: string, runs = 3, count = 300): Promise<RealisticFigures> {
  const folder = join(dir, 'realistic');
  mkdirSync(join(folder, 'clients'), { recursive: true });
  const files: string[] = [];
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (let i = 0; i < count; i++) {
    const file = join(folder, 'clients', `client-${i}.md`);
    writeFileSync(file, yearsNote(i));
    utimesSync(file, anHourAgo, anHourAgo);
    files.push(file);
  }
  const bytes = await readAll(files);
  const read: ReadBytes = (id, done) => readFile(id, done);
  const statNote: StatNote = (id, done) => stat(id, (err, st) => done(err, st && fileStatOf(st)));
  const bulk = summarizeInWorkers({ pathOf: (id) => id, workers, script: workerScript });
  const newIndex = (day: number, withBulk: boolean, keepFacts = false) =>
    new NoteIndex({ settings: DEFAULT_SETTINGS, asOf: day, read, bulk: withBulk ? bulk : undefined, stat: statNote, statAll: (ids) => statNotes(ids), keepFacts });

  const floors: number[] = [];
  const colds: number[] = [];
  const portColds: number[] = [];
  for (let run = 0; run < runs; run++) {
    floors.push(await time(() => readAll(files)));
    colds.push(await time(() => newIndex(asOf, true).build(files)));
    portColds.push(await time(() => newIndex(asOf, false).build(files)));
  }

  const cacheDir = join(folder, 'cache');
  const writer = newIndex(asOf, true, true);
  await writer.build(files);
  await new SummaryCache(cacheFilesIn(cacheDir), folder, DEFAULT_SETTINGS).save(await writer.cacheEntries(), asOf);
  writer.dispose();
  const warm = async (day: number, slices?: number[]) => {
    const fresh = newIndex(day, true, true);
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const ms = await time(async () => {
      const cached = await new SummaryCache(cacheFilesIn(cacheDir), folder, DEFAULT_SETTINGS).load(day);
      await fresh.build(files, cached);
      fresh.portfolio();
    });
    delay.disable();
    slices?.push(delay.max / 1e6);
    fresh.dispose();
    return ms;
  };
  const sameDay: number[] = [];
  const nextDay: number[] = [];
  const nextDaySlices: number[] = [];
  for (let run = 0; run < runs; run++) {
    sameDay.push(await warm(asOf));
    nextDay.push(await warm(asOf + 1, nextDaySlices));
  }

  // One changed note, re-read and re-ranked; a keystroke in an open note, re-read from the editor's text.
  const index = newIndex(asOf, false);
  await index.build(files);
  const changed: number[] = [];
  const keys: number[] = [];
  for (let k = 0; k < 60; k++) {
    const file = files[(k * 37) % files.length];
    writeFileSync(file, `${yearsNote((k * 37) % files.length)}- 2026-11-26 22:15 Call about change ${k} #urgent\n`);
    const t = performance.now();
    await index.refresh(file);
    index.pareto();
    changed.push(performance.now() - t);
    const text = `${yearsNote(7)}- 2026-11-26 Call about keystroke ${k}\n`;
    const u = performance.now();
    index.updateFromText(files[7], text);
    keys.push(performance.now() - u);
  }
  index.dispose();
  const floor = median(floors);
  return {
    notes: count,
    megabytes: Math.round((bytes / 1024 / 1024) * 10) / 10,
    readFloorMs: floor,
    coldMs: median(colds),
    coldPortMs: median(portColds),
    warmSameDayMs: median(sameDay),
    warmNextDayMs: median(nextDay),
    nextDaySliceMs: median(nextDaySlices),
    oneChangedP95Ms: p95(changed.slice(10)),
    keystrokeP95Ms: p95(keys.slice(10)),
  };
}
