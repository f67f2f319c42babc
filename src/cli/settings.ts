/**
 * The settings a command scores a folder with: the `clientFriction.*`
 * settings of the folder's `.vscode/settings.json`, as the sidebar reads them
 * (../shared/spec/cli.md, Settings), or of the file `--settings FILE` names,
 * or none with `--no-settings`; then the command's own flags over them
 * (`--glob`, `--as-of`). A wrong value is a problem on its line of the file,
 * and its default applies.
 */
import { join, resolve } from 'node:path';
import { CalendarDay } from '../core/dates';
import { L10n } from '../core/l10n';
import { Problem } from '../core/problems';
import { FrictionSettings, resolveSettings, SettingsInput } from '../core/settings';
import { readSettingsFile } from '../core/settingsFile';
import { terminalText } from '../core/sinks';
import { readNote } from '../node/readNote';
import { UsageError } from './io';

/** The flags every command that reads notes takes for its settings. */
export const SETTINGS_FLAGS = { settings: 'string', 'no-settings': 'boolean' } as const;

export interface SettingsFlags {
  settings?: string;
  'no-settings'?: true;
}

/** A settings file is small: a larger one is refused, not read. */
const MAX_SETTINGS_BYTES = 1024 * 1024;
const UTF8 = new TextDecoder('utf-8');

/** Where a folder's settings come from: its own file, the one `--settings` names, or none. */
export function settingsFileOf(folder: string, flags: SettingsFlags, cwd: string): { path: string; shown: string; required: boolean } | undefined {
  if (flags['no-settings']) return undefined;
  if (flags.settings !== undefined) return { path: resolve(cwd, flags.settings), shown: flags.settings, required: true };
  return { path: join(folder, '.vscode', 'settings.json'), shown: '.vscode/settings.json', required: false };
}

export interface FolderSettings {
  settings: FrictionSettings;
  /** The day the settings pin (`clientFriction.asOf`), if they do. */
  asOf: CalendarDay | undefined;
  /** The file's problems, each on its line (`file` as the file is shown). */
  problems: Problem[];
}

/**
 * The settings for `folder`: its file's values, then `overrides` (the
 * command's flags and the run's language) over them. A missing file of the
 * folder is no settings; a missing `--settings FILE` is bad usage.
 */
export function folderSettings(folder: string, flags: SettingsFlags, cwd: string, overrides: SettingsInput, l10n: L10n): FolderSettings {
  const source = settingsFileOf(folder, flags, cwd);
  let input: SettingsInput = {};
  const problems: Problem[] = [];
  if (source) {
    let text: string | undefined;
    try {
      text = UTF8.decode(readNote(source.path, MAX_SETTINGS_BYTES));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || source.required) {
        if (source.required) throw new UsageError(l10n.t('cannot read the settings file {0}: {1}', terminalText(source.shown), terminalText((err as Error).message)));
        problems.push({ file: source.shown, line: 1, severity: 'warning', message: l10n.t('the settings file could not be read ({0}); using the defaults', (err as Error).message) });
      }
    }
    if (text !== undefined) {
      const read = readSettingsFile(text);
      input = read.input;
      for (const p of read.problems) problems.push({ file: source.shown, line: p.line, severity: 'warning', message: p.message });
    }
  }
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const resolved = resolveSettings({ ...input, ...defined });
  return { settings: resolved.settings, asOf: resolved.asOf, problems };
}
