/**
 * `client-friction examples DIR`: a copy of the bundled example clients to
 * try the commands on, with every date moved by whole weeks so that the
 * newest entry is of the last week (src/core/examples.ts). An earlier copy
 * that nobody edited is brought to this week; an edited one is kept.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { today } from '../core/dates';
import { ExampleFile, existingCopyState, freshExamples } from '../core/examples';
import { catalogue } from '../core/l10n';
import { Language } from '../core/settings';
import { terminalText } from '../core/sinks';
import { CliIo, parseFlags, UsageError } from './io';

/** The bundled examples/ folder: beside dist/ (the installed CLI), or above the compiled sources. */
export function bundledExamplesDir(from = __dirname): string | undefined {
  for (let dir = from, up = 0; up < 4; dir = dirname(dir), up++) {
    if (existsSync(join(dir, 'examples', 'clients'))) return join(dir, 'examples');
  }
  return undefined;
}

/** Every file under `dir`, by its `/`-separated path inside it (a small folder: the examples, or a copy of them). */
export function readFolderFiles(dir: string): ExampleFile[] {
  const files: ExampleFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push({ path: relative(dir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export function writeFolderFiles(dir: string, files: readonly ExampleFile[]): void {
  for (const f of files) {
    const target = join(dir, ...f.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.text);
  }
}

export async function examplesCommand(argv: string[], io: CliIo, language: Language): Promise<number> {
  const l10n = catalogue(language);
  const { positionals } = parseFlags(argv, {}, l10n);
  if (positionals.length !== 1) throw new UsageError(l10n.t('examples needs the one FOLDER to copy the example clients into'));
  const source = bundledExamplesDir();
  if (!source) throw new UsageError(l10n.t('the example clients are not installed beside this command'));
  const target = resolve(io.cwd, positionals[0]);
  const shown = terminalText(positionals[0]);
  const day = today(io.now());
  const originals = readFolderFiles(source);
  const fresh = freshExamples(originals, day);
  const weeks = fresh.days / 7;
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new UsageError(l10n.t('{0} is not a folder', shown));
    const state = readdirSync(target).length === 0 ? 'refresh' : existingCopyState(originals, readFolderFiles(target), day);
    if (state === 'keep') {
      io.stdout(`${l10n.t('{0} already holds notes that are not an unedited copy of the examples: kept as they are (remove the folder to start afresh)', shown)}\n`);
      return 0;
    }
    if (state === 'current') {
      io.stdout(`${l10n.t('{0} already holds this week\'s copy of the example clients', shown)}\n`);
      return 0;
    }
  }
  writeFolderFiles(target, fresh.files);
  const notes = fresh.files.filter((f) => /\.md$/i.test(f.path)).length;
  io.stdout(`${l10n.t('Copied {0} example clients to {1}, every date moved {2} weeks on (the newest entry is of the last week)', notes, shown, weeks)}\n`);
  return 0;
}
