import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientFrictionApi } from '../../../src/extension';
import { clientRows, closeAll, extensionApi, noteUri, waitFor, writeNote } from './util';

const HOSTILE = '[click me](command:workbench.action.quit) <img src=x onerror=alert(1)> $(alert) **bold**';

describe('text from notes is shown as text', () => {
  let api: ClientFrictionApi;
  const uri = noteUri('zz-hostile.md');
  before(async () => {
    api = await extensionApi();
    const invoice = ['invoices:', '  - id: "<img src=x onerror=alert(2)>"', '    amount: 900', '    due: 2026-01-10'].join('\n');
    await writeNote(uri, `---\nclient: ${JSON.stringify(HOSTILE)}\n${invoice}\n---\n## Log\n- 2026-11-02 Shouted #rude\n`);
    await waitFor(async () => (await clientRows(api)).some((r) => r.summary.file === uri.toString()), 'the hostile note');
  });
  after(closeAll);

  it('renders a hostile client name literally: untrusted tooltip, no HTML, no command links', async () => {
    const row = (await clientRows(api)).find((r) => r.summary.file === uri.toString())!;
    // The tooltip as VS Code gets it when the row is hovered.
    const item = api.tree.resolveTreeItem(row.toTreeItem(), row);
    assert.equal(item.label, HOSTILE, 'the label is plain text');
    const tooltip = item.tooltip as vscode.MarkdownString;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.ok(!tooltip.isTrusted, 'untrusted');
    assert.ok(!tooltip.supportHtml, 'no HTML');
    assert.ok(!tooltip.value.includes('[click me](command:'), `the link is escaped: ${tooltip.value}`);
    assert.ok(tooltip.value.includes('\\[click me\\]'), tooltip.value);
    assert.ok(!tooltip.value.includes('<img'), 'the tag is escaped');
    assert.ok(!tooltip.value.includes(' $(alert)'), 'theme icon syntax is escaped');
  });

  it('escapes the note in the markdown preview, with tag chips and the score line', async () => {
    const html = (await vscode.commands.executeCommand('markdown.api.render', await vscode.workspace.openTextDocument(uri))) as string;
    assert.match(html, /<div class="cf-score cf-band-\w+">Friction <strong>\d+<\/strong>/);
    assert.match(html, /<span class="cf-tag cf-tag-conduct" title="disrespect">#rude<\/span>/);
    const scoreLine = /<div class="cf-score[^]*?<\/div>/.exec(html)![0];
    assert.ok(scoreLine.includes('&lt;img src=x onerror=alert(2)&gt; unpaid'), scoreLine);
    assert.ok(!scoreLine.includes('<img'), 'the invoice id from the note is escaped');

    const northwind = (await vscode.commands.executeCommand('markdown.api.render', await vscode.workspace.openTextDocument(noteUri('northwind-studio.md')))) as string;
    assert.match(northwind, /<span class="cf-tag cf-tag-after-hours" title="urgent">#urgent<\/span>/);
    assert.match(northwind, /<span class="cf-tag cf-tag-revisions" title="vague">#vague<\/span>/);
    assert.match(northwind, /Friction <strong>\d+<\/strong>( [↑↓]\d+)? · fire — payment: /);
    const bluebird = (await vscode.commands.executeCommand('markdown.api.render', await vscode.workspace.openTextDocument(noteUri('bluebird-dental.md')))) as string;
    assert.match(bluebird, /Friction <strong>\d+<\/strong>( [↑↓]\d+)? · ⚑ disrespect · \w+ — conduct: /, 'the flag by name in the preview');
  });
});
