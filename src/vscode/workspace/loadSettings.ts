/** Reads `clientFriction.*` settings into the core's settings object. */
import * as vscode from 'vscode';
import { FrictionSettings, Language, resolveSettings, SettingsInput } from '../../core/settings';
import { SECTION, SettingKeys } from '../settingKeys';

export interface LoadedSettings {
  settings: FrictionSettings;
  /** Plain-words complaints about settings that were replaced by defaults. */
  problems: string[];
}

export function loadSettings(scope?: vscode.ConfigurationScope): LoadedSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const input: SettingsInput = {
    notesGlob: c.get(SettingKeys.notesGlob),
    workingHours: { start: c.get(SettingKeys.workingHoursStart), end: c.get(SettingKeys.workingHoursEnd) },
    workingDays: c.get(SettingKeys.workingDays),
    halfLifeDays: c.get(SettingKeys.halfLifeDays),
    graceDays: c.get(SettingKeys.graceDays),
    replyDays: c.get(SettingKeys.replyDays),
    flagDays: c.get(SettingKeys.flagDays),
    concentrationPercent: c.get(SettingKeys.concentrationPercent),
    weights: c.get(SettingKeys.weights),
    scale: c.get(SettingKeys.scale),
    bandThresholds: c.get(SettingKeys.bandThresholds),
    defaultNoticeDays: c.get(SettingKeys.defaultNoticeDays),
    defaultRevisionsIncluded: c.get(SettingKeys.defaultRevisionsIncluded),
    coolDownDays: c.get(SettingKeys.coolDownDays),
    maxNoteSizeKB: c.get(SettingKeys.maxNoteSizeKB),
    tagSynonyms: c.get(SettingKeys.tagSynonyms),
    yourName: c.get(SettingKeys.yourName),
    language: resolveLanguage(c.get<string>(SettingKeys.language)),
    paymentReminders: c.get(SettingKeys.paymentReminders),
  };
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
