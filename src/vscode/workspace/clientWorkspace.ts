/**
 * The workspace model: one `FolderIndex` per workspace folder, the settings
 * and the day they are scored as of, and one portfolio per folder, computed
 * once per change and shared by the tree, its badge and everything else that
 * reads the ranking. Listeners hear model events, never raw file events.
 */
import * as vscode from 'vscode';
import { CalendarDay, today } from '../../core/dates';
import { ClientNote, parseClientNote, parseClientNoteBytes } from '../../core/read/note';
import { ClientSummary, incomeShare, Portfolio } from '../../core/rank/portfolio';
import { FrictionSettings, Language } from '../../core/settings';
import { nextTurn } from '../../core/slices';
import { CacheFiles } from '../../core/rank/summaryCache';
import { Disposable } from '../lifecycle';
import { EditorOverlay } from './editorOverlay';
import { FolderIndex } from './folderIndex';
import { folderSettings, loadSettings } from './loadSettings';
import { matchesNotesGlob, noteStem } from './noteFiles';
import { rebuildTriggers } from './rebuildTriggers';

export interface FolderPortfolio {
  folder: vscode.WorkspaceFolder;
  portfolio: Portfolio;
}

/** Notes added or updated, and removed, by their URIs as strings (a build names every note: parsing 10,000 URIs for listeners that look at a few cost ~50 ms). */
export interface NoteChange {
  updated: readonly string[];
  removed: readonly string[];
}

const UTF8 = new TextDecoder('utf-8');

export class ClientWorkspace extends Disposable {
  private folders = new Map<string, FolderIndex>();
  private folderDisposables: vscode.Disposable[] = [];
  private loaded = loadSettings();
  private day = this.loaded.asOf ?? today();
  private building: Promise<void> | undefined;
  /** Resolves when the current (or last) build's notes are first there to show. */
  private showing: Promise<void> | undefined;
  /** The portfolios of the current state of the notes; dropped on every change. */
  private ranked: FolderPortfolio[] | undefined;
  private readonly overlay = this.register(new EditorOverlay((uri) => this.folderOf(uri)));
  private readonly changed = this.register(new vscode.EventEmitter<NoteChange>());
  /** Fires after notes were added, updated or removed (model events). */
  readonly onDidChange = this.changed.event;
  private readonly rebuilding = this.register(new vscode.EventEmitter<Promise<void>>());
  /** Fires when a full (re)build starts, with a promise of its end (which never rejects). */
  readonly onWillRebuild = this.rebuilding.event;
  private readonly rebuilt = this.register(new vscode.EventEmitter<void>());
  /** Fires after a full (re)build: settings, folders or the date changed. */
  readonly onDidRebuild = this.rebuilt.event;

  /** `cacheFiles`: where the summary cache is kept (the extension's storage for this workspace), if anywhere. */
  constructor(private readonly cacheFiles?: CacheFiles) {
    super();
    // Past midnight the scores move on, unless a setting pins the day.
    this.register(rebuildTriggers(() => void this.rebuild(), () => this.loaded.asOf ?? today(), () => this.day));
    this.register({ dispose: () => this.disposeFolders() });
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

  /** The day every note is scored as of: `clientFriction.asOf`, else today. */
  get asOf(): CalendarDay {
    return this.day;
  }

  /** The day `clientFriction.asOf` pins the scores to, if it does. */
  get pinnedAsOf(): CalendarDay | undefined {
    return this.loaded.asOf;
  }

  /**
   * Resolves when every folder's notes are there to show: taken from the
   * summary cache (the rest still being read), or all read. The tree waits
   * for this, not for the whole build.
   */
  shown(): Promise<void> {
    if (!this.showing) void this.rebuild();
    return this.showing!;
  }

  /** Resolves when the first build (or the current rebuild) is done. */
  ready(): Promise<void> {
    return this.building ?? this.rebuild();
  }

  /** Re-reads every note from scratch (settings, folders or date changed, or Refresh). */
  rebuild(): Promise<void> {
    let markShown: () => void = () => undefined;
    this.showing = new Promise((resolve) => (markShown = resolve));
    const run = async () => {
      // In a turn of its own: a settings change reaches its listeners inside
      // VS Code's own handling of it (~10 ms in a bench:vscode profile), and
      // the rebuild's start (the old index let go, watchers made) would add to it.
      await nextTurn();
      this.loaded = loadSettings();
      this.day = this.loaded.asOf ?? today();
      this.disposeFolders();
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const f = new FolderIndex(folder, folderSettings(this.loaded.settings, folder), this.day, this.overlay, this.cacheFiles);
        this.folderDisposables.push(
          f.index.onDidChange((e) => {
            this.ranked = undefined;
            this.changed.fire(e);
          }),
          f,
        );
        this.folders.set(folder.uri.toString(), f);
      }
      void Promise.all([...this.folders.values()].map((f) => f.shown)).then(markShown);
      const built = Promise.all([...this.folders.values()].map((f) => f.build()));
      this.rebuilding.fire(built.then(
        () => undefined,
        () => undefined,
      ));
      try {
        await built;
      } finally {
        markShown();
      }
      this.rebuilt.fire();
    };
    const previous = this.building ?? Promise.resolve();
    this.building = previous.then(run, run);
    return this.building;
  }

  /** Each folder's last build: when it started, found its notes (and read its cache), and was done (the bench). */
  buildTimings(): { started?: number; found?: number; built?: number }[] {
    return [...this.folders.values()].map((f) => ({ ...f.timings }));
  }

  /** Writes every folder's summary cache now. */
  async saveCache(): Promise<void> {
    await this.ready();
    await Promise.all([...this.folders.values()].map((f) => f.saveCache()));
  }

  noteCount(): number {
    let n = 0;
    for (const f of this.folders.values()) n += f.index.size;
    return n;
  }

  /** Each folder's portfolio, in ranking order as the index keeps it (shared: do not mutate). */
  portfolios(): readonly FolderPortfolio[] {
    this.ranked ??= [...this.folders.values()].map((f) => ({ folder: f.folder, portfolio: f.index.portfolio() }));
    return this.ranked;
  }

  /** A note's summary by its URI as a string (no URI parsed: a build's change names every note). */
  summaryOfId(id: string): ClientSummary | undefined {
    for (const f of this.folders.values()) {
      const summary = f.index.get(id);
      if (summary) return summary;
    }
    return undefined;
  }

  summaryOf(uri: vscode.Uri): ClientSummary | undefined {
    return this.folderOf(uri)?.index.get(uri.toString());
  }

  /**
   * A client's share of what its folder's ranked clients paid in the last 12
   * months; null for a former client, another currency, or when nobody paid.
   */
  incomeShareOf(uri: vscode.Uri): number | null {
    const folder = this.folderOf(uri);
    const summary = folder?.index.get(uri.toString());
    if (!folder || !summary || summary.status === 'former') return null;
    const portfolio = this.portfolios().find((p) => p.folder === folder.folder)?.portfolio;
    return portfolio ? incomeShare(summary, portfolio.income) : null;
  }

  allSummaries(): ClientSummary[] {
    return [...this.folders.values()].flatMap((f) => [...f.index.summaries()]);
  }

  /** Whether a document is (or would be) a client note under the notes glob. */
  isNote(uri: vscode.Uri): boolean {
    return this.summaryOf(uri) !== undefined || matchesNotesGlob(uri, this.notesGlobOf(uri));
  }

  /**
   * The note as it is now: an open editor's unsaved text, else the file,
   * read as the index reads it (the size cap and the UTF-8 check).
   */
  async readNote(uri: vscode.Uri): Promise<{ text: string; note: ClientNote }> {
    const options = { file: uri.toString(), fileStem: noteStem(uri), settings: this.settings };
    const open = this.overlay.textOf(uri.toString());
    if (open !== undefined) return { text: open, note: parseClientNote(open, options) };
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { text: UTF8.decode(bytes), note: parseClientNoteBytes(bytes, options) };
  }

  /** The notes glob of the folder a file is in (a folder's own settings may set it). */
  notesGlobOf(uri: vscode.Uri): string {
    return this.folderOf(uri)?.index.settings.notesGlob ?? this.settings.notesGlob;
  }

  private folderOf(uri: vscode.Uri): FolderIndex | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.folders.get(folder.uri.toString()) : undefined;
  }

  private disposeFolders(): void {
    for (const d of this.folderDisposables) d.dispose();
    this.folderDisposables = [];
    this.folders.clear();
    this.ranked = undefined;
  }
}

