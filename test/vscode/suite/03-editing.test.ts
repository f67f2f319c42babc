import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientFrictionApi } from '../../../src/extension';
import { asOfIso, clientLabels, closeAll, extensionApi, noteUri, saveActive, waitFor } from './util';

describe('typing in a note re-ranks it', () => {
  let api: ClientFrictionApi;
  before(async () => {
    api = await extensionApi();
  });
  after(closeAll);

  const rude = () => Array.from({ length: 4 }, () => `- ${asOfIso(api)} Shouted again #rude`).join('\n');
  const rowsNamed = async (name: string) => (await api.tree.visibleClients()).filter((r) => r.summary.name === name);

  it('re-ranks from unsaved editor text, without a duplicate entry', async () => {
    const uri = noteUri('harbour-yoga.md');
    const editor = await vscode.window.showTextDocument(uri);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((b) => b.insert(end, `\n${rude()}\n`)));
    assert.ok(editor.document.isDirty);
    await waitFor(async () => (await clientLabels(api))[0] === 'Harbour Yoga', 'Harbour Yoga to rank first from the editor text');
    assert.equal((await rowsNamed('Harbour Yoga')).length, 1);
    assert.equal((await rowsNamed('Harbour Yoga'))[0].summary.band, 'fire');
  });

  it('goes back to the file on disk when the note is closed without saving', async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(async () => (await rowsNamed('Harbour Yoga'))[0]?.summary.band === 'calm', 'Harbour Yoga to be calm again');
    assert.notEqual((await clientLabels(api))[0], 'Harbour Yoga');
  });

  it('re-ranks a saved edit', async () => {
    const uri = noteUri('harbour-yoga.md');
    const editor = await vscode.window.showTextDocument(uri);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, `\n${rude()}\n`));
    await saveActive();
    assert.ok(!editor.document.isDirty, 'saved');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(async () => (await clientLabels(api))[0] === 'Harbour Yoga', 'the saved note to rank first');
    assert.equal((await rowsNamed('Harbour Yoga')).length, 1);
  });

  it('applies a settings change at once', async () => {
    const config = vscode.workspace.getConfiguration('clientFriction');
    await config.update('weights', { conduct: 0 }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(async () => (await rowsNamed('Harbour Yoga'))[0]?.summary.signals.every((s) => s.id !== 'conduct'), 'conduct to switch off');
    } finally {
      await config.update('weights', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(async () => (await rowsNamed('Harbour Yoga'))[0]?.summary.signals.some((s) => s.id === 'conduct'), 'conduct to come back');
  });
});
