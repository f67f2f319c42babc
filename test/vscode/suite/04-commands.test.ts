import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { today } from '../../../src/core/dates';
import { parseClientNote } from '../../../src/core/read/note';
import { blockInsertion, logInsertion, newNoteText, statusEdit, TextEdit } from '../../../src/core/noteEdits';
import { offboardingChecklist } from '../../../src/core/offboard/offboarding';
import type { ClientFrictionApi } from '../../../src/extension';
import { closeAll, extensionApi, folder, noteUri, readText, waitFor, writeNote } from './util';

const NOTE = [
  '---',
  'client: Command Target   # kept as is',
  'status: active           # lead | active | paused | offboarding | former',
  'contact: Test Contact <test@example.com>',
  'currency: EUR',
  'notice_days: 14',
  'invoices:',
  '  - id: CT-1',
  '    amount: 1200',
  '    due: 2026-01-15',
  '---',
  '',
  '# Command Target',
  '',
  '## Log',
  '- 2026-01-05 Kick-off',
  '',
  '## Notes',
  'Free text stays where it is.',
  '',
].join('\n');

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

describe('commands: each edit is exactly what it should be, and undoes in one step', () => {
  let api: ClientFrictionApi;
  const uri = noteUri('zz-command-target.md');

  before(async () => {
    api = await extensionApi();
    await writeNote(uri, NOTE);
    await waitFor(() => api.clients.summaryOf(uri), 'the command target note in the index');
  });
  afterEach(closeAll);

  async function docText(): Promise<string> {
    return (await vscode.workspace.openTextDocument(uri)).getText();
  }

  async function undoOnce(): Promise<void> {
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('undo');
  }

  it('Log Interaction appends one line to ## Log', async () => {
    const entry = (await vscode.commands.executeCommand('clientFriction.logInteraction', uri, { tags: ['urgent', 'scope-creep'], text: 'Asked for a blog' })) as string;
    assert.match(entry, /^- \d{4}-\d{2}-\d{2} \d{2}:\d{2} Asked for a blog #urgent #scope-creep$/);
    assert.equal(await docText(), apply(NOTE, logInsertion(NOTE, entry, api.clients.settings)));
    assert.ok((await docText()).includes(`- 2026-01-05 Kick-off\n${entry}\n\n## Notes`));
    await undoOnce();
    assert.equal(await docText(), NOTE);
  });

  it('Log Interaction creates the ## Log heading when it is missing', async () => {
    const bare = noteUri('zz-no-log.md');
    await writeNote(bare, '---\nclient: No Log\n---\n# No Log\n');
    await waitFor(() => api.clients.summaryOf(bare), 'the note without a log');
    const entry = (await vscode.commands.executeCommand('clientFriction.logInteraction', bare, { tags: [], text: 'First call' })) as string;
    assert.equal((await vscode.workspace.openTextDocument(bare)).getText(), `---\nclient: No Log\n---\n# No Log\n\n## Log\n${entry}\n`);
    await vscode.window.showTextDocument(bare);
    await vscode.commands.executeCommand('undo');
    assert.equal((await vscode.workspace.openTextDocument(bare)).getText(), '---\nclient: No Log\n---\n# No Log\n');
  });

  it('Insert Offboarding Checklist adds the filled-in checklist, once', async () => {
    const checklist = (await vscode.commands.executeCommand('clientFriction.insertChecklist', uri, { where: 'end' })) as string;
    const note = parseClientNote(NOTE, { file: uri.toString(), fileStem: 'zz-command-target', settings: api.clients.settings });
    assert.equal(checklist, offboardingChecklist(note, api.clients.settings, api.clients.asOf, api.clients.language));
    assert.match(checklist, /CT-1, EUR 1,200, \d+ days overdue \(due 2026-01-15\)/);
    assert.match(checklist, /\*\*Give notice\*\*: 14 days/);
    assert.equal(await docText(), apply(NOTE, blockInsertion(NOTE, checklist, 'end')));
    await undoOnce();
    assert.equal(await docText(), NOTE);

    await vscode.commands.executeCommand('clientFriction.insertChecklist', uri, { where: 'end' });
    const once = await docText();
    assert.equal(await vscode.commands.executeCommand('clientFriction.insertChecklist', uri, { where: 'end', ifExists: 'cancel' }), undefined);
    assert.equal(await docText(), once, 'no second checklist');
    assert.equal(once.match(/^## Offboarding/gm)?.length, 1);
    await undoOnce();
    assert.equal(await docText(), NOTE);
  });

  it('Insert Offboarding Checklist at the cursor goes between lines', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    const at = new vscode.Position(13, 0); // the blank line after "# Command Target"
    editor.selection = new vscode.Selection(at, at);
    const checklist = (await vscode.commands.executeCommand('clientFriction.insertChecklist', uri, { where: 'cursor' })) as string;
    assert.equal(await docText(), apply(NOTE, blockInsertion(NOTE, checklist, editor.document.offsetAt(at))));
    await undoOnce();
    assert.equal(await docText(), NOTE);
  });

  it('Mark as Offboarding changes only the status value, keeping its comment', async () => {
    assert.equal(await vscode.commands.executeCommand('clientFriction.markOffboarding', uri), true);
    const expected = apply(NOTE, statusEdit(NOTE, 'offboarding')!);
    assert.equal(await docText(), expected);
    assert.ok(expected.includes('status: offboarding           # lead | active | paused | offboarding | former'));
    assert.equal(expected.replace('status: offboarding', 'status: active'), NOTE, 'nothing else changed');
    await undoOnce();
    assert.equal(await docText(), NOTE);
  });

  it('Insert Script puts a filled-in script at the cursor as one snippet', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    const end = editor.document.positionAt(NOTE.length);
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('clientFriction.insertScript', uri, 'paymentFirm');
    const text = await docText();
    assert.ok(text.startsWith(NOTE));
    const script = text.slice(NOTE.length);
    assert.match(script, /^\n?Subject: Overdue: CT-1\n\nDear Test Contact,/);
    assert.match(script, /CT-1, EUR 1,200, \d+ days overdue/);
    assert.match(script, /Total overdue: EUR 1,200\./);
    await undoOnce();
    assert.equal(await docText(), NOTE);
  });

  it('Insert Script at the cursor in the log goes in as its own block, never glued to the next heading (issue 21)', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    const inLog = editor.document.positionAt(NOTE.indexOf('- 2026-01-05 Kick-off') + 5);
    editor.selection = new vscode.Selection(inLog, inLog);
    await vscode.commands.executeCommand('clientFriction.insertScript', uri, 'writtenNotice');
    const text = await docText();
    // The log line is whole, the script stands between blank lines, ## Notes keeps its own line.
    assert.match(text, /\n- 2026-01-05 Kick-off\n\nSubject: Notice of ending our work together\n[\s\S]*\n\n## Notes\nFree text stays where it is\.\n$/);
    await undoOnce();
    assert.equal(await docText(), NOTE);
  });

  it('Send Script copies a script as plain text, the note untouched (issue 21)', async () => {
    const copied = (await vscode.commands.executeCommand('clientFriction.sendScript', uri, 'paymentFriendly', { how: 'clipboard' })) as string;
    assert.match(copied, /^Subject: A friendly reminder about CT-1\n\nHi Test,/);
    assert.equal(await vscode.env.clipboard.readText(), copied);
    assert.equal(await docText(), NOTE);
  });

  it('New Client Note from the view\'s title bar (an argument that is not a name) asks the name instead of failing (issue 21)', async () => {
    // The title bar passes no name; a view item or other object must not be taken for one.
    const pending = vscode.commands.executeCommand('clientFriction.newClientNote', { id: 'clientFriction.friction' });
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await pending, undefined);
  });

  it('New Client Note creates clients/<slug>.md from the template and refuses to overwrite', async () => {
    const created = (await vscode.commands.executeCommand('clientFriction.newClientNote', 'Fresh Start & Co', folder())) as vscode.Uri;
    assert.equal(created.toString(), noteUri('fresh-start-co.md').toString());
    const text = await readText(created);
    // A new note is dated the real day it is made, whatever day the scores are pinned to.
    assert.equal(text, newNoteText('Fresh Start & Co', today(), api.clients.settings, api.clients.language));
    await waitFor(() => api.clients.summaryOf(created)?.name === 'Fresh Start & Co', 'the new note in the index');
    assert.equal(api.clients.summaryOf(created)!.problems.length, 0);
    assert.equal(await vscode.commands.executeCommand('clientFriction.newClientNote', 'Fresh Start & Co', folder()), undefined);
    assert.equal(await readText(created), text, 'not overwritten');
  });

  it('Copy Summary puts the breakdown on the clipboard', async () => {
    const text = (await vscode.commands.executeCommand('clientFriction.copySummary', uri)) as string;
    assert.match(text, /^Command Target: friction \d+( · \d+% of income)? \(\w+\), active, (up|down|steady) [^\n]*30 days[^\n]*\n- payment [\d.]+: CT-1 unpaid/);
    assert.equal(await vscode.env.clipboard.readText(), text);
  });

  it('Open Example Notes copies the bundled examples to an editable folder', async () => {
    const target = (await vscode.commands.executeCommand('clientFriction.openExamples', { open: false })) as vscode.Uri;
    const names = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(target, 'clients'))).map(([n]) => n).sort();
    assert.ok(names.includes('northwind-studio.md') && names.length === 15, names.join(', '));
  });
});
