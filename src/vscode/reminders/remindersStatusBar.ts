/**
 * "2 reminders due" in the status bar while payment reminders are due (a
 * click shows the Reminders view), and one information message on the first
 * day they are due — never more than one a day (remembered in globalState,
 * per machine), and never in a run of the extension's tests.
 */
import * as vscode from 'vscode';
import { formatIsoDay } from '../../core/dates';
import { ReminderDue } from '../../core/reminders/remindersDue';
import { toneLabel } from '../../core/report/words';
import { notificationText, oneLine } from '../../core/sinks';
import { Disposable } from '../lifecycle';
import { Commands, GlobalStateKeys } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { RemindersModel } from './remindersModel';

/** The reminders the tooltip names before it says how many more. */
const TOOLTIP_ROWS = 5;

export function remindersDueText(count: number): string {
  return count === 1 ? vscode.l10n.t('1 reminder due') : vscode.l10n.t('{0} reminders due', count);
}

export class RemindersStatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('clientFriction.reminders', vscode.StatusBarAlignment.Left, 48));

  constructor(
    model: RemindersModel,
    private readonly clients: ClientWorkspace,
    private readonly context: Pick<vscode.ExtensionContext, 'globalState' | 'extensionMode'>,
  ) {
    super();
    this.item.name = vscode.l10n.t('Client Friction Reminders');
    this.item.command = Commands.showReminders;
    this.register(model.onDidChange((due) => this.update(due)));
  }

  /** What the status bar shows now (tests read it): its text, or undefined while hidden. */
  get text(): string | undefined {
    return this.shown ? this.item.text : undefined;
  }

  private shown = false;

  private update(due: readonly ReminderDue[]): void {
    this.shown = due.length > 0;
    if (!this.shown) {
      this.item.hide();
      return;
    }
    this.item.text = `$(bell) ${remindersDueText(due.length)}`;
    const rows = due.slice(0, TOOLTIP_ROWS).map((r) => `${oneLine(r.client)}: ${oneLine(r.invoice)}, ${toneLabel(r.tone, vscode.l10n)}`);
    if (due.length > TOOLTIP_ROWS) rows.push(vscode.l10n.t('and {0} more', due.length - TOOLTIP_ROWS));
    this.item.tooltip = `${rows.join('\n')}\n${vscode.l10n.t('Click to show the reminders.')}`;
    this.item.show();
    void this.announce(due.length);
  }

  /** One message on the first day reminders are due (the workspace's day), never twice on one day. */
  private async announce(count: number): Promise<void> {
    const day = formatIsoDay(this.clients.asOf);
    if (this.context.extensionMode === vscode.ExtensionMode.Test || this.context.globalState.get<string>(GlobalStateKeys.remindersAnnounced) === day) return;
    await this.context.globalState.update(GlobalStateKeys.remindersAnnounced, day);
    const show = vscode.l10n.t('Show Reminders');
    const message = count === 1 ? vscode.l10n.t('A payment reminder is due today.') : vscode.l10n.t('{0} payment reminders are due today.', count);
    if ((await vscode.window.showInformationMessage(notificationText(message), show)) === show) await vscode.commands.executeCommand(Commands.showReminders);
  }
}
