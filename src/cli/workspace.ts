/**
 * What `rank` and `report` score: the folders named, each with its own
 * settings (its `.vscode/settings.json`, as the sidebar reads them) and the
 * notes its glob finds, in groups of notes that share settings and as-of day.
 */
import { CalendarDay, today } from '../core/dates';
import { L10n } from '../core/l10n';
import { Problem } from '../core/problems';
import { FrictionSettings, Language } from '../core/settings';
import { realpathSync } from 'node:fs';
import { NoteIndex } from '../core/rank/noteIndex';
import { buildPortfolio, Portfolio } from '../core/rank/portfolio';
import { SummaryCache } from '../core/rank/summaryCache';
import { cacheFilesIn } from '../node/cacheFiles';
import { NoteFilePorts, noteFilePorts } from '../node/noteFilePorts';
import { CliIo, parseAsOf, parseHomeCurrency } from './io';
import { resolveFolders, ScannedNotes, scanFolders } from './scan';
import { folderSettings, SettingsFlags } from './settings';

export interface WorkspaceFlags extends SettingsFlags {
  glob?: string;
  'as-of'?: string;
  'home-currency'?: string;
}

/** Notes scored alike: one index each. */
export interface NoteGroup {
  settings: FrictionSettings;
  asOf: CalendarDay;
  /** The folders whose notes these are (indexes into `folders`). */
  folders: number[];
  ids: string[];
}

export interface ScannedWorkspace extends ScannedNotes {
  groups: NoteGroup[];
  /** The day of the first folder (the report's heading): `--as-of`, else its settings' pin, else today. */
  asOf: CalendarDay;
}

export function scanWorkspace(positionals: readonly string[], flags: WorkspaceFlags, io: CliIo, language: Language, l10n: L10n): ScannedWorkspace {
  const asOfFlag = flags['as-of'] === undefined ? undefined : parseAsOf(flags['as-of'], l10n);
  const homeCurrency = flags['home-currency'] === undefined ? undefined : parseHomeCurrency(flags['home-currency'], l10n);
  const folders = resolveFolders(positionals, io.cwd, l10n);
  const setups = folders.map((folder) => folderSettings(folder, flags, io.cwd, { notesGlob: flags.glob, language, homeCurrency }, l10n));
  const scanned = scanFolders(folders, io.cwd, (i) => setups[i].settings.notesGlob, l10n);

  const groups: NoteGroup[] = [];
  const byKey = new Map<string, NoteGroup>();
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const [i, setup] of setups.entries()) {
    const asOf = asOfFlag ?? setup.asOf ?? today(io.now());
    const key = JSON.stringify([setup.settings, asOf]);
    let group = byKey.get(key);
    if (!group) {
      group = { settings: setup.settings, asOf, folders: [], ids: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.folders.push(i);
    // A folder's own file is named under its prefix; a --settings file once.
    for (const p of setup.problems) {
      const file = flags.settings === undefined ? scanned.prefixes[i] + p.file : p.file;
      const id = `${file}:${p.line}:${p.message}`;
      if (!reported.has(id)) problems.push({ ...p, file });
      reported.add(id);
    }
  }
  const groupOf = folders.map((_, i) => groups.find((g) => g.folders.includes(i))!);
  for (const [id, folder] of scanned.folderOf) groupOf[folder].ids.push(id);
  return { ...scanned, problems: [...scanned.problems, ...problems], groups, asOf: groups[0].asOf };
}

/** The scanned notes indexed, as the extension indexes a local folder: one index a group. */
export interface IndexedWorkspace {
  portfolio: Portfolio;
  /** Each group's index (its summaries) and the ports it read through. */
  indexes: { group: NoteGroup; index: NoteIndex; ports: NoteFilePorts }[];
}

/**
 * Indexes every group of the scan through the Node read ports the extension
 * uses for local folders (noteFilePorts: checked reads, worker threads for
 * many notes), with the summary cache in `cacheDir` when given. Several
 * groups (folders with different settings) are ranked together, their income
 * counted as the first folder's settings say.
 */
export async function indexWorkspace(scanned: ScannedWorkspace, cacheDir?: string): Promise<IndexedWorkspace> {
  const { folders, pathOf } = scanned;
  const indexes: IndexedWorkspace['indexes'] = [];
  for (const group of scanned.groups) {
    const { settings } = group;
    // One cache per set of folders and notes glob (summaries worded in another language are not used: see summarySettingsKey).
    const scanKey = JSON.stringify([group.folders.map((i) => realpathSync(folders[i])), settings.notesGlob]);
    const cache = cacheDir === undefined ? undefined : new SummaryCache(cacheFilesIn(cacheDir), scanKey, settings);
    const ports = noteFilePorts((id) => pathOf.get(id) as string, settings.maxNoteBytes);
    const index = new NoteIndex({ settings, asOf: group.asOf, ...ports, keepFacts: cache !== undefined });
    await index.build(group.ids, await cache?.load(group.asOf));
    if (cache) await cache.save(await index.cacheEntries(), group.asOf);
    indexes.push({ group, index, ports });
  }
  const portfolio = indexes.length === 1 ? indexes[0].index.portfolio() : buildPortfolio(indexes.flatMap((i) => [...i.index.summaries()]), scanned.groups[0].settings);
  if (scanned.problems.length) {
    portfolio.problems = [...portfolio.problems, ...scanned.problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  }
  return { portfolio, indexes };
}
