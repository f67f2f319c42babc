/**
 * New Client Note: asks the name (or takes it as an argument), creates
 * `clients/<slug>.md` from a template dated today and opens it; never
 * overwrites a note.
 */
import * as vscode from 'vscode';
import { today } from '../../core/dates';
import { notificationText } from '../../core/sinks';
import { newNoteText, slugify } from '../../core/noteEdits';
import { Command } from '../commands';
import { Commands } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { exists } from '../workspace/noteFiles';
import { showAt } from './editNote';

export function newClientNoteCommand(clients: ClientWorkspace): Command {
  return {
    id: Commands.newClientNote,
    execute: async (nameArg?: unknown, folderArg?: unknown) => {
      // From the palette or a test: a name and a folder. From the view's
      // title bar or a menu, VS Code passes its own argument: not a name.
      const name = typeof nameArg === 'string' ? nameArg : undefined;
      const folder = await pickFolder(isFolderArg(folderArg) ? folderArg : undefined);
      if (!folder) return undefined;
      const clientName =
        name ??
        (await vscode.window.showInputBox({
          title: vscode.l10n.t('New Client Note'),
          prompt: vscode.l10n.t("The client's name"),
          placeHolder: 'Northwind Studio',
          validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name is needed')),
        }));
      if (!clientName?.trim()) return undefined;
      const uri = vscode.Uri.joinPath(folder.uri, 'clients', `${slugify(clientName)}.md`);
      if (await exists(uri)) {
        // Not awaited: the command is done; the button only offers a next step.
        const message = vscode.l10n.t('{0} already exists; it was not overwritten.', vscode.workspace.asRelativePath(uri));
        void vscode.window.showErrorMessage(notificationText(message), vscode.l10n.t('Open It')).then((open) => {
          if (open) void vscode.window.showTextDocument(uri);
        });
        return undefined;
      }
      const text = newNoteText(clientName.trim(), today(), clients.settings, clients.language);
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage(notificationText(vscode.l10n.t('Could not create {0}.', vscode.workspace.asRelativePath(uri))));
        return undefined;
      }
      const doc = await vscode.workspace.openTextDocument(uri);
      await showAt(doc, text.indexOf('contact:') + 'contact:'.length);
      return uri;
    },
  };
}

function isFolderArg(arg: unknown): arg is vscode.WorkspaceFolder | vscode.Uri {
  if (arg instanceof vscode.Uri) return true;
  const f = arg as vscode.WorkspaceFolder | undefined;
  return f !== undefined && f !== null && f.uri instanceof vscode.Uri && typeof f.index === 'number';
}

async function pickFolder(arg?: vscode.WorkspaceFolder | vscode.Uri): Promise<vscode.WorkspaceFolder | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.getWorkspaceFolder(arg);
  if (arg) return arg;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    const open = await vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: client notes live in its clients/ folder.'), vscode.l10n.t('Open Folder'));
    if (open) await vscode.commands.executeCommand('workbench.action.files.openFolder');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which folder holds the client notes?') });
}
