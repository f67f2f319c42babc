/** The folders a command scans and the notes in them, named as the CLI contract names them (shared/spec/cli.md). */
import { statSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { UsageError } from './io';

export interface ScannedNotes {
  /** The folders, absolute. */
  folders: string[];
  /** Display id (relative to its folder; with several folders, prefixed by the folder's name) → absolute path. */
  pathOf: Map<string, string>;
}

/** The notes under each folder (default: the current directory); a folder that does not exist is bad usage. */
export function scanFolders(args: readonly string[], cwd: string, glob: string): ScannedNotes {
  const folders = (args.length ? args : ['.']).map((f) => resolve(cwd, f));
  for (const [i, folder] of folders.entries()) {
    let isDir = false;
    try {
      isDir = statSync(folder).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new UsageError(`folder not found: ${args[i] ?? folder}`);
  }
  const several = folders.length > 1;
  const pathOf = new Map<string, string>();
  for (const folder of folders) {
    for (const file of findNotes(folder, glob)) {
      const rel = relative(folder, file).split(sep).join('/');
      pathOf.set(several ? `${basename(folder)}/${rel}` : rel, file);
    }
  }
  return { folders, pathOf };
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
