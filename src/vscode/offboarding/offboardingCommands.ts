/**
 * Insert Offboarding Checklist, Mark as Offboarding and Insert Script…, from
 * the palette, the tree and the CodeLens (offboardingCodeLens.ts). Each edit
 * is one undoable change; a note never gets a second checklist.
 */
import * as vscode from 'vscode';
import { blockInsertion, blockInsertionRefusal, findChecklist, planStatusEdit } from '../../core/noteEdits';
import { listScripts, offboardingChecklist, SCRIPT_IDS } from '../../core/offboard/offboarding';
import { ScriptId } from '../../core/offboard/templates';
import { Command } from '../commands';
import { notificationText, quickPickText } from '../../core/sinks';
import { applyDocumentEdit, folderDepthOf, openNote, showAt } from '../notes/editNote';
import { deliverScript, Delivery, DELIVERIES, pickDelivery } from './scriptDelivery';
import { resolveNote } from '../notes/noteTarget';
import { Commands } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';

export interface ChecklistArgs {
  /** Where to insert; asked when missing. */
  where?: 'end' | 'cursor';
  /** What to do when a checklist exists already; asked when missing. */
  ifExists?: 'open' | 'cancel';
}

export interface SendArgs {
  /** Where the script goes; asked when missing. */
  how?: Delivery;
}

export function offboardingCommands(clients: ClientWorkspace): Command[] {
  return [
    { id: Commands.insertChecklist, execute: (target?: unknown, args?: ChecklistArgs) => insertChecklist(clients, target, args) },
    { id: Commands.markOffboarding, execute: (target?: unknown) => markOffboarding(clients, target) },
    { id: Commands.insertScript, execute: (target?: unknown, scriptId?: ScriptId) => chooseScript(clients, target, scriptId, scriptId ? 'insert' : undefined) },
    { id: Commands.sendScript, execute: (target?: unknown, scriptId?: ScriptId, options?: SendArgs) => chooseScript(clients, target, scriptId, options?.how) },
  ];
}

async function insertChecklist(clients: ClientWorkspace, target: unknown, args: ChecklistArgs | undefined): Promise<string | undefined> {
  const title = vscode.l10n.t('Insert Offboarding Checklist');
  const uri = await resolveNote(clients, target, title);
  if (!uri) return undefined;
  const { doc, text, note } = await openNote(clients, uri);
  const existing = findChecklist(text, clients.settings);
  if (existing !== undefined) {
    const message = vscode.l10n.t('{0} already has an offboarding checklist (line {1}).', note.name, existing);
    const answer = args?.ifExists ?? ((await vscode.window.showInformationMessage(notificationText(message), vscode.l10n.t('Open It'))) ? 'open' : 'cancel');
    if (answer === 'open') await showAt(doc, doc.offsetAt(new vscode.Position(existing - 1, 0)));
    return undefined;
  }
  const refused = blockInsertionRefusal(text);
  if (refused) {
    void vscode.window.showInformationMessage(notificationText(`${note.name}: ${refused}.`));
    return undefined;
  }
  const active = vscode.window.activeTextEditor;
  const atCursor = active?.document.uri.toString() === uri.toString();
  let where = args?.where;
  if (!where) {
    const choices: { label: string; where: 'end' | 'cursor' }[] = [{ label: vscode.l10n.t('At the end of the note'), where: 'end' }];
    if (atCursor) choices.push({ label: vscode.l10n.t('At the cursor'), where: 'cursor' });
    where = choices.length === 1 ? 'end' : (await vscode.window.showQuickPick(choices, { title }))?.where;
    if (!where) return undefined;
  }
  // The cursor's offset is in the same document whose text the edit is computed on.
  const offset = where === 'cursor' && atCursor ? doc.offsetAt(active!.selection.active) : 'end';
  const checklist = offboardingChecklist(note, clients.settings, clients.asOf, clients.language, { noteFolderDepth: folderDepthOf(uri), incomeShare: clients.incomeShareOf(uri) });
  const edit = blockInsertion(doc.getText(), checklist, offset);
  await applyDocumentEdit(doc, edit);
  await showAt(doc, edit.start + edit.text.indexOf('##'));
  return checklist;
}

async function markOffboarding(clients: ClientWorkspace, target: unknown): Promise<boolean> {
  const uri = await resolveNote(clients, target, vscode.l10n.t('Mark as Offboarding'));
  if (!uri) return false;
  const { doc, text, note } = await openNote(clients, uri);
  const plan = planStatusEdit(text, 'offboarding');
  if (plan.kind !== 'edit') {
    // A targeted edit that is not safe changes nothing, and says why.
    const message =
      plan.kind === 'unchanged'
        ? vscode.l10n.t('{0} is already marked as offboarding.', note.name)
        : vscode.l10n.t('{0}: the frontmatter {1}.', note.name, plan.reason);
    void vscode.window.showInformationMessage(notificationText(message));
    return false;
  }
  await applyDocumentEdit(doc, plan.edit);
  return true;
}

/**
 * A script for the note: picked (unless given), then inserted into the note,
 * copied, or opened as an email draft (`how`, asked when missing). Returns
 * what was inserted, copied or opened.
 */
async function chooseScript(clients: ClientWorkspace, target: unknown, scriptId: ScriptId | undefined, how: Delivery | undefined): Promise<string | undefined> {
  const uri = await resolveNote(clients, target, vscode.l10n.t('Insert Script'));
  if (!uri) return undefined;
  const { note } = await clients.readNote(uri);
  let id = scriptId && SCRIPT_IDS.includes(scriptId) ? scriptId : undefined;
  const title = quickPickText(vscode.l10n.t('Script for {0}', note.name));
  if (!id) {
    const scripts = listScripts(note, clients.settings, clients.asOf, clients.language);
    const pick = await vscode.window.showQuickPick(
      scripts.map((s) => ({
        label: s.warning ? `$(warning) ${s.title}` : s.recommended ? `$(star) ${s.title}` : s.title,
        detail: s.warning ? `${s.detail} — ${s.warning}` : s.recommended ? `${s.detail} — ${s.recommended}` : s.detail,
        id: s.id,
      })),
      { title, matchOnDetail: true },
    );
    id = pick?.id;
    if (!id) return undefined;
  }
  const delivery = how && DELIVERIES.includes(how) ? how : await pickDelivery(title, note.contact?.email !== undefined);
  if (!delivery) return undefined;
  const result = await deliverScript(clients, uri, id, delivery);
  return result.ok ? result.value : undefined;
}
