/**
 * The client tooltip: the breakdown of the score. Everything from the note is
 * escaped (`escapeMarkdownText`) into an untrusted MarkdownString without
 * HTML: a client named `[x](command:…)` or `<img onerror=…>` shows literally.
 */
import * as vscode from 'vscode';
import { escapeMarkdownText } from '../markdownText';
import { formatIsoDay } from '../../core/dates';
import { SIGNAL_LABELS } from '../../core/score/signals';
import { describeTrend, trendDirection } from '../../core/score/trend';
import { formatAmount, formatShare, plural } from '../../core/text';
import { ClientSummary } from '../../core/rank/portfolio';

export function clientTooltip(s: ClientSummary, relativePath: string, income: { share: number | null; concentrated: boolean }): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown('**');
  md.appendMarkdown(escapeMarkdownText(s.name));
  // Friction and income side by side: income never lowers friction.
  const share = income.share === null ? '' : ` · ${formatShare(income.share)} of income`;
  md.appendMarkdown(`** — friction ${s.score}${share} · ${s.band} · ${s.status}\n\n`);
  for (const flag of s.flags) {
    md.appendMarkdown(`$(flag) **Flagged: ${flag.id}** (latest ${formatIsoDay(flag.day)}, line ${flag.line}): never below strained\n\n`);
  }
  const direction = trendDirection(s.trend);
  md.appendMarkdown(`${direction === 'up' ? '$(arrow-up) ' : direction === 'down' ? '$(arrow-down) ' : ''}${describeTrend(s.trend)} (was ${s.trend.scoreThen})\n\n`);
  if (income.concentrated && income.share !== null) {
    md.appendMarkdown(
      `$(warning) **Concentration**: brings ${formatShare(income.share)} of your income (paid in the last 12 months): losing it is a decision about your income, not just about friction\n\n`,
    );
  }
  if (s.signals.length === 0) md.appendMarkdown('No friction signals.\n\n');
  for (const signal of s.signals) {
    md.appendMarkdown(`- **${SIGNAL_LABELS[signal.id]}** ${signal.points}: `);
    md.appendMarkdown(escapeMarkdownText(signal.detail));
    md.appendMarkdown('\n');
  }
  md.appendMarkdown('\n');
  const facts: string[] = [];
  if (s.income.paid12m > 0) facts.push(`${formatAmount(s.income.paid12m, s.currency)} paid in the last 12 months`);
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
