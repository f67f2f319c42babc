/**
 * What Import from CSV asks: the exports, the folder, the order of ambiguous
 * dates, what to do with a client name no note has, and the preview of the
 * changes. Text from an export or a note is shown as plain text (a client
 * called `$(alert)` is not an icon).
 */
import * as vscode from 'vscode';
import { DateOrder, readings } from '../../core/import/dateOrder';
import { NotePlan, UnmatchedClient } from '../../core/import/plan';
import { describeCounts } from '../../core/import/report';
import { plural } from '../../core/text';

/** Text for a quick pick's label or description, where `$(name)` would be an icon. */
export function plain(text: string): string {
  return text.replace(/\$\(/g, '$\u200b(').replace(/[\r\n]+/g, ' ');
}

export async function pickExports(): Promise<vscode.Uri[] | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Import from CSV: time entries or invoices exported from Toggl Track, Clockify, Harvest or FreshBooks',
    canSelectMany: true,
    canSelectFolders: false,
    openLabel: 'Import',
    filters: { 'CSV exports': ['csv'], 'All files': ['*'] },
  });
  return picked?.length ? picked : undefined;
}

export async function pickFolder(near: vscode.Uri | undefined): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  const containing = near && vscode.workspace.getWorkspaceFolder(near);
  if (containing) return containing;
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder’s client notes receive the import?' });
}

export async function pickDateOrder(file: string, example: string): Promise<DateOrder | undefined> {
  const [mdy, dmy] = readings(example) ?? ['month first', 'day first'];
  const pick = await vscode.window.showQuickPick(
    [
      { label: 'Month/day/year', description: `${example} is ${mdy}`, order: 'mdy' as const },
      { label: 'Day/month/year', description: `${example} is ${dmy}`, order: 'dmy' as const },
    ],
    { title: `Import from CSV: the dates in ${plain(file)} read both ways`, placeHolder: 'Which order are they written in?' },
  );
  return pick?.order;
}

export type UnmatchedChoice = { kind: 'skip' } | { kind: 'new' } | { kind: 'note'; file: string };

/** For a client name no note has: skip its rows, give it a new note, or send it to a note (remembered as an alias). */
export async function pickForUnmatched(unmatched: UnmatchedClient, notes: readonly { file: string; name: string }[]): Promise<UnmatchedChoice | undefined> {
  type Item = vscode.QuickPickItem & { choice?: UnmatchedChoice };
  const name = plain(unmatched.client);
  const items: Item[] = [
    { label: '$(circle-slash) Skip', description: `its ${plural(unmatched.rows, 'row')} are not imported`, choice: { kind: 'skip' } },
    { label: `$(new-file) New client note for ${name}`, choice: { kind: 'new' } },
    { label: `another name of (its rows go there, and the name joins the note’s aliases:)`, kind: vscode.QuickPickItemKind.Separator },
    ...[...notes]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((n): Item => ({ label: plain(n.name), description: plain(n.file), choice: { kind: 'note', file: n.file } })),
  ];
  const pick = await vscode.window.showQuickPick(items, {
    title: `Import from CSV: no client note is named “${name}” (${plural(unmatched.rows, 'row')}, first on ${plain(unmatched.source)} line ${unmatched.line})`,
    placeHolder: 'Skip it, make a note for it, or pick the note it is another name of',
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
    const shown = p.changes.slice(0, 3).map(plain).join(' · ');
    const more = p.changes.length > 3 ? ` · and ${p.changes.length - 3} more` : '';
    return {
      label: `${created.has(p.file) ? '$(new-file)' : '$(edit)'} ${plain(p.client)}`,
      description: `${plain(p.file)}: ${describeCounts(p)}`,
      detail: `${shown}${more}`,
      picked: true,
      plan: p,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: `Import from CSV: ${plural(changing.length, 'note')} will change (one edit you can undo)`,
    placeHolder: 'Untick a note to leave it out; Enter applies',
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  return picked?.map((p) => p.plan);
}
