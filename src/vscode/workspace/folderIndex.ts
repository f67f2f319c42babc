/**
 * One workspace folder's notes: a core `NoteIndex` fed through
 * `vscode.workspace.fs` (so virtual file systems work), kept current by a
 * file watcher on the notes glob. File events are debounced per note and
 * applied in batches; a rename inside the folder moves the note without
 * reading it again. Open editors' unsaved text stands in for the file.
 */
import * as vscode from 'vscode';
import { CalendarDay } from '../../core/dates';
import { NoteIndex } from '../../core/rank/noteIndex';
import { FrictionSettings } from '../../core/settings';
import { Disposable } from '../lifecycle';
import { matchesNotesGlob, noteStem } from './noteFiles';

/** Delay before a burst of file events for one note is applied. */
const FILE_DEBOUNCE_MS = 100;

export class FolderIndex extends Disposable {
  readonly index: NoteIndex;
  private readonly pending = new Map<string, 'changed' | 'deleted'>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    settings: FrictionSettings,
    asOf: CalendarDay,
    private readonly openText: (id: string) => string | undefined,
  ) {
    super();
    this.index = new NoteIndex({
      settings,
      asOf,
      read: (id, done) => {
        vscode.workspace.fs.readFile(vscode.Uri.parse(id)).then(
          (data) => done(null, data),
          (err: Error) => done(err),
        );
      },
      isNotFound: (err) => err instanceof vscode.FileSystemError && err.code === 'FileNotFound',
      stemOf: (id) => noteStem(vscode.Uri.parse(id)),
    });
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, settings.notesGlob)));
    this.register(watcher.onDidCreate((uri) => this.queue(uri, 'changed')));
    this.register(watcher.onDidChange((uri) => this.queue(uri, 'changed')));
    this.register(watcher.onDidDelete((uri) => this.queue(uri, 'deleted')));
    this.register(vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => this.renamed(oldUri, newUri))));
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.register({ dispose: () => this.index.dispose() });
  }

  async build(): Promise<void> {
    const glob = this.index.settings.notesGlob;
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.folder, glob), '**/{node_modules,.git}/**');
    await this.index.build(uris.map((u) => u.toString()).sort());
    // Open editors may hold unsaved text newer than the files.
    for (const id of this.index.ids()) {
      const text = this.openText(id);
      if (text !== undefined) this.index.updateFromText(id, text);
    }
  }

  /** Whether a file is in this folder's index or would be (it matches the notes glob here). */
  holds(uri: vscode.Uri): boolean {
    return this.index.get(uri.toString()) !== undefined || this.matches(uri);
  }

  private matches(uri: vscode.Uri): boolean {
    return vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() === this.folder.uri.toString() && matchesNotesGlob(uri, this.index.settings.notesGlob);
  }

  private renamed(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    if (this.index.get(oldUri.toString()) && this.matches(newUri)) this.index.rename(oldUri.toString(), newUri.toString());
  }

  private queue(uri: vscode.Uri, kind: 'changed' | 'deleted'): void {
    this.pending.set(uri.toString(), kind);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), FILE_DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    const batch = [...this.pending];
    this.pending.clear();
    const deleted = batch.filter(([, kind]) => kind === 'deleted').map(([id]) => id);
    for (const id of deleted) this.index.remove(id);
    const changed = batch.filter(([, kind]) => kind === 'changed').map(([id]) => id);
    const fromDisk: string[] = [];
    for (const id of changed) {
      const text = this.openText(id);
      if (text !== undefined) this.index.updateFromText(id, text);
      else fromDisk.push(id);
    }
    if (fromDisk.length) await this.index.refreshMany(fromDisk);
  }
}
