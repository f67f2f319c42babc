/** Settings that were replaced by their defaults are said once per (re)build, in plain words. */
import * as vscode from 'vscode';
import { ClientWorkspace } from './clientWorkspace';

export function warnAboutSettings(clients: ClientWorkspace): vscode.Disposable {
  return clients.onDidRebuild(() => {
    if (clients.settingsProblems.length) void vscode.window.showWarningMessage(`Client Friction settings: ${clients.settingsProblems.join('; ')}.`);
  });
}
