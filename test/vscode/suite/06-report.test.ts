import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseClientNote } from '../../../src/core/read/note';
import { renderScript } from '../../../src/core/offboard/offboarding';
import type { ClientFrictionApi } from '../../../src/extension';
import type { ReportRender } from '../../../src/vscode/report/reportPanel';
import { asOfIso, closeAll, coreRanking, extensionApi, folder, noteUri, waitFor, writeNote } from './util';

/** Client names in the order the Pareto table of a body lists them. */
function paretoNames(render: ReportRender): string[] {
  const section = render.html.slice(render.html.indexOf('id="cf-pareto"'), render.html.indexOf('id="cf-trend"'));
  const table = section.slice(section.indexOf('<table'));
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return [...table.matchAll(/<button type="button" class="cf-client" data-file="[^"]*"[^>]*>([^<]*)<\/button>/g)].map((m) =>
    m[1].replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]),
  );
}

function activeTabIsReport(): boolean {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputWebview && input.viewType.endsWith('clientFriction.report');
}

describe('the friction report panel', () => {
  let api: ClientFrictionApi;
  before(async () => {
    api = await extensionApi();
  });
  after(closeAll);

  it('opens from the command in the editor area and names the clients in ranking order', async () => {
    await vscode.commands.executeCommand('clientFriction.openReport');
    assert.ok(api.report.isOpen);
    const render = (await waitFor(() => api.report.lastRender, 'the first report'))!;
    assert.ok(activeTabIsReport(), 'the report is the active editor tab');
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab?.label, 'Client Friction Report');
    // The ranking the tree shows: the index's, which reads open editors' unsaved text (earlier
    // suites leave some), so the same as the core's reading of the files once they are saved.
    const expected = api.clients.portfolios()[0].portfolio.clients.map((c) => c.name);
    const onDisk = (await coreRanking(api)).clients.map((c) => c.name);
    const examples = ['Northwind Studio', 'Bluebird Dental', 'Maple Press', 'Kampung Kopi', 'Harbour Yoga'];
    assert.deepEqual(
      expected.filter((n) => examples.includes(n)),
      onDisk.filter((n) => examples.includes(n)),
      'the example clients in the order the core ranks the files',
    );
    assert.deepEqual(paretoNames(render), expected);
    assert.deepEqual(render.report.pareto.bars.map((b) => b.name), expected);
    assert.ok(expected.includes('Northwind Studio') && expected.includes('Bluebird Dental'));
    for (const h of ['Friction and income', 'Trend', 'Invoice ageing', 'Effective rate', 'Concentration']) assert.ok(render.html.includes(`>${h}</h2>`), h);
    assert.match(render.html, /data-tone="final" data-invoice="NW-019" aria-label="Send the final reminder about NW-019 to Northwind Studio: as an email, copied, or into the note"[^>]*>Send…<\/button>/);
    // Note text is escaped (the hostile note of the untrusted suite is in this workspace): with the
    // quoted attribute values emptied, what is left of each tag is ours, and none has a handler.
    assert.doesNotMatch(render.html, /<script/i);
    assert.doesNotMatch(render.html.replace(/"[^"]*"/g, '""'), /<[^>]*\son[a-z]+\s*=/i);
    // Opening again brings the same panel forward.
    await vscode.commands.executeCommand('clientFriction.openReport');
    assert.equal(vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview).length, 1);
  });

  it('follows an edit to a note, from the editor text, without saving', async () => {
    const uri = noteUri('zz-report-target.md');
    const name = 'Report Target';
    await writeNote(uri, `---\nclient: ${name}\ncurrency: EUR\n---\n# ${name}\n\n## Log\n- 2026-01-05 Kick-off\n`);
    const bar = (r: ReportRender | undefined) => r?.report.pareto.bars.find((b) => b.name === name);
    const before = (await waitFor(() => (bar(api.report.lastRender) ? api.report.lastRender : undefined), 'the new note in the report'))!;
    assert.deepEqual(bar(before)!.flags, []);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside });
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((b) => b.insert(end, `- ${asOfIso(api)} Called me an idiot #rude\n`)));
    const after = (await waitFor(() => (bar(api.report.lastRender)?.flags.includes('disrespect') ? api.report.lastRender : undefined), 'the report to show the new flag'))!;
    assert.ok(after.version > before.version);
    assert.ok(bar(after)!.score >= api.clients.settings.bandThresholds.strained, 'a flagged client is at least strained');
    assert.match(after.html, /⚑ disrespect/);
    assert.deepEqual(paretoNames(after), after.report.pareto.bars.map((b) => b.name));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(() => bar(api.report.lastRender)?.flags.length === 0, 'the report to follow the revert');
    await vscode.workspace.fs.delete(uri);
    await waitFor(() => api.report.lastRender && !bar(api.report.lastRender), 'the deleted note to leave the report');
  });

  it('refuses messages it does not know and files outside the workspace notes', async () => {
    const northwind = noteUri('northwind-studio.md').toString();
    const refused = async (message: unknown, why: RegExp) => {
      const outcome = await api.report.handleMessage(message);
      assert.equal(outcome.ok, false, JSON.stringify(message));
      assert.match((outcome as { refused: string }).refused, why);
    };
    await refused({ command: 'runShell', file: northwind }, /unknown command/);
    await refused(null, /not a message object/);
    await refused('openClient', /not a message object/);
    await refused({ command: 'openClient' }, /needs a file/);
    await refused({ command: 'openClient', file: 'file:///etc/passwd' }, /not a client note of this workspace/);
    await refused({ command: 'openClient', file: vscode.Uri.joinPath(folder().uri, 'clients', '..', '..', 'secret.md').toString() }, /not a client note/);
    await refused({ command: 'openClient', file: vscode.Uri.joinPath(folder().uri, 'README.md').toString() }, /not a client note/);
    await refused({ command: 'openClient', file: 'command:workbench.action.terminal.new' }, /not a client note/);
    await refused({ command: 'insertReminder', file: northwind, tone: 'angry', invoice: 'NW-019' }, /tone/);
    await refused({ command: 'insertReminder', file: northwind, tone: 'final', invoice: 'NW-014' }, /NW-014 is not an unpaid invoice/);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.isDirty), 'nothing was edited');
  });

  it('a click on a client reveals it in the tree and opens its note', async () => {
    const uri = noteUri('bluebird-dental.md');
    assert.deepEqual(await api.report.handleMessage({ command: 'openClient', file: uri.toString() }), { ok: true });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await waitFor(() => api.view.selection[0]?.kind === 'client' && (api.view.selection[0] as { uri?: vscode.Uri }).uri?.toString() === uri.toString(), 'the client selected in the tree');
  });

  it('the reminder button inserts the payment reminder script into the right note, as one undo step', async () => {
    await closeAll();
    await vscode.commands.executeCommand('clientFriction.openReport');
    const uri = noteUri('northwind-studio.md');
    const original = (await vscode.workspace.openTextDocument(uri)).getText();
    const outcome = await api.report.handleMessage({ command: 'insertReminder', file: uri.toString(), tone: 'final', invoice: 'NW-019', how: 'insert' });
    assert.equal(outcome.ok, true, JSON.stringify(outcome));
    const doc = vscode.window.activeTextEditor!.document;
    assert.equal(doc.uri.toString(), uri.toString(), 'the note of the invoice is the active editor');
    const note = parseClientNote(original, { file: uri.toString(), fileStem: 'northwind-studio', settings: api.clients.settings });
    const snippet = renderScript('paymentFinal', note, api.clients.settings, api.clients.asOf, api.clients.language, 'snippet');
    assert.ok((outcome as { inserted: string }).inserted.includes(snippet.replace(/\$0$/, '')), 'the script, as one snippet');
    const text = doc.getText();
    assert.ok(text.startsWith(original), 'the note is kept, byte for byte');
    const script = text.slice(original.length);
    assert.match(script, /^\nSubject: Final notice: NW-019\n\nDear Dana Whitfield,/);
    assert.match(script, /NW-019, EUR 3,100, \d+ days overdue/);
    assert.ok(vscode.workspace.textDocuments.filter((d) => d.isDirty).every((d) => d.uri.toString() === uri.toString()), 'no other note changed');
    // Undo goes to the focused editor: in code-server the webview can hold
    // the focus a moment after the note is shown (seen once in CI, 0da4cae).
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.window.activeTextEditor!.viewColumn, preserveFocus: false });
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original, 'one undo takes it all back');
  });

  it('the reminder button copies the reminder, or makes an email draft to the contact, instead (issue 21)', async () => {
    const uri = noteUri('northwind-studio.md');
    const original = (await vscode.workspace.openTextDocument(uri)).getText();
    const copied = await api.report.handleMessage({ command: 'insertReminder', file: uri.toString(), tone: 'friendly', invoice: 'NW-019', how: 'clipboard' });
    assert.equal(copied.ok, true, JSON.stringify(copied));
    const text = await vscode.env.clipboard.readText();
    assert.match(text, /^Subject: A friendly reminder about NW-019\n/);
    assert.doesNotMatch(text, /\$\{|\$0/, 'plain text, not a snippet');
    assert.equal((await vscode.workspace.openTextDocument(uri)).getText(), original, 'the note is not touched');
    assert.deepEqual(await api.report.handleMessage({ command: 'insertReminder', file: uri.toString(), tone: 'friendly', invoice: 'NW-019', how: 'fax' }), {
      ok: false,
      refused: 'insertReminder: how must be insert, clipboard or email',
    });
  });

  it('keeps one panel, and closes cleanly', async () => {
    await vscode.commands.executeCommand('clientFriction.openReport');
    await waitFor(() => activeTabIsReport(), 'the report in front');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(() => !api.report.isOpen, 'the panel to close');
    assert.equal(api.report.lastRender, undefined);
  });
});
