/**
 * What an import did (or, dry, would do), in the shape of the CLI contract's
 * JSON document (../shared/spec/cli.md, "Importing"), and as lines of text for
 * a terminal or a notification.
 */
import { invoiceCount } from '../labels';
import { ENGLISH, L10n } from '../l10n';
import { ImportPlan } from './plan';
import { ImportProblem } from './records';

export interface ImportReport {
  notes: { file: string; client: string; entriesAdded: number; invoicesAdded: number; paidFilledIn: number; skipped: number }[];
  unmatched: { client: string; rows: number }[];
  problems: ImportProblem[];
}

export function importReport(plan: ImportPlan): ImportReport {
  return {
    notes: plan.notes.map(({ file, client, entriesAdded, invoicesAdded, paidFilledIn, skipped }) => ({ file, client, entriesAdded, invoicesAdded, paidFilledIn, skipped })),
    unmatched: plan.unmatched.map(({ client, rows }) => ({ client, rows })),
    problems: plan.problems.map(({ file, line, message }) => ({ file, line, message })),
  };
}

/** `1 log entry`, `12 log entries`. */
export function logEntryCount(n: number, l10n: L10n = ENGLISH): string {
  return n === 1 ? l10n.t('{0} log entry', n) : l10n.t('{0} log entries', n);
}

/** `1 paid date`, `2 paid dates`. */
export function paidDateCount(n: number, l10n: L10n = ENGLISH): string {
  return n === 1 ? l10n.t('{0} paid date', n) : l10n.t('{0} paid dates', n);
}

/** `+ 12 log entries, 1 invoice, 1 paid date; 3 already there` (empty parts left out). */
export function describeCounts(note: ImportReport['notes'][number], l10n: L10n = ENGLISH): string {
  const parts = [
    note.entriesAdded && logEntryCount(note.entriesAdded, l10n),
    note.invoicesAdded && invoiceCount(note.invoicesAdded, l10n),
    note.paidFilledIn && paidDateCount(note.paidFilledIn, l10n),
  ].filter(Boolean);
  const added = parts.length ? `+ ${parts.join(', ')}` : l10n.t('nothing new');
  return note.skipped ? l10n.t('{0}; {1} already there', added, note.skipped) : added;
}

/** The report as lines for a terminal: one per note, then unmatched clients, then problems as `file:line: message`. */
export function importLines(report: ImportReport, dryRun: boolean, l10n: L10n = ENGLISH): string[] {
  const lines: string[] = [];
  const changed = report.notes.filter((n) => n.entriesAdded || n.invoicesAdded || n.paidFilledIn).length;
  if (dryRun) lines.push(changed === 1 ? l10n.t('Would change {0} note (dry run: nothing was written).', changed) : l10n.t('Would change {0} notes (dry run: nothing was written).', changed));
  else lines.push(changed === 1 ? l10n.t('Changed {0} note.', changed) : l10n.t('Changed {0} notes.', changed));
  for (const note of report.notes) lines.push(`  ${note.file} (${note.client}): ${describeCounts(note, l10n)}`);
  for (const u of report.unmatched) {
    const rows = u.rows === 1 ? l10n.t('{0} row not imported', 1) : l10n.t('{0} rows not imported', u.rows);
    lines.push(`  ${u.client ? l10n.t('no note for {0}: {1}', JSON.stringify(u.client), rows) : l10n.t('no note for rows without a client: {0}', rows)}`);
  }
  for (const p of report.problems) lines.push(`${p.file}:${p.line}: ${p.message}`);
  return lines;
}
