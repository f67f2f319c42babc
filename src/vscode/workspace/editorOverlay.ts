/**
 * Open editors over the index: typing in a note re-ranks it from the
 * editor's text after a short pause, and from then on that text stands in for
 * the file; closing the note unsaved goes back to the file on disk.
 */
import * as vscode from 'vscode';
import { Disposable } from '../lifecycle';
import { FolderIndex } from './folderIndex';

/** Pause in typing before an open note is re-ranked from its text. */
const TYPING_DEBOUNCE_MS = 300;

export class EditorOverlay extends Disposable {
  private readonly typing = new Map<string, ReturnType<typeof setTimeout>>();
  /** Notes whose open editor text stands in for the file. */
  private readonly overlaid = new Set<string>();

  /** `folderOf` finds the folder index a document belongs to, if any. */
  constructor(private readonly folderOf: (uri: vscode.Uri) => FolderIndex | undefined) {
    super();
    this.register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.onTyping(e.document);
      }),
    );
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.onClosed(doc)));
    this.register({ dispose: () => this.typing.forEach((t) => clearTimeout(t)) });
  }

  /** The text that stands in for a note's file: its open editor's, when unsaved or typed in. */
  textOf(id: string): string | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
    return doc && this.standsIn(doc, id) ? doc.getText() : undefined;
  }

  /** Every open text that stands in for a file, by id (a build looks at a few editors, not at each of 10,000 notes). */
  texts(): [string, string][] {
    const out: [string, string][] = [];
    for (const doc of vscode.workspace.textDocuments) {
      const id = doc.uri.toString();
      if (this.standsIn(doc, id)) out.push([id, doc.getText()]);
    }
    return out;
  }

  private standsIn(doc: vscode.TextDocument, id: string): boolean {
    return doc.isDirty || this.overlaid.has(id);
  }

  private onTyping(doc: vscode.TextDocument): void {
    const id = doc.uri.toString();
    const folder = this.folderOf(doc.uri);
    if (!folder?.holds(doc.uri)) return;
    clearTimeout(this.typing.get(id));
    this.typing.set(
      id,
      setTimeout(() => {
        this.typing.delete(id);
        if (doc.isClosed) return;
        this.overlaid.add(id);
        folder.index.updateFromText(id, doc.getText());
      }, TYPING_DEBOUNCE_MS),
    );
  }

  private onClosed(doc: vscode.TextDocument): void {
    const id = doc.uri.toString();
    clearTimeout(this.typing.get(id));
    this.typing.delete(id);
    if (!this.overlaid.delete(id)) return;
    // Closed without saving: the file on disk is the truth again.
    void this.folderOf(doc.uri)?.index.refresh(id);
  }
}
