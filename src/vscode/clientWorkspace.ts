/**
 * The VS Code side of the index: one core `NoteIndex` per workspace folder,
 * fed through `vscode.workspace.fs` (so virtual file systems work), kept
 * current by a file watcher per folder and by the text of open editors.
 *
 * File events are debounced per note and applied in batches; typing in a
 * note re-ranks it from the editor's text after a short pause; closing an
 * unsaved note goes back to the file on disk. Listeners hear model events,
 * never raw file events.
 */
import * as vscode from 'vscode';
import { CalendarDay, today } from '../core/dates';
import { ClientNote, parseClientNote } from '../core/read/note';
import { NoteIndex } from '../core/rank/noteIndex';
import { ClientSummary, Portfolio } from '../core/rank/portfolio';
import { FrictionSettings, Language } from '../core/settings';
import { loadSettings } from './config';
import { Disposable } from './lifecycle';
import { ContextKeys, SECTION, VIEW_ID } from './settingKeys';

/** Delay before a burst of file events for one note is applied. */
const FILE_DEBOUNCE_MS = 100;
/** Pause in typing before an open note is re-ranked from its text. */
const TYPING_DEBOUNCE_MS = 300;

export interface FolderPortfolio {
  folder: vscode.WorkspaceFolder;
  portfolio: Portfolio;
}

export interface NoteChange {
  updated: vscode.Uri[];
  removed: vscode.Uri[];
}

class FolderIndex extends Disposable {
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
      stemOf: (id) => {
        const path = vscode.Uri.parse(id).path;
        return path.slice(path.lastIndexOf('/') + 1).replace(/\.(md|markdown)$/i, '');
      },
    });
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, settings.notesGlob)));
    this.register(watcher.onDidCreate((uri) => this.queue(uri, 'changed')));
    this.register(watcher.onDidChange((uri) => this.queue(uri, 'changed')));
    this.register(watcher.onDidDelete((uri) => this.queue(uri, 'deleted')));
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

export class ClientWorkspace extends Disposable {
  private folders = new Map<string, FolderIndex>();
  private folderDisposables: vscode.Disposable[] = [];
  private loaded = loadSettings();
  private asOf = today();
  private building: Promise<void> | undefined;
  private readonly typing = new Map<string, ReturnType<typeof setTimeout>>();
  /** Notes whose open editor text stands in for the file. */
  private readonly overlaid = new Set<string>();
  private readonly changed = this.register(new vscode.EventEmitter<NoteChange>());
  /** Fires after notes were added, updated or removed (model events). */
  readonly onDidChange = this.changed.event;
  private readonly rebuilt = this.register(new vscode.EventEmitter<void>());
  /** Fires after a full (re)build: settings, folders or the date changed. */
  readonly onDidRebuild = this.rebuilt.event;

  constructor() {
    super();
    this.register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) void this.rebuild();
      }),
    );
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rebuild()));
    this.register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.onTyping(e.document);
      }),
    );
    this.register(vscode.workspace.onDidCloseTextDocument((doc) => this.onClosed(doc)));
    this.register(
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          const from = this.folderOf(oldUri);
          if (from?.index.get(oldUri.toString()) && this.folderOf(newUri) === from && this.matchesGlob(newUri)) {
            from.index.rename(oldUri.toString(), newUri.toString());
          }
        }
      }),
    );
    // The score is as of today: rebuild when the date changes.
    const dayCheck = setInterval(() => {
      if (today() !== this.asOf) void this.rebuild();
    }, 60_000);
    this.register({ dispose: () => clearInterval(dayCheck) });
    this.register({ dispose: () => this.disposeFolders() });
    this.register({ dispose: () => this.typing.forEach((t) => clearTimeout(t)) });
  }

  get settings(): FrictionSettings {
    return this.loaded.settings;
  }

  get settingsProblems(): string[] {
    return this.loaded.problems;
  }

  get language(): Language {
    return this.loaded.settings.language;
  }

  get today(): CalendarDay {
    return this.asOf;
  }

  /** Resolves when the first build (or the current rebuild) is done. */
  ready(): Promise<void> {
    return this.building ?? this.rebuild();
  }

  /** Re-reads every note from scratch (settings, folders or date changed, or Refresh). */
  rebuild(): Promise<void> {
    const run = async () => {
      this.loaded = loadSettings();
      this.asOf = today();
      this.disposeFolders();
      const folders = vscode.workspace.workspaceFolders ?? [];
      for (const folder of folders) {
        const f = new FolderIndex(folder, this.loaded.settings, this.asOf, (id) => this.openTextOf(id));
        this.folderDisposables.push(f.index.onDidChange((e) => this.changed.fire(toUris(e))), f);
        this.folders.set(folder.uri.toString(), f);
      }
      void vscode.commands.executeCommand('setContext', ContextKeys.indexing, true);
      await vscode.window.withProgress({ location: { viewId: VIEW_ID }, title: 'Reading client notes' }, () =>
        Promise.all([...this.folders.values()].map((f) => f.build())),
      );
      void vscode.commands.executeCommand('setContext', ContextKeys.indexing, false);
      void vscode.commands.executeCommand('setContext', ContextKeys.hasNotes, this.noteCount() > 0);
      this.rebuilt.fire();
    };
    const previous = this.building ?? Promise.resolve();
    this.building = previous.then(run, run);
    return this.building;
  }

  noteCount(): number {
    let n = 0;
    for (const f of this.folders.values()) n += f.index.size;
    return n;
  }

  portfolios(): FolderPortfolio[] {
    return [...this.folders.values()].map((f) => ({ folder: f.folder, portfolio: f.index.portfolio() }));
  }

  summaryOf(uri: vscode.Uri): ClientSummary | undefined {
    return this.folderOf(uri)?.index.get(uri.toString());
  }

  allSummaries(): ClientSummary[] {
    return [...this.folders.values()].flatMap((f) => [...f.index.summaries()]);
  }

  /** Whether a document is (or would be) a client note under the notes glob. */
  isNote(uri: vscode.Uri): boolean {
    return this.summaryOf(uri) !== undefined || this.matchesGlob(uri);
  }

  /** The note as it is now: an open editor's text, else the file. */
  async readNote(uri: vscode.Uri): Promise<{ text: string; note: ClientNote }> {
    const open = this.openTextOf(uri.toString());
    const text = open ?? new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    const path = uri.path;
    const note = parseClientNote(text, {
      file: uri.toString(),
      fileStem: path.slice(path.lastIndexOf('/') + 1).replace(/\.(md|markdown)$/i, ''),
      settings: this.settings,
    });
    return { text, note };
  }

  private folderOf(uri: vscode.Uri): FolderIndex | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.folders.get(folder.uri.toString()) : undefined;
  }

  private matchesGlob(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const pattern = new vscode.RelativePattern(folder, this.settings.notesGlob);
    return vscode.languages.match({ pattern }, { uri, languageId: 'markdown' } as vscode.TextDocument) > 0;
  }

  private openTextOf(id: string): string | undefined {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === id);
    return doc && (doc.isDirty || this.overlaid.has(id)) ? doc.getText() : undefined;
  }

  private onTyping(doc: vscode.TextDocument): void {
    const id = doc.uri.toString();
    const folder = this.folderOf(doc.uri);
    if (!folder || !(folder.index.get(id) || this.matchesGlob(doc.uri))) return;
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

  private disposeFolders(): void {
    for (const d of this.folderDisposables) d.dispose();
    this.folderDisposables = [];
    this.folders.clear();
  }
}

function toUris(e: { updated: string[]; removed: string[] }): NoteChange {
  return { updated: e.updated.map((id) => vscode.Uri.parse(id)), removed: e.removed.map((id) => vscode.Uri.parse(id)) };
}
