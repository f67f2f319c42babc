/**
 * The folders a command scans and the notes in them, named as the CLI
 * contract names them (../shared/spec/cli.md). The walk reads only regular files
 * inside each folder, each file once, and reports what it cannot read
 * (src/node/findNotes.ts).
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { L10n } from '../core/l10n';
import { Problem } from '../core/problems';
import { terminalText } from '../core/sinks';
import { findNotes } from '../node/findNotes';
import { readFailureReason } from '../core/read/note';
import { NoteRefused } from '../node/readNote';
import { UsageError } from './io';

export interface ScannedNotes {
  /** The folders, absolute, each once. */
  folders: string[];
  /** Display id (relative to its folder; with several folders, prefixed: see folderPrefixes) → absolute path. */
  pathOf: Map<string, string>;
  /** The prefix of each folder's ids (see folderPrefixes). */
  prefixes: string[];
  /** Display id → the index of its folder. */
  folderOf: Map<string, number>;
  /** What the walk could not read (a folder without permission, a link out of the folder, a device), on line 1. */
  problems: Problem[];
}

/** The folders named (default: the current directory), absolute, each real folder once; one that does not exist is bad usage. */
export function resolveFolders(args: readonly string[], cwd: string, l10n: L10n): string[] {
  const folders: string[] = [];
  const realFolders = new Set<string>();
  for (const name of args.length ? args : ['.']) {
    const folder = resolve(cwd, name);
    let isDir = false;
    try {
      isDir = statSync(folder).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir && name.includes('\ufffd')) throw new UsageError(l10n.t('cannot read {0}: {1}', terminalText(name), readFailureReason(new NoteRefused('EBADNAME'), l10n)));
    if (!isDir) throw new UsageError(l10n.t('folder not found: {0}', terminalText(name)));
    // The same folder named twice (or through a link) is scanned once.
    const real = realpathSync(folder);
    if (realFolders.has(real)) continue;
    realFolders.add(real);
    folders.push(folder);
  }
  return folders;
}

/** The notes under each folder, each found with its folder's notes glob. */
export function scanFolders(folders: readonly string[], cwd: string, globOf: (folderIndex: number) => string, l10n: L10n): ScannedNotes {
  const prefixes = folderPrefixes(folders, cwd);
  const pathOf = new Map<string, string>();
  const folderOf = new Map<string, number>();
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [i, folder] of folders.entries()) {
    const found = findNotes(folder, globOf(i), { seen, l10n });
    for (const file of found.files) {
      const id = prefixes[i] + relative(folder, file).split(sep).join('/');
      pathOf.set(id, file);
      folderOf.set(id, i);
    }
    for (const p of found.problems) problems.push({ file: prefixes[i] + p.path, line: 1, severity: 'error', message: p.message });
  }
  return { folders: [...folders], prefixes, pathOf, folderOf, problems };
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

/**
 * A scanned folder as the report's heading names it: relative to the working
 * directory when it is inside it (`.`, `examples`), never climbing out of it
 * with `..`; otherwise its absolute path, with `~` for the home directory.
 */
export function displayFolder(folder: string, cwd: string, home?: string): string {
  const inside = relative(cwd, folder);
  if (!inside) return '.';
  if (!isOutside(inside)) return inside.split(sep).join('/');
  const fromHome = home ? relative(home, folder) : '..';
  if (!isOutside(fromHome)) return fromHome ? `~/${fromHome.split(sep).join('/')}` : '~';
  return folder;
}

/** Whether a path from `relative` leaves its base (`..`, `../x`, or another drive's absolute path). */
function isOutside(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}
