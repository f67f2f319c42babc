/** `client-friction rank [FOLDER ...] [--as-of YYYY-MM-DD] [--json] [--glob GLOB]` (the CLI contract, shared/spec/cli.md). */
import { realpathSync, statSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { today } from '../core/dates';
import { Problem } from '../core/problems';
import { terminalText } from '../core/sinks';
import { findNotes } from '../node/findNotes';
import { readNoteAsync } from '../node/readNote';
import { NoteIndex } from '../core/rank/noteIndex';
import { Band, resolveSettings } from '../core/settings';
import { summarizeInWorkers } from '../node/workerSummarize';
import { CliIo, parseAsOf, parseFlags, UsageError } from './io';
import { rankReport, rankTable } from './report';

export async function rankCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, { 'as-of': 'string', json: 'boolean', glob: 'string' });
  const asOfArg = values['as-of'] === undefined ? undefined : parseAsOf(values['as-of']);
  const folders: string[] = [];
  const realFolders = new Set<string>();
  for (const name of positionals.length ? positionals : ['.']) {
    const folder = resolve(io.cwd, name);
    let isDir = false;
    try {
      isDir = statSync(folder).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new UsageError(`folder not found: ${terminalText(name)}`);
    // The same folder named twice (or through a link) is scanned once.
    const real = realpathSync(folder);
    if (realFolders.has(real)) continue;
    realFolders.add(real);
    folders.push(folder);
  }
  const { settings } = resolveSettings({ notesGlob: values.glob });
  const asOf = asOfArg ?? today(io.now());

  // Display ids: relative to the folder; with several folders, prefixed by
  // its name (by its path when two folders share a name: `rank x/a y/a`).
  // The walk reads only regular files inside each folder, each file once, and
  // reports what it cannot read (src/node/findNotes.ts).
  const prefixes = folderPrefixes(folders, io.cwd);
  const pathOf = new Map<string, string>();
  const walkProblems: Problem[] = [];
  const seen = new Set<string>();
  for (const [i, folder] of folders.entries()) {
    const found = findNotes(folder, settings.notesGlob, seen);
    for (const file of found.files) pathOf.set(prefixes[i] + relative(folder, file).split(sep).join('/'), file);
    for (const p of found.problems) walkProblems.push({ file: prefixes[i] + p.path, line: 1, severity: 'error', message: p.message });
  }
  const index = new NoteIndex({
    settings,
    asOf,
    // Checked before a byte is read: a regular file, at most the size cap.
    read: (id, done) => readNoteAsync(pathOf.get(id) as string, settings.maxNoteBytes, done),
    // Many notes: worker threads read and summarize them off the main thread
    // (what they leave, or a worker that cannot start, falls back to `read`).
    bulk: summarizeInWorkers({ pathOf: (id) => pathOf.get(id) as string }),
    isNotFound: (err) => (err as NodeJS.ErrnoException).code === 'ENOENT',
  });
  await index.build([...pathOf.keys()]);
  const portfolio = index.portfolio();
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
        scanned: folders.map((f) => relative(io.cwd, f) || '.').join(', '),
      }),
    );
  }
  return 0;
}

/**
 * The prefix of each folder's note ids: none for one folder; its name for
 * several; its path from the working directory where names repeat (and a
 * number where even those do), so no two folders' notes share an id.
 */
export function folderPrefixes(folders: readonly string[], cwd: string): string[] {
  if (folders.length <= 1) return folders.map(() => '');
  const names = folders.map((f) => basename(f) || f);
  const taken = new Set<string>();
  return folders.map((folder, i) => {
    let prefix = names.filter((n) => n === names[i]).length > 1 ? relative(cwd, folder).split(sep).join('/') || basename(folder) : names[i];
    for (let k = 2; taken.has(prefix); k++) prefix = `${names[i]}#${k}`;
    taken.add(prefix);
    return `${prefix}/`;
  });
}

const BAND_COLORS: Record<Band, string> = { calm: '32', watch: '33', strained: '35', fire: '31' };

function colorBand(band: Band, text: string): string {
  return `\u001b[${BAND_COLORS[band]}m${text}\u001b[0m`;
}
