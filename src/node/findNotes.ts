/**
 * Finding the notes under a folder on disk, for the CLI, as a hostile or
 * unlucky folder may be laid out: only regular files are notes (never
 * `/dev/zero`); a link is followed, to a file or a folder anywhere (the notes
 * folder may be a link to a synced folder elsewhere, as the extension's walk
 * has it), but never to a folder that holds the one scanned (`/`, `..`:
 * the walk would take in the folder again and everything around it); each
 * file and each folder counts once however many links lead to it (a link
 * loop ends); and what cannot be read (a folder without permission, a link
 * that leads nowhere or to one that holds the folder, a device) is reported,
 * not dropped.
 */
import { Dirent, lstatSync, readdirSync, realpathSync, statSync, Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { catalogue, L10n } from '../core/l10n';
import { readFailureReason } from '../core/read/note';
import { NoteRefused, openError } from './readNote';
import { SKIPPED_FOLDER_NAMES } from './walkFiles';

export interface FoundNotes {
  /** Absolute paths of the notes (as walked, not resolved), sorted. */
  files: string[];
  /** What could not be read, by path relative to the folder. */
  problems: { path: string; message: string }[];
}

function readEntries(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true });
}


/**
 * The notes under `folder` matching `glob` (relative to it, `/`-separated).
 * `seen` (device:inode of the files already counted) lets several folders
 * share one count, so a note reached from two of them counts once.
 */
export interface FindOptions {
  /** device:inode of the files already counted, shared by several folders' walks. */
  seen?: Set<string>;
  /** How a folder is listed (tests: a folder that cannot be). */
  readDir?: (dir: string) => Dirent[];
  /** The language of the problems. */
  l10n?: L10n;
}

export function findNotes(folder: string, glob: string, { seen = new Set(), readDir = readEntries, l10n = catalogue('en') }: FindOptions = {}): FoundNotes {
  const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  // Why a path cannot be read: its code, or in words when its name is why.
  const unreadable = (err: Error, path: string) => {
    const why = openError(err, path);
    return why instanceof NoteRefused ? readFailureReason(why, l10n) : code(err);
  };
  const found: FoundNotes = { files: [], problems: [] };
  const root = realpathSync(folder);
  const matches = picomatch(glob, { dot: false });
  const base = picomatch.scan(glob).base;
  // A folder that holds the root (or is it): following a link to it would walk the root again, and more.
  const holdsRoot = (real: string) => root === real || root.startsWith(real.endsWith(sep) ? real : real + sep);
  const rel = (path: string) => relative(folder, path).split(sep).join('/');
  const visitedDirs = new Set<string>();
  const candidates: { path: string; stats: Stats; viaLink: boolean }[] = [];

  const start = base ? join(folder, base) : folder;
  let startStats: Stats;
  try {
    startStats = statSync(start);
  } catch {
    // No such sub-folder: no notes. A link there that leads nowhere (a synced folder not mounted) is said.
    if (start !== folder && lstatSync(start, { throwIfNoEntry: false })?.isSymbolicLink()) {
      found.problems.push({ path: rel(start), message: l10n.t('the link leads nowhere; no notes were read from it') });
    }
    return found;
  }
  if (!startStats.isDirectory()) return found;
  if (start !== folder && holdsRoot(realpathSync(start))) {
    found.problems.push({ path: rel(start), message: l10n.t('the link leads to a folder that holds this one; it was not followed') });
    return found;
  }

  const walk = (dir: string, stats: Stats) => {
    const key = `${stats.dev}:${stats.ino}`;
    if (visitedDirs.has(key)) return; // a link loop, or a folder reached twice
    visitedDirs.add(key);
    let entries;
    try {
      entries = readDir(dir);
    } catch (err) {
      found.problems.push({ path: rel(dir) || '.', message: l10n.t('the folder could not be read ({0}); notes in it are missing', code(err)) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const name = rel(path);
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDER_NAMES.has(entry.name) || entry.name.startsWith('.')) continue;
        let stats: Stats;
        try {
          stats = lstatSync(path);
        } catch (err) {
          // A name that is not UTF-8 cannot be opened by the name Node reads.
          found.problems.push({ path: name, message: l10n.t('the folder could not be read ({0}); notes in it are missing', unreadable(err as Error, path)) });
          continue;
        }
        walk(path, stats);
        continue;
      }
      if (entry.isSymbolicLink()) {
        let real: string;
        let target: Stats;
        try {
          real = realpathSync(path);
          target = statSync(real);
        } catch (err) {
          const why = openError(err as Error, path);
          if (why instanceof NoteRefused) found.problems.push({ path: name, message: l10n.t('the note could not be read ({0})', readFailureReason(why, l10n)) });
          else if (matches(name)) found.problems.push({ path: name, message: l10n.t('the link leads nowhere; it was not read') });
          continue;
        }
        if (target.isDirectory() && holdsRoot(real)) {
          found.problems.push({ path: name, message: l10n.t('the link leads to a folder that holds this one; it was not followed') });
          continue;
        }
        if (target.isDirectory()) {
          if (!SKIPPED_FOLDER_NAMES.has(entry.name) && !entry.name.startsWith('.')) walk(path, target);
        } else if (matches(name)) {
          if (target.isFile()) candidates.push({ path, stats: target, viaLink: true });
          else found.problems.push({ path: name, message: l10n.t('the link leads to something that is not a file; it was not read') });
        }
        continue;
      }
      if (!matches(name)) continue;
      if (entry.isFile()) {
        try {
          candidates.push({ path, stats: lstatSync(path), viaLink: false });
        } catch (err) {
          found.problems.push({ path: name, message: l10n.t('the note could not be read ({0})', unreadable(err as Error, path)) });
        }
      } else {
        found.problems.push({ path: name, message: l10n.t('not a regular file (a device, pipe or socket); it was not read') });
      }
    }
  };
  walk(start, startStats);

  // A regular file before a link to it, then by path: each file counts once.
  candidates.sort((a, b) => Number(a.viaLink) - Number(b.viaLink) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, stats } of candidates) {
    const key = `${stats.dev}:${stats.ino}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.files.push(path);
  }
  found.files.sort();
  return found;
}
