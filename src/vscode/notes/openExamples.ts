/**
 * Open Example Notes: copies the bundled examples/ into the extension's
 * storage, every date moved by whole weeks so that the newest entry is of the
 * last week (src/core/examples.ts), and opens that copy in a new window. An
 * earlier copy nobody edited is brought to this week; an edited one is kept.
 * In a window that already shows the copy, it says so and offers to reset it
 * to this week instead of opening a second window.
 */
import * as vscode from 'vscode';
import { today } from '../../core/dates';
import { ExampleFile, existingCopyState, freshExamples } from '../../core/examples';
import { notificationText } from '../../core/sinks';
import { Command } from '../commands';
import { Commands } from '../settingKeys';
import { exists } from '../workspace/noteFiles';

const UTF8 = new TextDecoder('utf-8');
const ENCODE = new TextEncoder();

export interface OpenExamplesOptions {
  /** false: copy (or bring up to date) without opening a window. */
  open?: boolean;
  /** The answer to "reset the examples?" in a window that shows them (tests). */
  reset?: boolean;
}

export function openExamplesCommand(context: vscode.ExtensionContext): Command {
  return {
    id: Commands.openExamples,
    execute: async (options?: OpenExamplesOptions) => {
      // A copy the user can edit freely, kept in the extension's storage.
      const source = vscode.Uri.joinPath(context.extensionUri, 'examples');
      const target = vscode.Uri.joinPath(context.globalStorageUri, 'examples');
      try {
        if (isOpenHere(target)) {
          await offerReset(source, target, options?.reset);
          return target;
        }
        await bringUpToDate(source, target, false);
      } catch (err) {
        void vscode.window.showErrorMessage(notificationText(vscode.l10n.t('Could not copy the example notes: {0}', (err as Error).message)));
        return undefined;
      }
      if (options?.open !== false) await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: true });
      return target;
    },
  };
}

function isOpenHere(target: vscode.Uri): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.toString() === target.toString());
}

async function offerReset(source: vscode.Uri, target: vscode.Uri, answer: boolean | undefined): Promise<void> {
  const reset = vscode.l10n.t('Reset to This Week');
  const chosen =
    answer ??
    (await vscode.window.showInformationMessage(
      vscode.l10n.t('The example notes are open in this window.'),
      { modal: true, detail: vscode.l10n.t('Reset them to a fresh copy dated this week? Your changes to them are lost.') },
      reset,
    )) === reset;
  if (chosen) await bringUpToDate(source, target, true);
}

/** Writes this week's copy unless the one there is current, or was edited (and `force` is off). */
async function bringUpToDate(source: vscode.Uri, target: vscode.Uri, force: boolean): Promise<void> {
  const originals = await readFiles(source);
  const day = today();
  const there = (await exists(target)) ? await readFiles(target) : [];
  const state = there.length === 0 ? 'refresh' : existingCopyState(originals, there, day);
  if (state === 'current' || (state === 'keep' && !force)) return;
  const fresh = freshExamples(originals, day).files;
  for (const file of fresh) {
    // An open note's editor follows the file (it is not dirty: the copy is new or unedited).
    await vscode.workspace.fs.writeFile(uriOf(target, file.path), ENCODE.encode(file.text));
  }
  // A reset also takes away the notes added since (the folder itself stays: it may be the open workspace).
  const kept = new Set(fresh.map((f) => f.path));
  for (const file of there) if (!kept.has(file.path)) await vscode.workspace.fs.delete(uriOf(target, file.path), { useTrash: false });
}

function uriOf(folder: vscode.Uri, path: string): vscode.Uri {
  return vscode.Uri.joinPath(folder, ...path.split('/'));
}

/** Every file under `dir` (a small folder: the examples, or a copy of them). */
async function readFiles(dir: vscode.Uri, prefix = ''): Promise<ExampleFile[]> {
  const files: ExampleFile[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    const uri = vscode.Uri.joinPath(dir, name);
    const path = prefix ? `${prefix}/${name}` : name;
    if (type & vscode.FileType.Directory) files.push(...(await readFiles(uri, path)));
    else if (type & vscode.FileType.File) files.push({ path, text: UTF8.decode(await vscode.workspace.fs.readFile(uri)) });
  }
  return files;
}
