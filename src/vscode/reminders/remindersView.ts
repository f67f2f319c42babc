/**
 * The Reminders view (the second view of the Clients container): one row per
 * payment reminder due — the client, the invoice, its amount, the days
 * overdue and the tone — with Send, Mark as Sent and Snooze as inline
 * actions; a click opens the note at the invoice. It is hidden until asked
 * for (the status bar entry, Show Reminders), so that the Clients container
 * keeps one view, its title bar and its height.
 */
import * as vscode from 'vscode';
import { formatMoney } from '../../core/money';
import { ReminderDue } from '../../core/reminders/remindersDue';
import { toneLabel } from '../../core/report/words';
import { oneLine } from '../../core/sinks';
import { Disposable } from '../lifecycle';
import { REMINDERS_VIEW_ID } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { RemindersModel } from './remindersModel';
import { remindersDueText } from './remindersStatusBar';

/** A row of the view: the reminder it shows. */
export class ReminderNode {
  constructor(readonly reminder: ReminderDue) {}
}

const TONE_ICONS = { friendly: 'bell', firm: 'bell-dot', final: 'warning' } as const;

/** `NW-019 · EUR 3,100 · 44 days overdue · final` (the amount with its converted figure when the currency has a rate). */
export function reminderDescription(r: ReminderDue, clients: ClientWorkspace): string {
  const l10n = vscode.l10n;
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(r.file));
  const money = clients.portfolios().find((p) => p.folder.uri.toString() === folder?.uri.toString())?.portfolio.income;
  const parts = [oneLine(r.invoice)];
  if (r.amount !== undefined) parts.push(oneLine(formatMoney(r.amount, r.currency, money)));
  parts.push(r.daysOverdue === 1 ? l10n.t('1 day overdue') : l10n.t('{0} days overdue', r.daysOverdue), toneLabel(r.tone, l10n));
  return parts.join(' · ');
}

export class RemindersView extends Disposable implements vscode.TreeDataProvider<ReminderNode> {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<ReminderNode>;

  constructor(
    private readonly model: RemindersModel,
    private readonly clients: ClientWorkspace,
  ) {
    super();
    this.view = this.register(vscode.window.createTreeView(REMINDERS_VIEW_ID, { treeDataProvider: this }));
    this.register(model.onDidChange((due) => this.update(due)));
  }

  getChildren(element?: ReminderNode): ReminderNode[] {
    return element ? [] : this.model.due.map((r) => new ReminderNode(r));
  }

  getTreeItem(node: ReminderNode): vscode.TreeItem {
    const r = node.reminder;
    const l10n = vscode.l10n;
    const item = new vscode.TreeItem(oneLine(r.client), vscode.TreeItemCollapsibleState.None);
    item.id = JSON.stringify([r.file, r.invoice, r.line]);
    item.description = reminderDescription(r, this.clients);
    item.tooltip = l10n.t('The {tone} reminder about {invoice} of {client} is due: {days} days overdue.', { tone: toneLabel(r.tone, l10n), invoice: oneLine(r.invoice), client: oneLine(r.client), days: r.daysOverdue });
    item.iconPath = new vscode.ThemeIcon(TONE_ICONS[r.tone]);
    item.contextValue = 'reminder';
    const line = Math.max(0, r.line - 1);
    item.command = { command: 'vscode.open', title: l10n.t('Open Note'), arguments: [vscode.Uri.parse(r.file), { selection: new vscode.Range(line, 0, line, 0), preview: false }] };
    return item;
  }

  private update(due: readonly ReminderDue[]): void {
    // The count is the status bar's and the view's title's: a badge would add to the Clients container's (the clients on fire).
    this.view.description = due.length ? remindersDueText(due.length) : undefined;
    this.changed.fire();
  }
}
