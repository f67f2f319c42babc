/** What the workspace model asks of a note's file: its stem, whether the notes glob takes it, whether it exists. */
import * as vscode from 'vscode';

/** The file name without its markdown extension: the name fallback of a note without `client:`. */
export function noteStem(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.(md|markdown)$/i, '');
}

/** Whether a file is (or would be) a client note: under a workspace folder and matching the notes glob there. */
export function matchesNotesGlob(uri: vscode.Uri, glob: string): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const pattern = new vscode.RelativePattern(folder, glob);
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
