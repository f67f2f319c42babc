/** Finding the note a command is about: a tree node, a URI, the active editor, or the user's pick. */
import * as vscode from 'vscode';
import { bandLabel } from '../../core/labels';
import { quickPickText } from '../../core/sinks';
import { ClientNode } from '../tree/nodes';
import { ClientWorkspace } from '../workspace/clientWorkspace';

/** `target` is a tree node, a URI, or nothing (then the active editor, then a pick in ranking order). */
export async function resolveNote(clients: ClientWorkspace, target: unknown, purpose: string): Promise<vscode.Uri | undefined> {
  if (target instanceof vscode.Uri) return target;
  if (target && typeof target === 'object' && 'uri' in target && (target as ClientNode).uri instanceof vscode.Uri) return (target as ClientNode).uri;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && clients.isNote(active)) return active;
  await clients.ready();
  const items = clients
    .portfolios()
    .flatMap(({ portfolio }) => [...portfolio.clients, ...portfolio.former])
    .map((s) => ({
      label: quickPickText(s.name),
      description: `${s.score} · ${bandLabel(s.band, vscode.l10n)}`,
      detail: quickPickText(vscode.workspace.asRelativePath(vscode.Uri.parse(s.file))),
      uri: vscode.Uri.parse(s.file),
    }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No client notes found. Create one with "Client Friction: New Client Note".'));
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(items, { title: purpose, placeHolder: vscode.l10n.t('Which client?'), matchOnDetail: true });
  return pick?.uri;
}
