/**
 * The commands about one client's note: New Client Note, Log Interaction,
 * Open Note, Reveal in Explorer, Copy Summary, and Open Example Notes.
 * Prompting commands also take their answers as arguments, so that
 * keybindings, other extensions and tests can run them without prompts.
 */
import * as vscode from 'vscode';
import { ClientSummary } from '../../core/rank/portfolio';
import { ENGLISH, L10n } from '../../core/l10n';
import { bandLabel, flagList, signalLabel, statusLabel } from '../../core/labels';
import { describeTrend } from '../../core/score/trend';
import { oneLine } from '../../core/sinks';
import { formatAmount, formatShare } from '../../core/text';
import { Command } from '../commands';
import { Commands } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { logInteractionCommand } from './logInteraction';
import { newClientNoteCommand } from './newClientNote';
import { resolveNote } from './noteTarget';
import { openExamplesCommand } from './openExamples';

export function noteCommands(context: vscode.ExtensionContext, clients: ClientWorkspace): Command[] {
  return [
    newClientNoteCommand(clients),
    logInteractionCommand(clients),
    {
      id: Commands.openNote,
      execute: async (target?: unknown) => {
        const uri = await resolveNote(clients, target, vscode.l10n.t('Open Note'));
        if (uri) await vscode.window.showTextDocument(uri, { preview: false });
      },
    },
    {
      id: Commands.revealInExplorer,
      execute: async (target?: unknown) => {
        const uri = await resolveNote(clients, target, vscode.l10n.t('Reveal in Explorer'));
        if (uri) await vscode.commands.executeCommand('revealInExplorer', uri);
      },
    },
    {
      id: Commands.copySummary,
      execute: async (target?: unknown) => {
        const uri = await resolveNote(clients, target, vscode.l10n.t('Copy Summary'));
        const summary = uri && clients.summaryOf(uri);
        if (!summary) return undefined;
        const text = summaryText(summary, clients.incomeShareOf(uri), vscode.l10n);
        await vscode.env.clipboard.writeText(text);
        vscode.window.setStatusBarMessage(oneLine(vscode.l10n.t('Copied the summary of {0}', summary.name)), 3000);
        return text;
      },
    },
    openExamplesCommand(context),
  ];
}

/** Plain text for the clipboard: name, score, flags, trend and income, and the evidence in a line each. */
export function summaryText(s: ClientSummary, share: number | null = null, l10n: L10n = ENGLISH): string {
  const args = { name: s.name, score: s.score, band: bandLabel(s.band, l10n), status: statusLabel(s.status, l10n), trend: describeTrend(s.trend, l10n) };
  const lines = [
    share === null
      ? l10n.t('{name}: friction {score} ({band}), {status}, {trend}', args)
      : l10n.t('{name}: friction {score} · {share} of income ({band}), {status}, {trend}', { ...args, share: formatShare(share) }),
  ];
  if (s.flags.length) lines.push(l10n.t('Flagged: {0}', flagList(s.flags, l10n)));
  for (const signal of s.signals) lines.push(`- ${signalLabel(signal.id, l10n)} ${signal.points}: ${signal.detail}`);
  if (s.amountOverdue > 0) lines.push(l10n.t('Overdue: {0}', formatAmount(s.amountOverdue, s.currency)));
  if (s.offboarding) lines.push(l10n.t('Offboarding: {0}/{1} done', s.offboarding.done, s.offboarding.total));
  return `${lines.join('\n')}\n`;
}
