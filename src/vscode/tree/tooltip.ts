/**
 * The client tooltip: the breakdown of the score. Everything from the note is
 * escaped (`escapeMarkdownText`) into an untrusted MarkdownString without
 * HTML: a client named `[x](command:…)` or `<img onerror=…>` shows literally.
 */
import * as vscode from 'vscode';
import { escapeMarkdownText } from '../markdownText';
import { formatIsoDay } from '../../core/dates';
import { bandLabel, flagLabel, signalLabel, statusLabel } from '../../core/labels';
import { describeTrend, trendDirection } from '../../core/score/trend';
import { formatAmount, formatShare } from '../../core/text';
import { ClientSummary } from '../../core/rank/portfolio';

export function clientTooltip(s: ClientSummary, relativePath: string, income: { share: number | null; concentrated: boolean }): vscode.MarkdownString {
  const l10n = vscode.l10n;
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown('**');
  md.appendMarkdown(escapeMarkdownText(s.name));
  // Friction and income side by side: income never lowers friction.
  const [band, status] = [bandLabel(s.band, l10n), statusLabel(s.status, l10n)];
  md.appendMarkdown('** — ');
  md.appendMarkdown(
    income.share === null
      ? l10n.t('friction {score} · {band} · {status}', { score: s.score, band, status })
      : l10n.t('friction {score} · {share} of income · {band} · {status}', { score: s.score, share: formatShare(income.share), band, status }),
  );
  md.appendMarkdown('\n\n');
  for (const flag of s.flags) {
    const args = { flag: flagLabel(flag.id, l10n), day: formatIsoDay(flag.day), line: flag.line, strained: bandLabel('strained', l10n) };
    md.appendMarkdown(`$(flag) ${l10n.t('**Flagged: {flag}** (latest {day}, line {line}): never below {strained}', args)}\n\n`);
  }
  const direction = trendDirection(s.trend);
  const arrow = direction === 'up' ? '$(arrow-up) ' : direction === 'down' ? '$(arrow-down) ' : '';
  md.appendMarkdown(`${arrow}${l10n.t('{trend} (was {then})', { trend: describeTrend(s.trend, l10n), then: s.trend.scoreThen })}\n\n`);
  if (income.concentrated && income.share !== null) {
    const concentration = l10n.t(
      '**Concentration**: brings {0} of your income (paid in the last 12 months): losing it is a decision about your income, not just about friction',
      formatShare(income.share),
    );
    md.appendMarkdown(`$(warning) ${concentration}\n\n`);
  }
  if (s.signals.length === 0) md.appendMarkdown(`${l10n.t('No friction signals.')}\n\n`);
  for (const signal of s.signals) {
    md.appendMarkdown(`- **${signalLabel(signal.id, l10n)}** ${signal.points}: `);
    md.appendMarkdown(escapeMarkdownText(signal.detail));
    md.appendMarkdown('\n');
  }
  md.appendMarkdown('\n');
  const facts: string[] = [];
  if (s.income.paid12m > 0) facts.push(l10n.t('{0} paid in the last 12 months', formatAmount(s.income.paid12m, s.currency)));
  if (s.amountOverdue > 0) facts.push(l10n.t('{0} overdue', formatAmount(s.amountOverdue, s.currency)));
  if (s.effectiveRate !== undefined) {
    const effective = formatAmount(s.effectiveRate, s.currency);
    facts.push(s.rate ? l10n.t('effective rate {0}/h (agreed {1})', effective, formatAmount(s.rate, s.currency)) : l10n.t('effective rate {0}/h', effective));
  }
  if (s.agreedHours !== undefined) facts.push(l10n.t('agreed hours: {0}', s.agreedHours));
  if (s.praiseCount > 0) facts.push(l10n.t('{0} × praise', s.praiseCount));
  if (s.offboarding) facts.push(l10n.t('offboarding {0}/{1}', s.offboarding.done, s.offboarding.total));
  if (s.problems.length > 0) facts.push(s.problems.length === 1 ? l10n.t('{0} problem in the note', 1) : l10n.t('{0} problems in the note', s.problems.length));
  if (facts.length) {
    md.appendMarkdown(escapeMarkdownText(facts.join(' · ')));
    md.appendMarkdown('\n\n');
  }
  md.appendMarkdown('$(file) ');
  md.appendMarkdown(escapeMarkdownText(relativePath));
  return md;
}
