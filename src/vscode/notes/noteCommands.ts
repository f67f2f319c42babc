/**
 * The commands about one client's note: New Client Note, Log Interaction,
 * Open Note, Reveal in Explorer, Copy Summary, and Open Example Notes.
 * Prompting commands also take their answers as arguments, so that
 * keybindings, other extensions and tests can run them without prompts.
 */
import * as vscode from 'vscode';
import { ClientSummary } from '../../core/rank/portfolio';
import { SIGNAL_LABELS } from '../../core/score/signals';
import { describeTrend } from '../../core/score/trend';
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
        const uri = await resolveNote(clients, target, 'Open Note');
        if (uri) await vscode.window.showTextDocument(uri, { preview: false });
      },
    },
    {
      id: Commands.revealInExplorer,
      execute: async (target?: unknown) => {
        const uri = await resolveNote(clients, target, 'Reveal in Explorer');
        if (uri) await vscode.commands.executeCommand('revealInExplorer', uri);
      },
    },
    {
      id: Commands.copySummary,
      execute: async (target?: unknown) => {
        const uri = await resolveNote(clients, target, 'Copy Summary');
        const summary = uri && clients.summaryOf(uri);
        if (!summary) return undefined;
        const text = summaryText(summary, clients.incomeShareOf(uri));
        await vscode.env.clipboard.writeText(text);
        vscode.window.setStatusBarMessage(`Copied the summary of ${summary.name}`, 3000);
        return text;
      },
    },
    openExamplesCommand(context),
  ];
}

/** Plain text for the clipboard: name, score, flags, trend and income, and the evidence in a line each. */
export function summaryText(s: ClientSummary, share: number | null = null): string {
  const income = share === null ? '' : ` · ${formatShare(share)} of income`;
  const lines = [`${s.name}: friction ${s.score}${income} (${s.band}), ${s.status}, ${describeTrend(s.trend)}`];
  if (s.flags.length) lines.push(`Flagged: ${s.flags.map((f) => f.id).join(', ')}`);
  for (const signal of s.signals) lines.push(`- ${SIGNAL_LABELS[signal.id]} ${signal.points}: ${signal.detail}`);
  if (s.amountOverdue > 0) lines.push(`Overdue: ${formatAmount(s.amountOverdue, s.currency)}`);
  if (s.offboarding) lines.push(`Offboarding: ${s.offboarding.done}/${s.offboarding.total} done`);
  return `${lines.join('\n')}\n`;
}
