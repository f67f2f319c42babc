/**
 * `client-friction rank [FOLDER ...] [--as-of YYYY-MM-DD] [--json] [--glob GLOB] [--cache DIR]
 * [--settings FILE | --no-settings]` (the CLI contract, ../shared/spec/cli.md). With `--cache DIR`, the summaries
 * are kept in DIR between runs, and a run reads only the notes that changed
 * (src/core/rank/summaryCache.ts).
 */
import { realpathSync, stat } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { SummaryCache } from '../core/rank/summaryCache';
import { cacheFilesIn } from '../node/cacheFiles';
import { fileStatOf, readNoteAsync, statNotes } from '../node/readNote';
import { NoteIndex } from '../core/rank/noteIndex';
import { catalogue } from '../core/l10n';
import { buildPortfolio, ClientSummary, Portfolio } from '../core/rank/portfolio';
import { Band, Language } from '../core/settings';
import { summarizeInWorkers } from '../node/workerSummarize';
import { CliIo, parseFlags } from './io';
import { rankReport, rankTable } from './report';
import { displayFolder } from './scan';
import { SETTINGS_FLAGS } from './settings';
import { scanWorkspace } from './workspace';

export async function rankCommand(argv: string[], io: CliIo, language: Language): Promise<number> {
  const l10n = catalogue(language);
  const { values, positionals } = parseFlags(argv, { 'as-of': 'string', 'home-currency': 'string', json: 'boolean', glob: 'string', cache: 'string', ...SETTINGS_FLAGS }, l10n);
  // The table's signal details and evidence in its language; the JSON
  // document is the same in every language (../shared/spec/cli.md), in English.
  const scanned = scanWorkspace(positionals, values, io, values.json ? 'en' : language, l10n);
  const { folders, pathOf, problems: walkProblems, asOf } = scanned;
  // Each group of folders that share settings and day is one index (and one
  // cache, of its folders and notes glob); a single group is the usual case.
  const summaries: ClientSummary[] = [];
  let portfolio: Portfolio | undefined;
  for (const group of scanned.groups) {
    const { settings } = group;
    // Summaries worded in another language than this run's are not used: see summarySettingsKey.
    const scanKey = JSON.stringify([group.folders.map((i) => realpathSync(folders[i])), settings.notesGlob]);
    const cache = values.cache === undefined ? undefined : new SummaryCache(cacheFilesIn(resolve(io.cwd, values.cache)), scanKey, settings);
    const index = new NoteIndex({
      settings,
      asOf: group.asOf,
      // Checked before a byte is read: a regular file, at most the size cap.
      read: (id, done) => readNoteAsync(pathOf.get(id) as string, settings.maxNoteBytes, done),
      // Many notes: worker threads read and summarize them off the main thread
      // (what they leave, or a worker that cannot start, falls back to `read`).
      bulk: summarizeInWorkers({ pathOf: (id) => pathOf.get(id) as string }),
      isNotFound: (err) => (err as NodeJS.ErrnoException).code === 'ENOENT',
      stat: (id, done) => stat(pathOf.get(id) as string, (err, s) => done(err, s && fileStatOf(s))),
      statAll: (ids) => statNotes(ids.map((id) => pathOf.get(id) as string)),
      keepFacts: cache !== undefined,
    });
    await index.build(group.ids, await cache?.load(group.asOf));
    if (scanned.groups.length === 1) portfolio = index.portfolio();
    else summaries.push(...index.summaries());
    if (cache) await cache.save(await index.cacheEntries(), group.asOf);
  }
  // Several groups of settings: income is counted as the first folder's settings say (its home currency and rates).
  portfolio ??= buildPortfolio(summaries, scanned.groups[0].settings);
  if (walkProblems.length) {
    portfolio.problems = [...portfolio.problems, ...walkProblems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  }

  if (values.json) {
    io.stdout(`${JSON.stringify(rankReport(portfolio, asOf), null, 2)}\n`);
  } else {
    const color = io.isTTY && !io.env.NO_COLOR;
    io.stdout(
      rankTable(portfolio, asOf, {
        width: io.isTTY ? io.columns : undefined,
        colorBand: color ? colorBand : undefined,
        scanned: folders.map((f) => displayFolder(f, io.cwd, io.env.HOME ?? homedir())).join(', '),
        concentrationShare: scanned.groups[0].settings.concentrationShare,
        l10n,
      }),
    );
  }
  return 0;
}

const BAND_COLORS: Record<Band, string> = { calm: '32', watch: '33', strained: '35', fire: '31' };

function colorBand(band: Band, text: string): string {
  return `\u001b[${BAND_COLORS[band]}m${text}\u001b[0m`;
}
