/**
 * The CodeLens above a client note's first line: its friction (a click
 * reveals it in the tree), its offboarding progress or Insert Offboarding
 * Checklist, and Insert Script….
 */
import * as vscode from 'vscode';
import { scoreHeadline } from '../../core/rank/portfolio';
import { Disposable } from '../lifecycle';
import { Commands } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';

class OffboardingCodeLens extends Disposable implements vscode.CodeLensProvider {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly clients: ClientWorkspace) {
    super();
    this.register(clients.onDidChange(() => this.changed.fire()));
    this.register(clients.onDidRebuild(() => this.changed.fire()));
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const summary = this.clients.summaryOf(document.uri);
    if (!summary) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    const lenses = [
      new vscode.CodeLens(top, { title: vscode.l10n.t('Friction {0}', scoreHeadline(summary, vscode.l10n)), command: Commands.revealClient, arguments: [document.uri] }),
    ];
    if (summary.offboarding) {
      const title = vscode.l10n.t('Offboarding {0}/{1}', summary.offboarding.done, summary.offboarding.total);
      lenses.push(new vscode.CodeLens(top, { title, command: Commands.insertChecklist, arguments: [document.uri, { ifExists: 'open' }] }));
    } else {
      lenses.push(new vscode.CodeLens(top, { title: vscode.l10n.t('Insert Offboarding Checklist'), command: Commands.insertChecklist, arguments: [document.uri] }));
    }
    lenses.push(new vscode.CodeLens(top, { title: vscode.l10n.t('Insert Script…'), command: Commands.insertScript, arguments: [document.uri] }));
    return lenses;
  }
}

export function registerOffboardingCodeLens(clients: ClientWorkspace): vscode.Disposable {
  const provider = new OffboardingCodeLens(clients);
  return vscode.Disposable.from(provider, vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider));
}
