/** Reads `clientFriction.*` settings into the core's settings object. */
import * as vscode from 'vscode';
import { CalendarDay } from '../../core/dates';
import { FrictionSettings, Language, resolveSettings, settingsInputFrom } from '../../core/settings';
import { SECTION, SettingKeys } from '../settingKeys';

export interface LoadedSettings {
  settings: FrictionSettings;
  /** Plain-words complaints about settings that were replaced by defaults. */
  problems: string[];
  /** The day `clientFriction.asOf` pins the scores to; undefined: today. */
  asOf: CalendarDay | undefined;
}

export function loadSettings(scope?: vscode.ConfigurationScope): LoadedSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const input = settingsInputFrom((key) => c.get(key));
  input.language = resolveLanguage(c.get<string>(SettingKeys.language));
  return resolveSettings(input);
}

/** `auto` follows the VS Code display language when a set of texts exists for it. */
export function resolveLanguage(setting: string | undefined): Language | string {
  if (setting && setting !== 'auto') return setting;
  return displayLanguage();
}

/**
 * The language the interface speaks: VS Code's display language (Malay when
 * it is Malay, else English). `vscode.l10n` picks the bundle by the same
 * display language; this is for the words the core keeps in both languages
 * (the tags' descriptions).
 */
export function displayLanguage(): Language {
  return vscode.env.language.toLowerCase().startsWith('ms') ? 'ms' : 'en';
}

/**
 * The settings a workspace folder's notes are read with: the window's, with
 * what the folder's own settings say of the keys the manifest scopes to a
 * resource (`notesGlob`: in a multi-root workspace each folder may keep its
 * notes elsewhere).
 */
export function folderSettings(window: FrictionSettings, folder: vscode.WorkspaceFolder): FrictionSettings {
  const own = loadSettings(folder.uri).settings;
  return own.notesGlob === window.notesGlob ? window : Object.freeze({ ...window, notesGlob: own.notesGlob });
}
