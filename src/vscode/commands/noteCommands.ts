/**
 * The commands about notes and the view: New Client Note, Log Interaction,
 * Refresh, Open Example Notes, Copy Summary, Reveal, and the view's sorting
 * and grouping. Prompting commands also take their answers as arguments, so
 * that keybindings, other extensions and tests can run them without prompts.
 */
import * as vscode from 'vscode';
import { today } from '../../core/dates';
import { SIGNAL_LABELS } from '../../core/score/signals';
import { formatAmount } from '../../core/text';
import { TAG_DEFINITIONS } from '../../core/tags';
import { logEntryLine, logInsertion, newNoteText, slugify } from '../../core/noteEdits';
import { ClientSummary } from '../../core/rank/portfolio';
import { ClientWorkspace } from '../clientWorkspace';
import { applyNoteEdit, resolveNote, showAt } from '../notes';
import { FrictionTreeProvider, SortBy } from '../tree/frictionTree';

export interface LogInteractionArgs {
  tags?: string[];
  text?: string;
}

export function registerNoteCommands(
  context: vscode.ExtensionContext,
  clients: ClientWorkspace,
  tree: FrictionTreeProvider,
  view: vscode.TreeView<unknown>,
): void {
  const register = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  register('clientFriction.refresh', () => clients.rebuild());

  register('clientFriction.newClientNote', async (name?: string, folderArg?: vscode.WorkspaceFolder | vscode.Uri) => {
    const folder = await pickFolder(folderArg);
    if (!folder) return undefined;
    const clientName =
      name ??
      (await vscode.window.showInputBox({
        title: 'New Client Note',
        prompt: "The client's name",
        placeHolder: 'Northwind Studio',
        validateInput: (v) => (v.trim() ? undefined : 'A name is needed'),
      }));
    if (!clientName?.trim()) return undefined;
    const uri = vscode.Uri.joinPath(folder.uri, 'clients', `${slugify(clientName)}.md`);
    if (await exists(uri)) {
      // Not awaited: the command is done; the button only offers a next step.
      void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(uri)} already exists; it was not overwritten.`, 'Open It').then((open) => {
        if (open) void vscode.window.showTextDocument(uri);
      });
      return undefined;
    }
    const text = newNoteText(clientName.trim(), today(), clients.settings, clients.language);
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(`Could not create ${vscode.workspace.asRelativePath(uri)}.`);
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(uri);
    await showAt(doc, text.indexOf('contact:') + 'contact:'.length);
    return uri;
  });

  register('clientFriction.logInteraction', async (target?: unknown, args?: LogInteractionArgs) => {
    const uri = await resolveNote(clients, target, 'Log Interaction');
    if (!uri) return undefined;
    let tags = args?.tags;
    if (!tags) {
      const picked = await vscode.window.showQuickPick(
        TAG_DEFINITIONS.map((d) => ({ label: `#${d.tag}`, description: d.description[clients.language], tag: d.tag })),
        { title: 'Log Interaction: tags (none is fine)', canPickMany: true, placeHolder: 'Pick the tags that apply' },
      );
      if (!picked) return undefined;
      tags = picked.map((p) => p.tag);
    }
    const text =
      args?.text ??
      (await vscode.window.showInputBox({ title: 'Log Interaction', prompt: 'What happened?', placeHolder: 'WhatsApp about the hero image' }));
    if (text === undefined) return undefined;
    const now = new Date();
    const entry = logEntryLine(today(now), now.getHours() * 60 + now.getMinutes(), text, tags);
    const { text: noteText } = await clients.readNote(uri);
    const edit = logInsertion(noteText, entry, clients.settings);
    const doc = await applyNoteEdit(uri, edit);
    await showAt(doc, edit.start + edit.text.length);
    return entry;
  });

  register('clientFriction.openNote', async (target?: unknown) => {
    const uri = await resolveNote(clients, target, 'Open Note');
    if (uri) await vscode.window.showTextDocument(uri, { preview: false });
  });

  register('clientFriction.revealInExplorer', async (target?: unknown) => {
    const uri = await resolveNote(clients, target, 'Reveal in Explorer');
    if (uri) await vscode.commands.executeCommand('revealInExplorer', uri);
  });

  register('clientFriction.copySummary', async (target?: unknown) => {
    const uri = await resolveNote(clients, target, 'Copy Summary');
    const summary = uri && clients.summaryOf(uri);
    if (!summary) return undefined;
    const text = summaryText(summary);
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(`Copied the summary of ${summary.name}`, 3000);
    return text;
  });

  register('clientFriction.revealClient', async (uri?: vscode.Uri) => {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) return;
    const node = await tree.clientNode(target);
    if (node) await view.reveal(node, { select: true, focus: true, expand: true });
  });

  register('clientFriction.sortBy', async (mode?: SortBy) => {
    const choice =
      mode ??
      (
        await vscode.window.showQuickPick(
          (
            [
              ['friction', 'Friction score, highest first'],
              ['name', 'Client name'],
              ['overdue', 'Amount overdue, highest first'],
            ] as const
          ).map(([value, label]) => ({ label, value, description: tree.sortBy === value ? 'current' : undefined })),
          { title: 'Sort Clients By' },
        )
      )?.value;
    if (choice) await tree.setSortBy(choice);
  });
  register('clientFriction.groupByStatus', () => tree.setGroupByStatus(true));
  register('clientFriction.ungroup', () => tree.setGroupByStatus(false));
  register('clientFriction.showFormer', () => tree.setShowFormer(true));
  register('clientFriction.hideFormer', () => tree.setShowFormer(false));

  register('clientFriction.openExamples', async (options?: { open?: boolean }) => {
    // A copy the user can edit freely, kept in the extension's storage.
    const source = vscode.Uri.joinPath(context.extensionUri, 'examples');
    const target = vscode.Uri.joinPath(context.globalStorageUri, 'examples');
    if (!(await exists(vscode.Uri.joinPath(target, 'clients')))) {
      try {
        await vscode.workspace.fs.createDirectory(context.globalStorageUri);
        await vscode.workspace.fs.copy(source, target, { overwrite: false });
      } catch (err) {
        void vscode.window.showErrorMessage(`Could not copy the example notes: ${(err as Error).message}`);
        return undefined;
      }
    }
    if (options?.open !== false) await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: true });
    return target;
  });
}

async function pickFolder(arg?: vscode.WorkspaceFolder | vscode.Uri): Promise<vscode.WorkspaceFolder | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.getWorkspaceFolder(arg);
  if (arg) return arg;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    const open = await vscode.window.showWarningMessage('Open a folder first: client notes live in its clients/ folder.', 'Open Folder');
    if (open) await vscode.commands.executeCommand('workbench.action.files.openFolder');
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder holds the client notes?' });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Plain text for the clipboard: name, score, and the evidence in a line each. */
export function summaryText(s: ClientSummary): string {
  const lines = [`${s.name}: friction ${s.score} (${s.band}), ${s.status}`];
  for (const signal of s.signals) lines.push(`- ${SIGNAL_LABELS[signal.id]} ${signal.points}: ${signal.detail}`);
  if (s.amountOverdue > 0) lines.push(`Overdue: ${formatAmount(s.amountOverdue, s.currency)}`);
  if (s.offboarding) lines.push(`Offboarding: ${s.offboarding.done}/${s.offboarding.total} done`);
  return `${lines.join('\n')}\n`;
}
