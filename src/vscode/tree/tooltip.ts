/**
 * The client tooltip: the breakdown of the score. Everything from the note is
 * escaped (`escapeMarkdownText`) into an untrusted MarkdownString without
 * HTML: a client named `[x](command:…)` or `<img onerror=…>` shows literally.
 */
import * as vscode from 'vscode';
import { escapeMarkdownText } from '../markdownText';
import { SIGNAL_LABELS } from '../../core/score/signals';
import { formatAmount, plural } from '../../core/text';
import { ClientSummary } from '../../core/rank/portfolio';

export function clientTooltip(s: ClientSummary, relativePath: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown('**');
  md.appendMarkdown(escapeMarkdownText(s.name));
  md.appendMarkdown(`** — friction ${s.score} · ${s.band} · ${s.status}\n\n`);
  if (s.signals.length === 0) md.appendMarkdown('No friction signals.\n\n');
  for (const signal of s.signals) {
    md.appendMarkdown(`- **${SIGNAL_LABELS[signal.id]}** ${signal.points}: `);
    md.appendMarkdown(escapeMarkdownText(signal.detail));
    md.appendMarkdown('\n');
  }
  md.appendMarkdown('\n');
  const facts: string[] = [];
  if (s.amountOverdue > 0) facts.push(`${formatAmount(s.amountOverdue, s.currency)} overdue`);
  if (s.effectiveRate !== undefined) facts.push(`effective rate ${formatAmount(s.effectiveRate, s.currency)}/h${s.rate ? ` (agreed ${formatAmount(s.rate, s.currency)})` : ''}`);
  if (s.praiseCount > 0) facts.push(`${s.praiseCount} × praise`);
  if (s.offboarding) facts.push(`offboarding ${s.offboarding.done}/${s.offboarding.total}`);
  if (s.problems.length > 0) facts.push(`${plural(s.problems.length, 'problem')} in the note`);
  if (facts.length) {
    md.appendMarkdown(escapeMarkdownText(facts.join(' · ')));
    md.appendMarkdown('\n\n');
  }
  md.appendMarkdown('$(file) ');
  md.appendMarkdown(escapeMarkdownText(relativePath));
  return md;
}
