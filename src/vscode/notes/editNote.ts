/**
 * Applying a core edit to a note as one undoable change, and showing the note
 * where it changed. Every edit is computed on the open document's own text
 * (`document.getText()`), never on the file's bytes: the editor drops a
 * byte-order mark and may have normalised mixed line endings, so offsets
 * into the file would land elsewhere in the document.
 */
import * as vscode from 'vscode';
import { TextEdit } from '../../core/noteEdits';
import { ClientNote, parseClientNote } from '../../core/read/note';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { noteStem } from '../workspace/noteFiles';

/** The note's document (opened if need be), its text as the editor holds it, and the note read from that text. */
export async function openNote(clients: ClientWorkspace, uri: vscode.Uri): Promise<{ doc: vscode.TextDocument; text: string; note: ClientNote }> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const text = doc.getText();
  return { doc, text, note: parseClientNote(text, { file: uri.toString(), fileStem: noteStem(uri), settings: clients.settings }) };
}

/** Applies one core edit, computed on `doc.getText()`, to that document as one undoable change. */
export async function applyDocumentEdit(doc: vscode.TextDocument, edit: TextEdit): Promise<vscode.TextDocument> {
  const we = new vscode.WorkspaceEdit();
  we.replace(doc.uri, new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end)), edit.text);
  if (!(await vscode.workspace.applyEdit(we))) throw new Error(vscode.l10n.t('could not edit {0}', vscode.workspace.asRelativePath(doc.uri)));
  return doc;
}

/** How many folders the note is below its workspace folder (`clients/a.md`: 1); 0 outside every folder. */
export function folderDepthOf(uri: vscode.Uri): number {
  if (!vscode.workspace.getWorkspaceFolder(uri)) return 0;
  return vscode.workspace.asRelativePath(uri, false).split('/').length - 1;
}

/** Shows a note with the cursor at an offset. */
export async function showAt(doc: vscode.TextDocument, offset: number): Promise<vscode.TextEditor> {
  const pos = doc.positionAt(offset);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
