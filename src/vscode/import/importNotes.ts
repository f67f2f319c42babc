/**
 * The notes an import plans against, and the one workspace edit that applies
 * the plan. Each note's edits are computed on the text the editor holds for
 * it (an open document's getText(): no byte-order mark, the editor's line
 * breaks), never on the file's bytes: a note the plan changes is opened and,
 * when its document text differs from what was planned on, planned again.
 */
import * as vscode from 'vscode';
import { decodeUtf8 } from '../../core/import/decode';
import { applyTextEdits } from '../../core/import/editList';
import { NotePlan, NoteText } from '../../core/import/plan';
import { exists } from '../workspace/noteFiles';

export interface ImportNotes {
  folder: vscode.WorkspaceFolder;
  /** The notes by their path relative to the folder (the plan's `file`). */
  texts: NoteText[];
  uris: Map<string, vscode.Uri>;
  /** Notes that are not valid UTF-8 on disk: read, but never edited. */
  notUtf8: Set<string>;
  /** Notes made by the import (a client the user chose to give a note), not yet on disk. */
  created: Set<string>;
}

const EXCLUDE = '{**/node_modules/**,**/.git/**}';

/** The folder's notes: an open note's document text, else the file's (as the editor would hold it). */
export async function readFolderNotes(folder: vscode.WorkspaceFolder, glob: string): Promise<ImportNotes> {
  const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), EXCLUDE);
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const notes: ImportNotes = { folder, texts: [], uris: new Map(), notUtf8: new Set(), created: new Set() };
  for (const uri of found) {
    const id = relativeId(folder, uri);
    notes.uris.set(id, uri);
    const open = openDocument(uri);
    if (open) {
      notes.texts.push({ file: id, text: open.getText() });
      continue;
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    const text = decodeUtf8(bytes);
    if (text === undefined) notes.notUtf8.add(id);
    notes.texts.push({ file: id, text: (text ?? new TextDecoder().decode(bytes)).replace(/^\ufeff/, '') });
  }
  return notes;
}

export function relativeId(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : vscode.workspace.asRelativePath(uri, false);
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/**
 * Opens the documents of the notes `plans` change; returns whether any held
 * a text other than the one planned on (which is then updated, for planning
 * again).
 */
export async function openPlannedNotes(notes: ImportNotes, plans: readonly NotePlan[]): Promise<boolean> {
  let changed = false;
  for (const plan of plans) {
    if (!plan.edits.length || notes.created.has(plan.file)) continue;
    const doc = await vscode.workspace.openTextDocument(notes.uris.get(plan.file)!);
    const text = doc.getText();
    const entry = notes.texts.find((t) => t.file === plan.file)!;
    if (entry.text !== text) {
      entry.text = text;
      changed = true;
    }
  }
  return changed;
}

/** A note for a client the user chose to create, in the folder's clients/ (a free name). */
export async function addNewNote(notes: ImportNotes, slug: string, text: string): Promise<string> {
  const base = slug || 'client';
  for (let n = 1; ; n++) {
    const id = `clients/${n === 1 ? base : `${base}-${n}`}.md`;
    if (notes.uris.has(id)) continue;
    const uri = vscode.Uri.joinPath(notes.folder.uri, id);
    if (await exists(uri)) continue; // a file the notes glob does not take
    notes.uris.set(id, uri);
    notes.created.add(id);
    notes.texts.push({ file: id, text });
    return id;
  }
}

/** Every change of the chosen notes as one workspace edit (one undo step). */
export async function importEdit(notes: ImportNotes, plans: readonly NotePlan[]): Promise<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  for (const plan of plans) {
    if (!plan.edits.length) continue;
    const uri = notes.uris.get(plan.file)!;
    const text = notes.texts.find((t) => t.file === plan.file)!.text;
    if (notes.created.has(plan.file)) {
      edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(applyTextEdits(text, plan.edits)) });
      continue;
    }
    const doc = await vscode.workspace.openTextDocument(uri);
    for (const e of plan.edits) edit.replace(uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
  }
  return edit;
}
