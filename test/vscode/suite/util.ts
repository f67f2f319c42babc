/** Helpers for the suites that run inside VS Code (the real `vscode` API). */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { formatIsoDay } from '../../../src/core/dates';
import { NoteIndex } from '../../../src/core/rank/noteIndex';
import type { Portfolio } from '../../../src/core/rank/portfolio';
import type { ClientFrictionApi } from '../../../src/extension';
import type { ClientNode } from '../../../src/vscode/tree/nodes';

export const EXTENSION_ID = 'client-friction.client-friction';

export async function extensionApi(): Promise<ClientFrictionApi> {
  const ext = vscode.extensions.getExtension<ClientFrictionApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  const api = await ext.activate();
  await api.clients.ready();
  return api;
}

/** The day the extension scores notes as of (the examples pin it: `clientFriction.asOf`), as `YYYY-MM-DD`: the date of a log line a test adds. */
export function asOfIso(api: ClientFrictionApi): string {
  return formatIsoDay(api.clients.asOf);
}

/** Polls until `fn` returns something truthy; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(fn: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await sleep(50);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function folder(index = 0): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[index];
  assert.ok(f, `workspace folder ${index} is open`);
  return f;
}

export function noteUri(name: string, index = 0): vscode.Uri {
  return vscode.Uri.joinPath(folder(index).uri, 'clients', name);
}

/** The client rows of the tree, in order, as the user sees them. */
export async function clientRows(api: ClientFrictionApi): Promise<ClientNode[]> {
  return api.tree.visibleClients();
}

export async function clientLabels(api: ClientFrictionApi): Promise<string[]> {
  return (await clientRows(api)).map((n) => n.toTreeItem().label as string);
}

export async function writeNote(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Closes every editor, discarding unsaved changes. */
export async function closeAll(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (!vscode.workspace.textDocuments.some((d) => d.isDirty && !d.isUntitled)) return;
  }
  throw new Error(`could not close: ${vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()).join(', ')}`);
}

/** Saves the active editor the way a person does (document.save() is unreliable in code-server 4.139). */
export async function saveActive(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.save');
}

/** What the core says about the same files of the first folder, as of the same day, with the same settings. */
export async function coreRanking(api: ClientFrictionApi): Promise<Portfolio> {
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder(), 'clients/**/*.md'));
  const index = new NoteIndex({
    settings: api.clients.settings,
    asOf: api.clients.asOf,
    read: (id, done) => {
      vscode.workspace.fs.readFile(vscode.Uri.parse(id)).then((d) => done(null, d), done);
    },
  });
  await index.build(uris.map((u) => u.toString()).sort());
  return index.portfolio();
}
