/** Applying a core edit to a note as one undoable change, and showing the note where it changed. */
import * as vscode from 'vscode';
import { TextEdit } from '../../core/noteEdits';

/** Applies one core edit as one undoable workspace edit; returns the document. */
export async function applyNoteEdit(uri: vscode.Uri, edit: TextEdit): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const we = new vscode.WorkspaceEdit();
  we.replace(uri, new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end)), edit.text);
  if (!(await vscode.workspace.applyEdit(we))) throw new Error(`could not edit ${vscode.workspace.asRelativePath(uri)}`);
  return doc;
}

/** Shows a note with the cursor at an offset. */
export async function showAt(doc: vscode.TextDocument, offset: number): Promise<vscode.TextEditor> {
  const pos = doc.positionAt(offset);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
