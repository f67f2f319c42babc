/** The score and band of the client note in the active editor; a click reveals it in the tree. */
import * as vscode from 'vscode';
import { setContext } from '../commands';
import { bandLabel, flagList } from '../../core/labels';
import { scoreHeadline } from '../../core/rank/portfolio';
import { describeTrend } from '../../core/score/trend';
import { Disposable } from '../lifecycle';
import { Commands, ContextKeys } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';

export class FrictionStatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('clientFriction.score', vscode.StatusBarAlignment.Left, 50));

  constructor(private readonly clients: ClientWorkspace) {
    super();
    this.item.name = 'Client Friction';
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.register(clients.onDidChange(() => this.update()));
    this.register(clients.onDidRebuild(() => this.update()));
    this.update();
  }

  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const summary = uri ? this.clients.summaryOf(uri) : undefined;
    setContext(ContextKeys.isClientNote, summary !== undefined);
    if (!uri || !summary) {
      this.item.hide();
      return;
    }
    const icon = { calm: 'pass', watch: 'eye', strained: 'warning', fire: 'flame' }[summary.band];
    const l10n = vscode.l10n;
    const flags = flagList(summary.flags, l10n);
    this.item.text = `$(${flags ? 'flag' : icon}) ${scoreHeadline(summary, l10n)}`;
    const top = summary.signals[0];
    const lines = [
      l10n.t('Friction of this client: {score} ({band}), {trend}', { score: summary.score, band: bandLabel(summary.band, l10n), trend: describeTrend(summary.trend, l10n) }),
      ...(flags ? [l10n.t('Flagged: {0}', flags)] : []),
      ...(top ? [l10n.t('Top signal: {0}', top.detail)] : []),
      l10n.t('Click to show it in the Clients view.'),
    ];
    this.item.tooltip = lines.join('\n');
    this.item.command = { command: Commands.revealClient, title: l10n.t('Reveal Client'), arguments: [uri] };
    this.item.backgroundColor =
      summary.band === 'fire' ? new vscode.ThemeColor('statusBarItem.errorBackground') : summary.band === 'strained' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }
}
