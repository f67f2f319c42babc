/**
 * What the UI shows of a (re)build: progress on the Clients view, and the
 * context keys its welcome content reads (`indexing`, `hasNotes`).
 */
import * as vscode from 'vscode';
import { setContext } from '../commands';
import { ContextKeys, VIEW_ID } from '../settingKeys';
import { ClientWorkspace } from './clientWorkspace';

export function showIndexing(clients: ClientWorkspace): vscode.Disposable {
  return vscode.Disposable.from(
    clients.onWillRebuild((done) => {
      setContext(ContextKeys.indexing, true);
      void vscode.window.withProgress({ location: { viewId: VIEW_ID }, title: vscode.l10n.t('Reading client notes') }, () => done);
    }),
    clients.onDidRebuild(() => {
      setContext(ContextKeys.indexing, false);
      setContext(ContextKeys.hasNotes, clients.noteCount() > 0);
    }),
  );
}
