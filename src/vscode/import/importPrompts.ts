/**
 * What Import from CSV asks: the exports, the folder, the order of ambiguous
 * dates, what to do with a client name no note has, and the preview of the
 * changes. Text from an export or a note is shown as plain text (a client
 * called `$(alert)` is not an icon).
 */
import * as vscode from 'vscode';
import { likelyNote } from '../../core/import/clientMatch';
import { DateOrder, readings } from '../../core/import/dateOrder';
import { NotePlan, UnmatchedClient } from '../../core/import/plan';
import { describeCounts } from '../../core/import/report';
import { quickPickText } from '../../core/sinks';

export async function pickExports(): Promise<vscode.Uri[] | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import from CSV: time entries or invoices exported from Toggl Track, Clockify, Harvest or FreshBooks'),
    canSelectMany: true,
    canSelectFolders: false,
    openLabel: vscode.l10n.t('Import'),
    filters: { [vscode.l10n.t('CSV exports')]: ['csv'], [vscode.l10n.t('All files')]: ['*'] },
  });
  return picked?.length ? picked : undefined;
}

export async function pickFolder(near: vscode.Uri | undefined): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  const containing = near && vscode.workspace.getWorkspaceFolder(near);
  if (containing) return containing;
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which folder’s client notes receive the import?') });
}

export async function pickDateOrder(file: string, example: string): Promise<DateOrder | undefined> {
  const [mdy, dmy] = readings(example, vscode.l10n) ?? [vscode.l10n.t('month first'), vscode.l10n.t('day first')];
  const shown = quickPickText(example);
  const pick = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Month/day/year'), description: vscode.l10n.t('{0} is {1}', shown, mdy), order: 'mdy' as const },
      { label: vscode.l10n.t('Day/month/year'), description: vscode.l10n.t('{0} is {1}', shown, dmy), order: 'dmy' as const },
    ],
    { title: vscode.l10n.t('Import from CSV: the dates in {0} read both ways', quickPickText(file)), placeHolder: vscode.l10n.t('Which order are they written in?') },
  );
  return pick?.order;
}

export type UnmatchedChoice = { kind: 'skip' } | { kind: 'new' } | { kind: 'note'; file: string };

/** For a client name no note has: skip its rows, give it a new note, or send it to a note (remembered as an alias). */
export async function pickForUnmatched(unmatched: UnmatchedClient, notes: readonly { file: string; name: string }[]): Promise<UnmatchedChoice | undefined> {
  type Item = vscode.QuickPickItem & { choice?: UnmatchedChoice };
  const name = quickPickText(unmatched.client);
  const rows = unmatched.rows;
  const skip: Item = {
    label: `$(circle-slash) ${vscode.l10n.t('Skip')}`,
    description: rows === 1 ? vscode.l10n.t('its {0} row is not imported', 1) : vscode.l10n.t('its {0} rows are not imported', rows),
    choice: { kind: 'skip' },
  };
  const fresh: Item = { label: `$(new-file) ${vscode.l10n.t('New client note for {0}', name)}`, choice: { kind: 'new' } };
  const others = [...notes]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((n): Item => ({ label: quickPickText(n.name), description: quickPickText(n.file), choice: { kind: 'note', file: n.file } }));
  // The likeliest answer first (a quick pick's first item is the one Enter takes): the
  // one note the name most likely is another name of, else a new note; Skip after.
  const likely = likelyNote(unmatched.client, notes);
  const guessed = others.find((o) => o.choice?.kind === 'note' && o.choice.file === likely);
  if (guessed) guessed.description = `${vscode.l10n.t('likely the same client')} · ${guessed.description}`;
  const separator: Item = { label: vscode.l10n.t('another name of (its rows go there, and the name joins the note’s aliases:)'), kind: vscode.QuickPickItemKind.Separator };
  const items: Item[] = guessed ? [guessed, fresh, skip, separator, ...others.filter((o) => o !== guessed)] : [fresh, skip, separator, ...others];
  const where = { name, rows, file: quickPickText(unmatched.source), line: unmatched.line };
  const pick = await vscode.window.showQuickPick(items, {
    title:
      rows === 1
        ? vscode.l10n.t('Import from CSV: no client note is named “{name}” ({rows} row, on {file} line {line})', where)
        : vscode.l10n.t('Import from CSV: no client note is named “{name}” ({rows} rows, first on {file} line {line})', where),
    placeHolder: vscode.l10n.t('Skip it, make a note for it, or pick the note it is another name of'),
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
  return pick?.choice;
}

/**
 * The preview: one row per note with what will change; all picked. Returns
 * the notes to change, or undefined when the user cancels.
 */
export async function previewChanges(plans: readonly NotePlan[], created: ReadonlySet<string>): Promise<NotePlan[] | undefined> {
  const changing = plans.filter((p) => p.edits.length);
  const items = changing.map((p) => {
    const shown = p.changes.slice(0, 3).map(quickPickText).join(' · ');
    const more = p.changes.length > 3 ? ` · ${vscode.l10n.t('and {0} more', p.changes.length - 3)}` : '';
    return {
      label: `${created.has(p.file) ? '$(new-file)' : '$(edit)'} ${quickPickText(p.client)}`,
      description: `${quickPickText(p.file)}: ${describeCounts(p, vscode.l10n)}`,
      detail: `${shown}${more}`,
      picked: true,
      plan: p,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title:
      changing.length === 1
        ? vscode.l10n.t('Import from CSV: {0} note will change (one edit you can undo)', 1)
        : vscode.l10n.t('Import from CSV: {0} notes will change (one edit you can undo)', changing.length),
    placeHolder: vscode.l10n.t('Untick a note to leave it out; Enter applies'),
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  return picked?.map((p) => p.plan);
}
