/**
 * Where a script goes once it is filled in: into the note (a snippet whose
 * tab stops are the facts the note lacks, as its own block of lines, one
 * undo step), onto the clipboard, or into an email draft to the note's
 * contact (`mailto:`, opened only on the user's click; the extension sends
 * nothing). Insert Script…, Send Script… and the report's reminder buttons
 * all come here.
 */
import * as vscode from 'vscode';
import { blockInsertion } from '../../core/noteEdits';
import { emailOf, mailtoLink } from '../../core/offboard/email';
import { escapeSnippet, renderScript } from '../../core/offboard/offboarding';
import { LANGUAGES, ScriptId } from '../../core/offboard/templates';
import { notificationText } from '../../core/sinks';
import { showAt } from '../notes/editNote';
import { ClientWorkspace } from '../workspace/clientWorkspace';

export type Delivery = 'insert' | 'clipboard' | 'email';
export const DELIVERIES: readonly Delivery[] = ['insert', 'clipboard', 'email'];

/** Asks where the script goes; undefined when the user cancels. */
export async function pickDelivery(title: string, hasEmail: boolean): Promise<Delivery | undefined> {
  const items: (vscode.QuickPickItem & { value: Delivery })[] = [
    { value: 'email', label: `$(mail) ${vscode.l10n.t('Open as Email')}`, detail: hasEmail ? vscode.l10n.t('A draft to the contact in your mail program, to read and send yourself') : vscode.l10n.t('A draft in your mail program (the note has no contact email: add the recipient there)') },
    { value: 'clipboard', label: `$(copy) ${vscode.l10n.t('Copy to Clipboard')}`, detail: vscode.l10n.t('To paste into an email, a chat or a letter') },
    { value: 'insert', label: `$(insert) ${vscode.l10n.t('Insert into Note')}`, detail: vscode.l10n.t('As a draft in the note, with tab stops for what the note does not say') },
  ];
  return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Where should the script go?') }))?.value;
}

export interface DeliveryResult {
  ok: boolean;
  /** The snippet inserted, the text copied, or the `mailto:` link opened. */
  value?: string;
}

/**
 * Delivers the script `id` of the note at `uri`. `at`: where an insertion
 * goes, `cursor` when the note's editor is active, else the end.
 */
export async function deliverScript(clients: ClientWorkspace, uri: vscode.Uri, id: ScriptId, how: Delivery, at: 'cursor' | 'end' = 'cursor'): Promise<DeliveryResult> {
  const { note } = await clients.readNote(uri);
  const args = [id, note, clients.settings, clients.asOf, clients.language] as const;
  const title = LANGUAGES[clients.language].scripts[id].title;
  if (how === 'clipboard') {
    const text = renderScript(...args, 'text');
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(notificationText(vscode.l10n.t('Copied "{0}" for {1}: paste it where you write to them, and fill in any ‹placeholder›.', title, note.name)));
    return { ok: true, value: text };
  }
  if (how === 'email') {
    const draft = emailOf(renderScript(...args, 'text'), note);
    const link = mailtoLink(draft);
    const opened = await vscode.env.openExternal(vscode.Uri.parse(link));
    if (opened && !draft.to) void vscode.window.showInformationMessage(notificationText(vscode.l10n.t('{0} has no contact email in its note: add the recipient in your mail program.', note.name)));
    return { ok: opened, value: link };
  }
  return insertAsBlock(uri, renderScript(...args, 'snippet'), at);
}

/**
 * Inserts a snippet as its own block of lines: at the cursor (moved to the
 * end of its line; never inside a comment or fence) or at the end of the
 * note, with a blank line before and after, so it is never glued to a
 * heading or a log line. One undo step.
 */
async function insertAsBlock(uri: vscode.Uri, body: string, at: 'cursor' | 'end'): Promise<DeliveryResult> {
  let editor = vscode.window.activeTextEditor;
  const atCursor = at === 'cursor' && editor?.document.uri.toString() === uri.toString();
  if (!atCursor) {
    const doc = await vscode.workspace.openTextDocument(uri);
    editor = await showAt(doc, doc.getText().length);
  }
  const doc = editor!.document;
  const text = doc.getText();
  // The placement and the blank lines around the block, as the checklist's:
  // computed with a marker, then the marker replaced by the snippet.
  const MARK = '\u0000';
  const edit = blockInsertion(text, MARK, atCursor ? doc.offsetAt(editor!.selection.active) : 'end');
  const [before, after] = edit.text.split(MARK);
  // From the start of its line, with that line's text again: VS Code indents
  // a snippet's lines like the text before it on its first line.
  const start = doc.positionAt(edit.start);
  const lineStart = new vscode.Position(start.line, 0);
  const lead = doc.getText(new vscode.Range(lineStart, start));
  const snippet = `${escapeSnippet(lead + before)}${body.replace(/\$0$/, '')}$0${escapeSnippet(after)}`;
  const range = new vscode.Range(lineStart, doc.positionAt(edit.end));
  if (!(await editor!.insertSnippet(new vscode.SnippetString(snippet), range, { undoStopBefore: true, undoStopAfter: true }))) return { ok: false };
  editor!.revealRange(new vscode.Range(range.start, range.start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { ok: true, value: snippet };
}
