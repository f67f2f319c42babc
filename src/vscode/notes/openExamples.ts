/** Open Example Notes: copies the bundled examples/ into the extension's storage (once) and opens that copy. */
import * as vscode from 'vscode';
import { notificationText } from '../../core/sinks';
import { Command } from '../commands';
import { Commands } from '../settingKeys';
import { exists } from '../workspace/noteFiles';

export function openExamplesCommand(context: vscode.ExtensionContext): Command {
  return {
    id: Commands.openExamples,
    execute: async (options?: { open?: boolean }) => {
      // A copy the user can edit freely, kept in the extension's storage.
      const source = vscode.Uri.joinPath(context.extensionUri, 'examples');
      const target = vscode.Uri.joinPath(context.globalStorageUri, 'examples');
      if (!(await exists(vscode.Uri.joinPath(target, 'clients')))) {
        try {
          await vscode.workspace.fs.createDirectory(context.globalStorageUri);
          await vscode.workspace.fs.copy(source, target, { overwrite: false });
        } catch (err) {
          void vscode.window.showErrorMessage(notificationText(vscode.l10n.t('Could not copy the example notes: {0}', (err as Error).message)));
          return undefined;
        }
      }
      if (options?.open !== false) await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: true });
      return target;
    },
  };
}
