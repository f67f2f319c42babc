/** What the workspace model asks of a note's file: its stem, whether the notes glob takes it, whether it exists, where the notes are. */
import { isAbsolute, relative, sep } from 'node:path';
import * as vscode from 'vscode';
import { mapInSlices, nextTurn, Slicer } from '../../core/slices';
import { SKIPPED_FOLDER_NAMES, walkFiles } from '../../node/walkFiles';

/** The file name without its markdown extension: the name fallback of a note without `client:`. */
export function noteStem(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.(md|markdown)$/i, '');
}

/** Whether a file is (or would be) a client note: under a workspace folder and matching the notes glob there. */
export function matchesNotesGlob(uri: vscode.Uri, glob: string): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  return inPattern(new vscode.RelativePattern(folder, glob), uri);
}

/** Whether a file matches a pattern, read as VS Code reads globs (its file watcher's too). */
function inPattern(pattern: vscode.RelativePattern, uri: vscode.Uri): boolean {
  return vscode.languages.match({ pattern }, { uri, languageId: 'markdown' } as vscode.TextDocument) > 0;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

// The folder a notes glob starts in, relative to the workspace folder: its
// segments before the first with a glob character, never its last (the file
// part). `clients/**/*.md` starts in `clients`; `**/*.md` in the folder itself.
export function notesGlobBase(glob: string): string {
  const segments = glob.split('/');
  const base: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[\]{}()!]/.test(segment) || segment === '' || segment === '.' || segment === '..') break;
    base.push(segment);
  }
  return base.join('/');
}

/**
 * Whether a path is inside a folder never searched for notes (node_modules,
 * .git) below the workspace folder: the watcher's events there are not
 * notes either, or a rebuild would drop what an event had added.
 */
export function inSkippedFolder(folder: vscode.Uri, uri: vscode.Uri): boolean {
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  if (!uri.path.startsWith(base)) return false;
  const segments = uri.path.slice(base.length).split('/');
  return segments.slice(0, -1).some((segment) => SKIPPED_FOLDER_NAMES.has(segment));
}

/** Folders never searched for notes, as a glob (for findFiles). */
const SKIPPED_FOLDERS = `**/{${[...SKIPPED_FOLDER_NAMES].join(',')}}/**`;

/**
 * The notes of a workspace folder (URI strings, sorted): those the notes
 * glob names, or, with `under` (a folder created inside it), those of them
 * under it, the glob read by VS Code's own matcher either way, as it reads
 * the file watcher's. A local folder is walked with Node (walkFiles: 10,000
 * notes are found in ~0.1–0.3 s, where findFiles took a second); any other
 * through findFiles.
 */
export async function noteIdsUnder(folder: vscode.WorkspaceFolder, glob: string, under?: vscode.Uri): Promise<string[]> {
  let found: readonly vscode.Uri[];
  // Whether what was found still needs the glob: not when findFiles searched with it.
  let needsGlob = true;
  if (folder.uri.scheme === 'file') {
    const root = folder.uri.fsPath;
    if (under && (inSkippedFolder(folder.uri, under) || SKIPPED_FOLDER_NAMES.has(under.path.slice(under.path.lastIndexOf('/') + 1)))) return [];
    const start = under ? relative(root, under.fsPath) : notesGlobBase(glob);
    if (start === '..' || start.startsWith(`..${sep}`) || isAbsolute(start)) return [];
    // Every file under the glob's base, held to the glob below (~3 µs a file).
    const files = await walkFiles(root, start.split(sep).join('/'));
    found = await mapInSlices(files, (rel) => vscode.Uri.joinPath(folder.uri, rel));
  } else {
    // Under a created folder: the files named as notes (the glob's last part, `*.md`), held to the whole glob below.
    const pattern = under ? new vscode.RelativePattern(under, `**/${glob.split('/').pop() || '*'}`) : new vscode.RelativePattern(folder, glob);
    found = await vscode.workspace.findFiles(pattern, SKIPPED_FOLDERS);
    needsGlob = under !== undefined;
    // After a turn of the event loop: the workbench has just revived the URIs (10,000 took it 15–25 ms).
    await nextTurn();
  }
  // In slices: a URI's string costs some µs (10,000 took ~30 ms at once).
  const pattern = new vscode.RelativePattern(folder, glob);
  const ids: string[] = [];
  const slicer = new Slicer();
  for (const uri of found) {
    const turn = slicer.step();
    if (turn) await turn;
    if (!needsGlob || inPattern(pattern, uri)) ids.push(uri.toString());
  }
  return ids.sort();
}
