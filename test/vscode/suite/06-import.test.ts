import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { ClientFrictionApi } from '../../../src/extension';
import type { ImportCsvResult } from '../../../src/vscode/import/importCommand';
import { closeAll, extensionApi, noteUri, waitFor, writeNote } from './util';

/** The repository (the compiled tests run from its out/ folder). */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

const root = repoRoot();
const fixture = (name: string) => vscode.Uri.file(join(root, 'test', 'fixtures', 'import', name));
const expected = (name: string) => readFileSync(join(root, 'test', 'fixtures', 'import', 'expected', 'toggl', 'clients', name), 'utf8');
const original = (name: string) => readFileSync(join(root, 'examples', 'clients', name), 'utf8');

describe('Import from CSV', () => {
  let api: ClientFrictionApi;
  before(async () => {
    api = await extensionApi();
  });
  afterEach(closeAll);

  const text = async (name: string) => (await vscode.workspace.openTextDocument(noteUri(name))).getText();
  const hours = (name: string) => api.clients.summaryOf(noteUri(name))?.hoursLogged;

  it('imports a Toggl export into the example notes as one edit, undone in one step', async () => {
    assert.equal(await text('northwind-studio.md'), original('northwind-studio.md'));
    assert.equal(await text('kampung-kopi.md'), original('kampung-kopi.md'));
    const hoursBefore = hours('northwind-studio.md')!;

    const result = (await vscode.commands.executeCommand('clientFriction.importCsv', {
      files: [fixture('toggl.csv')],
      preview: false,
      unmatched: { 'Acme Ltd': 'skip' },
    })) as ImportCsvResult;
    assert.ok(result.applied);
    assert.deepEqual(
      result.changed.map((u) => u.toString()),
      [noteUri('kampung-kopi.md').toString(), noteUri('northwind-studio.md').toString()],
    );
    assert.deepEqual(result.report.unmatched, [
      { client: 'Acme Ltd', rows: 2 },
      { client: '', rows: 1 },
    ]);
    assert.equal(await text('northwind-studio.md'), expected('northwind-studio.md'));
    assert.equal(await text('kampung-kopi.md'), expected('kampung-kopi.md'));
    await waitFor(() => hours('northwind-studio.md')! > hoursBefore, 'the tree to count the imported hours');

    await vscode.window.showTextDocument(noteUri('northwind-studio.md'));
    await vscode.commands.executeCommand('undo');
    await waitFor(async () => (await text('northwind-studio.md')) === original('northwind-studio.md'), 'Northwind to be as it was');
    assert.equal(await text('kampung-kopi.md'), original('kampung-kopi.md'), 'the same undo step reverted Kampung Kopi');
    await waitFor(() => hours('northwind-studio.md') === hoursBefore, 'the tree to drop the imported hours');
  });

  it('remembers a client name sent to a note as an alias, so the next import matches it', async () => {
    const uri = noteUri('zz-import-target.md');
    const note = '---\nclient: Import Target   # kept\nstatus: active\n---\n\n## Log\n- 2026-11-02 Kick-off\n';
    await writeNote(uri, note);
    await waitFor(() => api.clients.summaryOf(uri), 'the target note in the index');
    const csv = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'import-target.csv');
    await vscode.workspace.fs.writeFile(
      csv,
      new TextEncoder().encode(
        'Date,Client,Project,Task,Notes,Hours\n2026-11-20,Target Ltd.,,Design,Landing page,2.5\n',
      ),
    );
    const run = () => vscode.commands.executeCommand('clientFriction.importCsv', { files: [csv], preview: false, unmatched: { 'Target Ltd.': uri.toString() } }) as Thenable<ImportCsvResult>;
    const first = await run();
    assert.ok(first.applied);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.getText(), '---\nclient: Import Target   # kept\naliases: [Target Ltd.]\nstatus: active\n---\n\n## Log\n- 2026-11-02 Kick-off\n- 2026-11-20 2.5h Landing page\n');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.save');
    const second = await vscode.commands.executeCommand('clientFriction.importCsv', { files: [csv], preview: false }) as ImportCsvResult;
    assert.equal(second.applied, false);
    assert.deepEqual(second.report.unmatched, []);
    assert.deepEqual(second.report.notes, [{ file: 'clients/zz-import-target.md', client: 'Import Target', entriesAdded: 0, invoicesAdded: 0, paidFilledIn: 0, skipped: 1 }]);
    await vscode.workspace.fs.delete(csv);
    await vscode.workspace.fs.delete(uri);
  });

  it('gives a client name a new note when asked, in the same edit', async () => {
    const csv = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'new-client.csv');
    await vscode.workspace.fs.writeFile(csv, new TextEncoder().encode('Date,Client,Project,Task,Notes,Hours\n2026-11-20,Fresh Client & Co,,Design,First sketches,1.5\n'));
    const result = (await vscode.commands.executeCommand('clientFriction.importCsv', { files: [csv], preview: false, unmatched: { 'Fresh Client & Co': 'new' } })) as ImportCsvResult;
    assert.ok(result.applied);
    const created = noteUri('fresh-client-co.md');
    assert.deepEqual(result.changed.map((u) => u.toString()), [created.toString()]);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
    assert.match(text, /^---\nclient: "Fresh Client & Co"\n|^---\nclient: Fresh Client & Co\n/);
    assert.match(text, /\n## Log\n<!-- A contact: [^\n]* -->\n- 2026-11-20 1\.5h First sketches\n$/);
    await waitFor(() => api.clients.summaryOf(created)?.name === 'Fresh Client & Co', 'the new note in the tree');
    await vscode.workspace.fs.delete(csv);
    await vscode.workspace.fs.delete(created);
  });

  it('refuses an export whose rows do not line up, changes nothing, and shows where in the Problems panel', async () => {
    const before = await text('northwind-studio.md');
    const result = (await vscode.commands.executeCommand('clientFriction.importCsv', { files: [fixture('ragged.csv')], preview: false })) as ImportCsvResult;
    assert.equal(result.applied, false);
    assert.equal(await text('northwind-studio.md'), before);
    const diagnostics = vscode.languages.getDiagnostics(fixture('ragged.csv'));
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].range.start.line, 2);
    assert.match(diagnostics[0].message, /^this row has 10 fields where the header has 14/);
  });
});
