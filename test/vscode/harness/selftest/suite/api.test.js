// Runs inside code-server's extension host (via the runner extension) and checks that
// a suite there gets the real VS Code API: commands, documents, edits, extensions.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const vscode = require('vscode');

const SAMPLE_ID = 'client-friction-tests.selftest-sample';

describe('selftest: VS Code API in the extension host', () => {
  it('is a real VS Code 1.139', () => {
    assert.match(vscode.version, /^1\.139\./);
  });

  it('has the sample extension active with its exports', () => {
    const extension = vscode.extensions.getExtension(SAMPLE_ID);
    assert.ok(extension, `${SAMPLE_ID} is installed`);
    assert.equal(extension.isActive, true);
    assert.deepEqual(extension.exports.itemLabels(), ['Alpha', 'Beta', 'Gamma']);
  });

  it('executes a command the sample extension registered', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('selftest.hello'));
    assert.equal(await vscode.commands.executeCommand('selftest.hello'), 'hello');
  });

  it('opens a workspace document, edits it with a WorkspaceEdit and saves it', async () => {
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folder, 'a folder is open');
    const uri = vscode.Uri.joinPath(folder.uri, 'notes.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.lineAt(0).text, '# Notes');
    assert.equal(doc.languageId, 'markdown');

    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(1, 0), 'Added by the selftest.\n');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    assert.equal(doc.lineAt(1).text, 'Added by the selftest.');
    assert.equal(doc.isDirty, true);

    // The harness runs on a copy of the workspace folder, so saving is safe.
    assert.equal(await doc.save(), true);
    assert.match(fs.readFileSync(uri.fsPath, 'utf8'), /Added by the selftest\./);
  });

  it('shows an untitled document in an editor', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'hello' });
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(vscode.window.activeTextEditor, editor);
    await editor.edit((b) => b.insert(new vscode.Position(0, 5), ' world'));
    assert.equal(doc.getText(), 'hello world');
  });

  it('sees environment variables given to the harness', () => {
    assert.equal(process.env.CF_SELFTEST_MARKER, 'from-the-harness');
  });
});
