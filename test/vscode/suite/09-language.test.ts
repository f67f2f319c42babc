import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientFrictionApi } from '../../../src/extension';
import { closeAll, extensionApi, noteUri, waitFor, writeNote } from './util';

/** The text of the hovers VS Code would show at a position. */
async function hoverText(uri: vscode.Uri, at: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, at)) as vscode.Hover[];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

async function completions(uri: vscode.Uri, at: vscode.Position, trigger?: string): Promise<string[]> {
  const list = (await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, at, trigger)) as vscode.CompletionList;
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

describe('help while typing a client note (issue 21)', () => {
  let api: ClientFrictionApi;
  before(async () => {
    api = await extensionApi();
  });
  after(closeAll);

  it('hovers an invoice id with its amount, due date, days overdue and next reminder', async () => {
    const uri = noteUri('northwind-studio.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = doc.positionAt(doc.getText().indexOf('NW-019') + 2);
    const text = await hoverText(uri, at);
    assert.match(text, /\*\*NW\\-019\*\* — EUR 3,100 · issued 2026\\-09\\-15 · due 2026\\-10\\-14/);
    assert.match(text, /Unpaid, 44 days overdue\\?\. Next reminder: final, today\\?\./);
    const paid = await hoverText(uri, doc.positionAt(doc.getText().indexOf('NW-014') + 1));
    assert.match(paid, /Paid 2026\\-10\\-21, 21 days after its due date\\?\./);
  });

  it('hovers a tag, its Malay name or a synonym with what it means and how it weighs', async () => {
    const uri = noteUri('northwind-studio.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = await hoverText(uri, doc.positionAt(doc.getText().indexOf('#scope-creep') + 3));
    assert.match(text, /\*\*#scope\\?-creep\*\* — asked for work outside the scope/);
    assert.match(text, /0\\?\.5 an hour/);
    // Not a tag: a # inside a word.
    const note = noteUri('zz-language.md');
    await writeNote(note, '---\nclient: Lang\nstatus: active\nhours: "Tue,Thu 21:30-23:00"\ninvoices:\n  - id: LG-1\n    amount: 500\n    due: 2026-11-01\n---\n## Log\n- 2026-11-20 Asked again #segera\n- 2026-11-21 Promised to pay by 2026-11-30 #promise \n- 2026-11-22 C#sharp is not a tag\n- 2026-11-23 Asked for more #sc\n');
    await waitFor(() => api.clients.summaryOf(note), 'the note in the index');
    const lang = await vscode.workspace.openTextDocument(note);
    assert.match(await hoverText(note, lang.positionAt(lang.getText().indexOf('#segera') + 2)), /\*\*#urgent\*\* \(#segera\) — pushed as urgent/);
    assert.equal(await hoverText(note, lang.positionAt(lang.getText().indexOf('#sharp') + 2)), '');
    assert.match(await hoverText(note, lang.positionAt(lang.getText().indexOf('hours:') + 2)), /Agreed contact times[\s\S]*tue, thu: 21:30–23:00/);
  });

  it('completes tags after #, with their Malay names, invoice ids in a promise, frontmatter keys and status values', async () => {
    const note = noteUri('zz-language.md');
    const doc = await vscode.workspace.openTextDocument(note);
    // Read, not typed in: a note typed in stays the editor's until its document is let go.
    const end = doc.lineAt(13).range.end;
    assert.match(doc.lineAt(13).text, /#sc$/);
    const tags = await completions(note, end, '#');
    assert.ok(tags.includes('#scope-creep') && tags.includes('#luar-skop') && tags.includes('#urgent'), tags.join(' '));
    const promise = doc.lineAt(11);
    assert.match(promise.text, /#promise $/);
    assert.ok((await completions(note, promise.range.end)).includes('LG-1'));
    const status = doc.lineAt(2);
    assert.deepEqual((await completions(note, status.range.end)).sort(), ['active', 'former', 'lead', 'offboarding', 'paused']);
  });

  after(async () => {
    // Gone again before the suites that count every note's reminders and calendar events.
    const note = noteUri('zz-language.md');
    await vscode.workspace.fs.delete(note).then(undefined, () => undefined);
    await waitFor(() => api.clients.summaryOf(note) === undefined, 'the note to leave the index');
  });
});
