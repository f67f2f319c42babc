/** Finding the note a command is about, and applying core edits to it. */
import * as vscode from 'vscode';
import { TextEdit } from '../core/noteEdits';
import { ClientWorkspace } from './clientWorkspace';
import { ClientNode } from './tree/nodes';

/** A tree node, a URI, or nothing (then the active editor, then a pick). */
export type NoteTarget = ClientNode | vscode.Uri | undefined;

export async function resolveNote(clients: ClientWorkspace, target: unknown, purpose: string): Promise<vscode.Uri | undefined> {
  if (target instanceof vscode.Uri) return target;
  if (target && typeof target === 'object' && 'uri' in target && (target as ClientNode).uri instanceof vscode.Uri) return (target as ClientNode).uri;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && clients.isNote(active)) return active;
  await clients.ready();
  const items = clients
    .allSummaries()
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .map((s) => ({ label: s.name, description: `${s.score} · ${s.band}`, detail: vscode.workspace.asRelativePath(vscode.Uri.parse(s.file)), uri: vscode.Uri.parse(s.file) }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('No client notes found. Create one with "Client Friction: New Client Note".');
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(items, { title: purpose, placeHolder: 'Which client?', matchOnDetail: true });
  return pick?.uri;
}

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
