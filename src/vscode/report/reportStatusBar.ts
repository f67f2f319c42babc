/** A status bar entry that opens the friction report, shown while the workspace has client notes. */
import * as vscode from 'vscode';
import { paretoSentence } from '../../core/report/pareto';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { Disposable } from '../lifecycle';
import { Commands } from '../settingKeys';

export class ReportStatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('clientFriction.report', vscode.StatusBarAlignment.Left, 49));

  constructor(private readonly clients: ClientWorkspace) {
    super();
    this.item.name = vscode.l10n.t('Client Friction Report');
    this.item.text = `$(graph) ${vscode.l10n.t('Report')}`;
    this.item.command = Commands.openReport;
    this.register(clients.onDidRebuild(() => this.update()));
    this.register(clients.onDidChange(() => this.update()));
  }

  private update(): void {
    if (this.clients.noteCount() === 0) {
      this.item.hide();
      return;
    }
    const lines = this.clients.portfolios().map(({ folder, portfolio: p }) => {
      const sentence = paretoSentence(p.pareto.clients, p.pareto.ofClients, p.pareto.shareOfFriction, p.pareto.shareOfIncome, vscode.l10n);
      return this.clients.portfolios().length > 1 ? `${folder.name}: ${sentence}` : sentence;
    });
    this.item.tooltip = `${lines.join('\n')}\n${vscode.l10n.t('Click to open the friction report.')}`;
    this.item.show();
  }
}
