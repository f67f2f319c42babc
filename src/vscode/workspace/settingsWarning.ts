/**
 * Settings that were replaced by their defaults are said once per (re)build,
 * in plain words. The problems quote setting keys a workspace wrote, so the
 * message goes through notificationText: `[x](command:…)` links nothing.
 */
import * as vscode from 'vscode';
import { notificationText } from '../../core/sinks';
import { ClientWorkspace } from './clientWorkspace';

export function warnAboutSettings(clients: ClientWorkspace): vscode.Disposable {
  return clients.onDidRebuild(() => {
    if (clients.settingsProblems.length) void vscode.window.showWarningMessage(notificationText(vscode.l10n.t('Client Friction settings: {0}.', clients.settingsProblems.join('; '))));
  });
}
