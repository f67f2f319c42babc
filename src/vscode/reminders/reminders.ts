/** The reminders feature: the model, the Reminders view, the status bar entry and their commands, as one disposable. */
import * as vscode from 'vscode';
import { Command } from '../commands';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { reminderCommands } from './reminderCommands';
import { RemindersModel } from './remindersModel';
import { RemindersStatusBar } from './remindersStatusBar';
import { RemindersView } from './remindersView';

export interface Reminders extends vscode.Disposable {
  model: RemindersModel;
  view: RemindersView;
  statusBar: RemindersStatusBar;
  commands: Command[];
}

export function reminders(context: Pick<vscode.ExtensionContext, 'workspaceState' | 'globalState' | 'extensionMode'>, clients: ClientWorkspace): Reminders {
  const model = new RemindersModel(clients, context.workspaceState);
  const view = new RemindersView(model, clients);
  const statusBar = new RemindersStatusBar(model, clients, context);
  // The view and the status bar listen to the model: they go first.
  const parts = vscode.Disposable.from(statusBar, view, model);
  return { model, view, statusBar, commands: reminderCommands(model, clients), dispose: () => parts.dispose() };
}
