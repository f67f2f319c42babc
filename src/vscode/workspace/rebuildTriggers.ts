/** When every note is read again: the settings or the workspace folders changed, or the date did (the score is as of today). */
import * as vscode from 'vscode';
import { CalendarDay, today } from '../../core/dates';
import { SECTION } from '../settingKeys';

const DAY_CHECK_MS = 60_000;

export function rebuildTriggers(rebuild: () => void, asOf: () => CalendarDay): vscode.Disposable {
  const dayCheck = setInterval(() => {
    if (today() !== asOf()) rebuild();
  }, DAY_CHECK_MS);
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) rebuild();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => rebuild()),
    { dispose: () => clearInterval(dayCheck) },
  );
}
