/**
 * `client-friction`: the terminal front door over the same core as the
 * sidebar (spec/cli.md). Exit 0 when the scan ran, 2 for bad usage.
 */
import { readFile, statSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { CalendarDay, today } from './core/dates';
import { NoteIndex } from './core/rank/noteIndex';
import { summarizeInWorkers } from './node/workerSummarize';
import { rankReport, rankTable } from './cli/report';
import { Band, resolveSettings } from './core/settings';
import { CliIo, flagValue, parseAsOf, UsageError } from './cli/io';
import { offboardCommand } from './cli/offboard';

const USAGE = `usage:
  client-friction rank [FOLDER ...] [--as-of YYYY-MM-DD] [--json] [--glob GLOB]
  client-friction offboard NOTE [--as-of YYYY-MM-DD] [--lang en|ms]
  client-friction --help | --version`;

const VERSION = '0.1.0';

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError('a command is required (rank or offboard)');
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === 'rank') return await rankCommand(rest, io);
    if (command === 'offboard') return await offboardCommand(rest, io);
    throw new UsageError(`unknown command "${command}" (expected rank or offboard)`);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`client-friction: ${err.message}\n`);
      return 2;
    }
    io.stderr(`client-friction: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

interface RankArgs {
  folders: string[];
  asOf?: CalendarDay;
  json: boolean;
  glob?: string;
}

function parseRankArgs(argv: string[]): RankArgs {
  const args: RankArgs = { folders: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let v: string;
    if (a === '--json') args.json = true;
    else if (a === '--as-of' || a.startsWith('--as-of=')) {
      [v, i] = flagValue(argv, i, '--as-of');
      args.asOf = parseAsOf(v);
    } else if (a === '--glob' || a.startsWith('--glob=')) {
      [v, i] = flagValue(argv, i, '--glob');
      args.glob = v;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else args.folders.push(a);
  }
  return args;
}

async function rankCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseRankArgs(argv);
  const folders = (args.folders.length ? args.folders : ['.']).map((f) => resolve(io.cwd, f));
  for (const [i, folder] of folders.entries()) {
    let isDir = false;
    try {
      isDir = statSync(folder).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new UsageError(`folder not found: ${args.folders[i] ?? folder}`);
  }
  const { settings } = resolveSettings({ notesGlob: args.glob });
  const asOf = args.asOf ?? today(io.now());

  // Display ids: relative to the folder; with several folders, prefixed by its name.
  const several = folders.length > 1;
  const pathOf = new Map<string, string>();
  for (const folder of folders) {
    for (const file of findNotes(folder, settings.notesGlob)) {
      const rel = relative(folder, file).split(sep).join('/');
      pathOf.set(several ? `${basename(folder)}/${rel}` : rel, file);
    }
  }
  const index = new NoteIndex({
    settings,
    asOf,
    read: (id, done) => readFile(pathOf.get(id) as string, done),
    // Many notes: worker threads read and summarize them off the main thread
    // (what they leave, or a worker that cannot start, falls back to `read`).
    bulk: summarizeInWorkers({ pathOf: (id) => pathOf.get(id) as string }),
    isNotFound: (err) => (err as NodeJS.ErrnoException).code === 'ENOENT',
  });
  await index.build([...pathOf.keys()]);
  const portfolio = index.portfolio();

  if (args.json) {
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

/** Notes under `folder` matching the glob, sorted, skipping dependency and VCS folders. */
export function findNotes(folder: string, glob: string): string[] {
  return globSync(glob, {
    cwd: folder,
    absolute: true,
    onlyFiles: true,
    dot: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  }).sort();
}

const BAND_COLORS: Record<Band, string> = { calm: '32', watch: '33', strained: '35', fire: '31' };

function colorBand(band: Band, text: string): string {
  return `\u001b[${BAND_COLORS[band]}m${text}\u001b[0m`;
}

if (require.main === module) {
  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
    env: process.env,
    now: () => new Date(),
  }).then((code) => {
    process.exitCode = code;
  });
}
