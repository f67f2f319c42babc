/**
 * One workspace folder's notes: a core `NoteIndex` fed by worker threads and
 * Node for a local folder, through `vscode.workspace.fs` for any other (so
 * remote and virtual file systems work; see noteSources.ts), kept current by
 * a file watcher on the notes glob. File events are debounced per note and
 * applied in batches; a rename inside the folder moves the note without
 * reading it again. Open editors' unsaved text stands in for the file.
 *
 * With a summary cache (in the extension's storage), a build takes the notes
 * that did not change from it, shows them at once and reads only the rest;
 * the cache is written after each build and a few seconds after changes.
 */
import * as vscode from 'vscode';
import { CalendarDay } from '../../core/dates';
import { NoteIndex } from '../../core/rank/noteIndex';
import { CacheFiles, SummaryCache } from '../../core/rank/summaryCache';
import { FrictionSettings } from '../../core/settings';
import { Slicer } from '../../core/slices';
import { Disposable } from '../lifecycle';
import { inSkippedFolder, matchesNotesGlob, noteIdsUnder, notesGlobBase, noteStem } from './noteFiles';
import { noteSources } from './noteSources';

/** Delay before a burst of file events for one note is applied. */
const FILE_DEBOUNCE_MS = 100;
/** Delay after the last change before the summary cache is written again. */
const CACHE_SAVE_DELAY_MS = 5000;

/** What happened to a path: a note changed or was deleted, or a path that is not a note (perhaps a folder) was created or deleted. */
type PendingChange = 'changed' | 'deleted' | 'folderCreated' | 'folderDeleted';

export class FolderIndex extends Disposable {
  readonly index: NoteIndex;
  private readonly pending = new Map<string, PendingChange>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly cache: SummaryCache | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private built = false;
  private firstShown: (() => void) | undefined;
  /** Resolves when the notes are first there to show: taken from the cache, or all read. */
  readonly shown: Promise<void>;
  /** When the last build started, had found the notes and loaded the cache, and was done (performance.now() ms; for the bench). */
  readonly timings: { started?: number; found?: number; built?: number } = {};

  constructor(
    readonly folder: vscode.WorkspaceFolder,
    settings: FrictionSettings,
    private readonly asOf: CalendarDay,
    /** The open editors' texts that stand in for their files (EditorOverlay). */
    private readonly editors: { textOf(id: string): string | undefined; texts(): [string, string][] },
    cacheFiles?: CacheFiles,
  ) {
    super();
    this.shown = new Promise((resolve) => (this.firstShown = resolve));
    // One cache per folder and notes glob: the notes it lists are the glob's.
    this.cache = cacheFiles && new SummaryCache(cacheFiles, `${folder.uri.toString()}\n${settings.notesGlob}`, settings);
    this.index = new NoteIndex({
      settings,
      asOf,
      ...noteSources(folder, settings.maxNoteBytes),
      stemOf: (id) => noteStem(vscode.Uri.parse(id)),
      keepFacts: this.cache?.enabled === true,
    });
    this.register(
      this.index.onDidChange(() => {
        this.firstShown?.();
        if (this.built) this.scheduleSave(CACHE_SAVE_DELAY_MS);
      }),
    );
    this.register({ dispose: () => clearTimeout(this.saveTimer) });
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, settings.notesGlob)));
    const changed = (uri: vscode.Uri) => inSkippedFolder(folder.uri, uri) || this.queue(uri, 'changed');
    this.register(watcher.onDidCreate(changed));
    this.register(watcher.onDidChange(changed));
    this.register(watcher.onDidDelete((uri) => this.queue(uri, 'deleted')));
    // A watcher of a glob of files is not told when a folder of notes is
    // deleted, moved or renamed (VS Code's documented limit: a folder does
    // not match `*.md`, and no event comes for the files in it). This one
    // sees every path created or deleted under the notes' base folder; those
    // that are not notes may be folders.
    const base = notesGlobBase(settings.notesGlob);
    const paths = this.register(
      vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base ? vscode.Uri.joinPath(folder.uri, base) : folder.uri, '**'), false, true, false),
    );
    this.register(paths.onDidCreate((uri) => this.matches(uri) || this.queue(uri, 'folderCreated')));
    this.register(paths.onDidDelete((uri) => this.index.get(uri.toString()) || this.matches(uri) || this.queue(uri, 'folderDeleted')));
    this.register(vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => this.renamed(oldUri, newUri))));
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.register({ dispose: () => this.index.dispose() });
  }

  async build(): Promise<void> {
    this.timings.started = performance.now();
    try {
      const glob = this.index.settings.notesGlob;
      const found = noteIdsUnder(this.folder, glob).then((ids) => {
        this.timings.found = performance.now();
        return ids;
      });
      const cached = await this.cache?.load(this.asOf);
      if (cached && cached.size > 0) {
        // The cached notes at once, while the folder is searched (10,000
        // files take a second or more): those unchanged are shown, the rest read.
        await this.index.build([...cached.keys()].sort(), cached);
        // Then what the search found: notes added since, and cached ones gone.
        const ids = await found;
        const wanted = new Set(ids);
        const added = ids.filter((id) => this.index.get(id) === undefined);
        if (added.length > ids.length / 2) await this.index.build(ids, cached);
        else {
          for (const id of [...this.index.ids()]) if (!wanted.has(id)) this.index.remove(id);
          if (added.length > 0) await this.index.refreshMany(added);
        }
      } else {
        await this.index.build(await found, cached);
      }
      // Open editors may hold unsaved text newer than the files.
      for (const [id, text] of this.editors.texts()) if (this.index.get(id)) this.index.updateFromText(id, text);
    } finally {
      this.built = true;
      this.timings.built = performance.now();
      this.firstShown?.();
    }
    this.scheduleSave(0);
  }

  /** Writes the summary cache now (the bench and tests; otherwise it is written after builds and changes). */
  async saveCache(): Promise<void> {
    if (!this.cache?.enabled) return;
    clearTimeout(this.saveTimer);
    const entries = await this.index.cacheEntries();
    await this.cache.save(entries, this.asOf);
    await this.index.forgetCached(entries);
  }

  /** Writes the summary cache once the index has been still for `delay` ms. */
  private scheduleSave(delay: number): void {
    if (!this.cache?.enabled || this.isDisposed) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveCache(), delay);
  }

  /** Whether a file is in this folder's index or would be (it matches the notes glob here). */
  holds(uri: vscode.Uri): boolean {
    return this.index.get(uri.toString()) !== undefined || this.matches(uri);
  }

  private matches(uri: vscode.Uri): boolean {
    return this.owns(uri) && matchesNotesGlob(uri, this.index.settings.notesGlob);
  }

  /** Whether a file belongs to this workspace folder (not to another one nested in it). */
  private owns(uri: vscode.Uri): boolean {
    return vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() === this.folder.uri.toString();
  }

  /** Drops the notes under any of the deleted paths (a folder deleted, or moved away). */
  private removeUnder(gone: ReadonlySet<string>): void {
    if (gone.size === 0) return;
    for (const id of [...this.index.ids()]) {
      // Each folder above the note, nearest first: a look-up each, not a scan of the deleted paths.
      for (let end = id.lastIndexOf('/'); end > 0; end = id.lastIndexOf('/', end - 1)) {
        if (gone.has(id.slice(0, end))) {
          this.index.remove(id);
          break;
        }
      }
    }
  }

  /** The notes in those of the created paths that are folders (a folder of notes copied or moved in). */
  private async notesIn(created: readonly string[]): Promise<string[]> {
    const out: string[] = [];
    const slicer = new Slicer();
    let walked: string | undefined;
    // By path, so that the folders created inside one just walked (a tree
    // moved in) are not walked again, one walk for each of them.
    for (const id of [...created].sort()) {
      if (walked !== undefined && id.startsWith(`${walked}/`)) continue;
      const uri = vscode.Uri.parse(id);
      try {
        if (((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) === 0) continue;
        walked = id;
        // noteIdsUnder holds them to the glob already.
        for (const file of await noteIdsUnder(this.folder, this.index.settings.notesGlob, uri)) {
          const turn = slicer.step();
          if (turn) await turn;
          if (this.owns(vscode.Uri.parse(file))) out.push(file);
        }
      } catch {
        // gone again, or not readable: nothing to add
      }
    }
    return out;
  }

  private renamed(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    if (this.index.get(oldUri.toString()) && this.matches(newUri)) this.index.rename(oldUri.toString(), newUri.toString());
  }

  private queue(uri: vscode.Uri, kind: PendingChange): void {
    this.pending.set(uri.toString(), kind);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), FILE_DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    const paths: Record<PendingChange, string[]> = { changed: [], deleted: [], folderCreated: [], folderDeleted: [] };
    for (const [id, kind] of this.pending) paths[kind].push(id);
    this.pending.clear();
    for (const id of paths.deleted) this.index.remove(id);
    this.removeUnder(new Set(paths.folderDeleted));
    const changed = new Set([...paths.changed, ...(await this.notesIn(paths.folderCreated))]);
    const fromDisk: string[] = [];
    for (const id of changed) {
      const text = this.editors.textOf(id);
      if (text !== undefined) this.index.updateFromText(id, text);
      else fromDisk.push(id);
    }
    if (fromDisk.length) await this.index.refreshMany(fromDisk);
  }
}
