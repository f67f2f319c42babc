/** The Clients view's commands: Refresh, Sort By…, grouping, former clients, and revealing a client's row. */
import * as vscode from 'vscode';
import { Command } from '../commands';
import { Commands } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { FrictionTreeProvider, SortBy } from './frictionTree';

const SORT_CHOICES: readonly [SortBy, () => string][] = [
  ['friction', () => vscode.l10n.t('Friction score, highest first')],
  ['name', () => vscode.l10n.t('Client name')],
  ['overdue', () => vscode.l10n.t('Amount overdue, highest first')],
];

export function treeCommands(clients: ClientWorkspace, tree: FrictionTreeProvider): Command[] {
  return [
    { id: Commands.refresh, execute: () => clients.rebuild() },
    {
      id: Commands.revealClient,
      execute: async (uri?: vscode.Uri) => {
        const target = uri ?? vscode.window.activeTextEditor?.document.uri;
        if (target) await tree.reveal(target);
      },
    },
    {
      id: Commands.sortBy,
      execute: async (mode?: SortBy) => {
        const items = SORT_CHOICES.map(([value, label]) => ({ label: label(), value, description: tree.sortBy === value ? vscode.l10n.t('current') : undefined }));
        const choice = mode ?? (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Sort Clients By') }))?.value;
        if (choice) await tree.setSortBy(choice);
      },
    },
    { id: Commands.groupByStatus, execute: () => tree.setGroupByStatus(true) },
    { id: Commands.ungroup, execute: () => tree.setGroupByStatus(false) },
    { id: Commands.showFormer, execute: () => tree.setShowFormer(true) },
    { id: Commands.hideFormer, execute: () => tree.setShowFormer(false) },
  ];
}
