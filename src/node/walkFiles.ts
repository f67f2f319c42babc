/**
 * The files of a local folder that a notes glob names, found with Node's
 * callback readdir a folder at a time: for the extension host, in place of
 * `vscode.workspace.findFiles`, which for 10,000 notes took a second and, in
 * a remote extension host (code-server, SSH, containers), ran its search's
 * output through the host's own thread (30–50 ms at once, measured in
 * `npm run bench:vscode`). Here each folder is listed off the thread and its
 * entries are looked at a slice at a time.
 *
 * What it finds is what findFiles found with the extension's arguments: files
 * whose path relative to the root matches the glob (dot files and dot
 * folders included, as VS Code's globs match them), never inside a folder
 * named node_modules or .git. Links are followed, to files and to folders (a
 * notes folder may be a link to a synced folder elsewhere), but each real
 * folder is walked once, by its own path before any link to it: the folders
 * reached without a link first, then those reached through links, by path,
 * a level of links at a time. So a link loop ends, a link to the root or above it adds
 * nothing, no layout of links multiplies the walk, and the same files give
 * the same paths. A folder that cannot be listed, or a link that leads
 * nowhere, is passed over.
 */
import { Dirent, readdir, realpath, stat, Stats } from 'node:fs';
import { join, sep } from 'node:path';
import picomatch from 'picomatch';
import { Slicer } from '../core/slices';

/** Folders never searched for notes, by the extension's walk, its findFiles and the CLI's walk (findNotes.ts). */
export const SKIPPED_FOLDER_NAMES: ReadonlySet<string> = new Set(['node_modules', '.git']);

function listed(dir: string): Promise<Dirent[] | undefined> {
  return new Promise((resolve) => readdir(dir, { withFileTypes: true }, (err, entries) => resolve(err ? undefined : entries)));
}

function realOf(path: string): Promise<string | undefined> {
  return new Promise((resolve) => realpath(path, (err, real) => resolve(err ? undefined : real)));
}

function statOf(path: string): Promise<Stats | undefined> {
  return new Promise((resolve) => stat(path, (err, s) => resolve(err ? undefined : s)));
}

/**
 * Paths relative to `root` (`/`-separated, sorted) of the files under
 * `root/start` that `glob` matches (relative to `root`; read by picomatch),
 * or of every file there when no glob is given (the extension then reads the
 * glob with VS Code's own matcher, as its file watcher does). `start` is a
 * `/`-separated folder inside the root ('' for the root itself): the glob's
 * base, or a folder just created.
 */
export async function walkFiles(root: string, start: string, glob?: string): Promise<string[]> {
  const matches = glob === undefined ? () => true : picomatch(glob, { dot: true });
  const out: string[] = [];
  const rootReal = await realOf(root);
  const startPath = start ? join(root, ...start.split('/')) : root;
  const startReal = await realOf(startPath);
  if (rootReal === undefined || startReal === undefined || !(await statOf(startReal))?.isDirectory()) return out;
  // A folder that holds the root (a link to `..` or `/`) would walk it again, and more.
  const holdsRoot = (real: string) => rootReal === real || rootReal.startsWith(real.endsWith(sep) ? real : real + sep);
  const walked = new Set<string>([startReal]);
  type Folder = { path: string; real: string; rel: string };
  const folders: Folder[] = [{ path: startPath, real: startReal, rel: start }];
  // Folders reached through a link, walked once no folder is left without
  // one: those found since the last such moment sorted by path (each sorted
  // once, however many there are), then queued after the earlier ones.
  let found: Folder[] = [];
  const linked: Folder[] = [];
  let next = 0;
  const slicer = new Slicer();
  for (;;) {
    let folder = folders.pop();
    if (folder === undefined) {
      for (const f of found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) linked.push(f);
      found = [];
      while (next < linked.length && walked.has(linked[next].real)) next++;
      folder = linked[next++];
      if (folder === undefined) break;
      walked.add(folder.real);
    }
    const entries = await listed(folder.path);
    if (entries === undefined) continue; // gone, or not readable: its notes are missing, as they were from findFiles
    for (const entry of entries) {
      const turn = slicer.step();
      if (turn) await turn;
      const name = entry.name;
      const rel = folder.rel ? `${folder.rel}/${name}` : name;
      const path = join(folder.path, name);
      if (entry.isDirectory()) {
        const real = join(folder.real, name);
        if (SKIPPED_FOLDER_NAMES.has(name) || walked.has(real)) continue;
        walked.add(real);
        folders.push({ path, real, rel });
      } else if (entry.isSymbolicLink()) {
        const real = await realOf(path);
        const target = real === undefined ? undefined : await statOf(real);
        if (real === undefined || target === undefined) continue; // leads nowhere
        if (!target.isDirectory()) {
          if (matches(rel)) out.push(rel);
        } else if (!SKIPPED_FOLDER_NAMES.has(name) && !holdsRoot(real) && !walked.has(real)) {
          found.push({ path, real, rel });
        }
      } else if (matches(rel)) {
        out.push(rel);
      }
    }
  }
  return out.sort();
}
