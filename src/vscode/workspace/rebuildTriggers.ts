/** When every note is read again: the settings or the workspace folders changed, or the day the notes are scored as of did (today's date, unless a setting pins it). */
import * as vscode from 'vscode';
import { CalendarDay } from '../../core/dates';
import { SECTION } from '../settingKeys';

const DAY_CHECK_MS = 60_000;

/** `dueDay`: the day the notes should be scored as of now; `scoredDay`: the day they are. */
export function rebuildTriggers(rebuild: () => void, dueDay: () => CalendarDay, scoredDay: () => CalendarDay): vscode.Disposable {
  const dayCheck = setInterval(() => {
    if (dueDay() !== scoredDay()) rebuild();
  }, DAY_CHECK_MS);
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) rebuild();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => rebuild()),
    { dispose: () => clearInterval(dayCheck) },
  );
}
