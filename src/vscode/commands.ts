/**
 * The one command shape (as in VS Code's markdown-language-features): a
 * command is an id from `Commands` and a function; `registerCommands` turns a
 * list of them into one disposable. Context keys are set through `setContext`,
 * with the keys of `ContextKeys`.
 */
import * as vscode from 'vscode';
import { CommandId, ContextKey } from './settingKeys';

export interface Command {
  readonly id: CommandId;
  // Commands take their answers as arguments (from menus, keybindings, tests), each its own.
  execute(...args: never[]): unknown;
}

export function registerCommands(commands: readonly Command[]): vscode.Disposable {
  return vscode.Disposable.from(...commands.map((c) => vscode.commands.registerCommand(c.id, c.execute)));
}

export function setContext(key: ContextKey, value: unknown): void {
  void vscode.commands.executeCommand('setContext', key, value);
}
