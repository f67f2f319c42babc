import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientFrictionApi } from '../../../src/extension';
import { asOfIso, clientLabels, clientRows, closeAll, extensionApi, noteUri, readText, waitFor, writeNote } from './util';

const diagnosticsOf = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Client Friction');

describe('problems, and notes created, changed, deleted and renamed on disk', () => {
  let api: ClientFrictionApi;
  before(async () => {
    api = await extensionApi();
  });
  after(closeAll);

  it('puts a broken note\'s problem in the Problems panel on its line, and keeps the note in the tree', async () => {
    const gallo = noteUri('gallo-restaurants.md');
    await waitFor(() => diagnosticsOf(gallo).length > 0, 'the Gallo diagnostic');
    const diagnostics = diagnosticsOf(gallo);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].range.start.line, 6, 'line 7');
    assert.equal(diagnostics[0].message, 'the frontmatter cannot be read here: this line is indented differently from the lines around it; line up its spaces with the other keys (YAML: bad indentation of a mapping entry)');
    assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.ok((await clientLabels(api)).includes('Gallo Restaurant Group'));
  });

  it('clears the diagnostic when the note is fixed', async () => {
    const gallo = noteUri('gallo-restaurants.md');
    const text = await readText(gallo);
    await writeNote(gallo, text.replace('\n currency: EUR', '\ncurrency: EUR'));
    await waitFor(() => diagnosticsOf(gallo).length === 0, 'the diagnostic to clear');
    await waitFor(async () => (await clientRows(api)).find((r) => r.summary.name === 'Gallo Restaurant Group')?.summary.problems.length === 0, 'the tree to update');
  });

  it('adds a note created on disk, and re-ranks one changed on disk', async () => {
    const uri = noteUri('zz-new-arrival.md');
    await writeNote(uri, '---\nclient: New Arrival\nstatus: active\n---\n# New Arrival\n');
    await waitFor(async () => (await clientLabels(api)).includes('New Arrival'), 'the new note in the tree');
    const before = (await clientLabels(api)).indexOf('New Arrival');
    const d = asOfIso(api);
    await writeNote(uri, `---\nclient: New Arrival\nstatus: active\n---\n# New Arrival\n## Log\n- ${d} #rude\n- ${d} #rude\n- ${d} #rude\n- ${d} #rude\n`);
    await waitFor(async () => (await clientLabels(api))[0] === 'New Arrival', 'the changed note to rank first');
    assert.ok(before > 0);
  });

  it('removes a deleted note from the tree and its diagnostics from the Problems panel', async () => {
    const uri = noteUri('zz-broken-then-deleted.md');
    await writeNote(uri, '---\nclient: Doomed\nrate: lots\n---\n');
    await waitFor(() => diagnosticsOf(uri).length === 1, 'the diagnostic of the new broken note');
    await vscode.workspace.fs.delete(uri);
    await waitFor(async () => !(await clientLabels(api)).includes('Doomed'), 'the deleted note to leave the tree');
    await waitFor(() => diagnosticsOf(uri).length === 0, 'its diagnostic to clear');
    await vscode.workspace.fs.delete(noteUri('zz-new-arrival.md'));
    await waitFor(async () => !(await clientLabels(api)).includes('New Arrival'), 'the other test note to leave');
  });

  it('keeps one entry for a renamed note', async () => {
    const from = noteUri('lotus-tech.md');
    const to = noteUri('lotus-technologies.md');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(async () => (await clientRows(api)).some((r) => r.summary.file === to.toString()), 'the renamed note');
    // Let the watcher's delete and create events arrive too.
    await new Promise((r) => setTimeout(r, 500));
    const rows = (await clientRows(api)).filter((r) => r.summary.name === 'Lotus Tech');
    assert.deepEqual(rows.map((r) => r.summary.file), [to.toString()]);
  });
});
