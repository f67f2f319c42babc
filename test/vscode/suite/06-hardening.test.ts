/**
 * Issue 8 inside VS Code: the checklist never lands in or above the
 * frontmatter, and notes with a byte-order mark and CRLF, or with mixed line
 * endings, survive every command byte for byte outside the edit (each edit is
 * computed on the document's own text, which the editor holds without the
 * BOM). The notifications' links are checked in the browser UI test, which
 * sees what is rendered.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseClientNote } from '../../../src/core/read/note';
import type { ClientFrictionApi } from '../../../src/extension';
import { closeAll, extensionApi, noteUri, waitFor } from './util';

const LINES = ['---', 'client: Line Ends', 'status: active', 'invoices:', '  - id: LE-1', '    amount: 500', '    due: 2026-01-15', '---', '', '# Line Ends', '', '## Log', '- 2026-01-05 Kick-off', '', '## Notes', 'Free text.', ''];

/** What changed between two texts: the span of `before` replaced, and by what. */
function difference(before: string, after: string): { start: number; end: number; inserted: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start, end: before.length - tail, inserted: after.slice(start, after.length - tail) };
}


describe('hardening: edits on the document the editor holds', () => {
  let api: ClientFrictionApi;
  before(async () => {
    api = await extensionApi();
  });
  afterEach(closeAll);

  async function note(name: string, bytes: Uint8Array): Promise<vscode.Uri> {
    const uri = noteUri(name);
    await vscode.workspace.fs.writeFile(uri, bytes);
    await waitFor(() => api.clients.summaryOf(uri), `${name} in the index`);
    return uri;
  }

  const parse = (text: string) => parseClientNote(text, { file: 'x', fileStem: 'x', settings: api.clients.settings });
  /** The fields a command must keep (without line numbers, which an inserted line moves). */
  const fields = (text: string) => {
    const n = parse(text);
    return { name: n.name, contact: n.contact, invoices: n.invoices.map(({ line: _l, ...rest }) => rest), log: n.log.map(({ line: _l, ...rest }) => rest) };
  };

  it('the checklist at the top of a note, where the cursor is after opening it, lands after the frontmatter', async () => {
    const uri = await note('zz-checklist-top.md', new TextEncoder().encode(LINES.join('\n')));
    const editor = await vscode.window.showTextDocument(uri);
    for (const at of [new vscode.Position(0, 0), new vscode.Position(2, 3)]) {
      editor.selection = new vscode.Selection(at, at);
      const before = editor.document.getText();
      const checklist = (await vscode.commands.executeCommand('clientFriction.insertChecklist', uri, { where: 'cursor', ifExists: 'cancel' })) as string;
      assert.ok(checklist, 'a checklist was inserted');
      const after = editor.document.getText();
      const change = difference(before, after);
      assert.equal(change.start, change.end, 'an insertion');
      const bodyStart = before.indexOf('---\n', 3) + 4;
      assert.equal(after.slice(0, bodyStart), before.slice(0, bodyStart), 'the frontmatter is untouched');
      assert.ok(change.start >= bodyStart && change.start <= bodyStart + 2, `inserted right after the closing --- (at ${change.start})`);
      assert.ok(after.indexOf('## Offboarding') > bodyStart);
      assert.equal(parse(after).name, 'Line Ends');
      assert.equal(parse(after).status, 'active');
      assert.ok(parse(after).headings.some((h) => /^Offboarding/.test(h.text)));
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), before);
    }
  });

  for (const [label, file, bytes] of [
    ['a CRLF note with a byte-order mark', 'zz-crlf-bom.md', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(LINES.join('\r\n'))])],
    ['a note with mixed line endings', 'zz-mixed-ends.md', new TextEncoder().encode(LINES.map((l, i) => l + ['\n', '\r\n', '\n', '\r\n', '\r\n'][i % 5]).join(''))],
  ] as const) {
    it(`${label} survives every command byte for byte outside the edit`, async () => {
      const uri = await note(file, bytes);
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      const commands: [string, () => Thenable<unknown>, (before: string, after: string) => void][] = [
        [
          'Log Interaction',
          () => vscode.commands.executeCommand('clientFriction.logInteraction', uri, { tags: ['urgent'], text: 'Line ends call' }),
          (before, after) => {
            assert.equal(parse(after).log.length, parse(before).log.length + 1);
            assert.deepEqual(parse(after).log.at(-1)!.tags, ['urgent']);
          },
        ],
        [
          'Mark as Offboarding',
          () => vscode.commands.executeCommand('clientFriction.markOffboarding', uri),
          (before, after) => {
            assert.equal(parse(after).status, 'offboarding');
            assert.deepEqual(fields(after), fields(before));
          },
        ],
        [
          'Insert Offboarding Checklist',
          () => vscode.commands.executeCommand('clientFriction.insertChecklist', uri, { where: 'end', ifExists: 'cancel' }),
          (before, after) => {
            assert.ok(parse(after).headings.some((h) => /^Offboarding/.test(h.text)));
            assert.deepEqual(fields(after), fields(before));
          },
        ],
        [
          'Insert Script…',
          () => vscode.commands.executeCommand('clientFriction.insertScript', uri, 'shortConversation'),
          (before, after) => assert.deepEqual(fields(after), fields(before)),
        ],
      ];
      for (const [name, run, check] of commands) {
        const before = doc.getText();
        await run();
        await waitFor(() => doc.getText() !== before, `${name} to edit the note`);
        const after = doc.getText();
        const change = difference(before, after);
        // Outside the edit every character is where it was: the edit replaced at most one line's value.
        assert.ok(!/[\r\n]/.test(before.slice(change.start, change.end)), `${name} replaced ${JSON.stringify(before.slice(change.start, change.end))}`);
        assert.equal(after, before.slice(0, change.start) + change.inserted + before.slice(change.end), name);
        check(before, after);
      }
      assert.equal(editor.document.uri.toString(), uri.toString());
    });
  }

  it('Mark as Offboarding refuses a flow-style frontmatter and changes nothing', async () => {
    const text = '---\n{client: Flow Style, status: active}\n---\n# Flow Style\n';
    const uri = await note('zz-flow-style.md', new TextEncoder().encode(text));
    const done = await vscode.commands.executeCommand('clientFriction.markOffboarding', uri);
    assert.equal(done, false);
    assert.equal((await vscode.workspace.openTextDocument(uri)).getText(), text);
  });

  after(async () => {
    for (const name of ['zz-checklist-top.md', 'zz-flow-style.md', 'zz-crlf-bom.md', 'zz-mixed-ends.md']) {
      try {
        await vscode.workspace.fs.delete(noteUri(name));
      } catch {
        // not created
      }
    }
  });
});
