/**
 * What an import did (or, dry, would do), in the shape of the CLI contract's
 * JSON document (shared/spec/cli.md, "Importing"), and as lines of text for
 * a terminal or a notification.
 */
import { plural } from '../text';
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

/** `12 log entries, 1 invoice, 1 paid date; 3 already there` (empty parts left out). */
export function describeCounts(note: ImportReport['notes'][number]): string {
  const parts = [
    note.entriesAdded && plural(note.entriesAdded, 'log entry', 'log entries'),
    note.invoicesAdded && plural(note.invoicesAdded, 'invoice'),
    note.paidFilledIn && plural(note.paidFilledIn, 'paid date'),
  ].filter(Boolean);
  const added = parts.length ? `+ ${parts.join(', ')}` : 'nothing new';
  return note.skipped ? `${added}; ${note.skipped} already there` : added;
}

/** The report as lines for a terminal: one per note, then unmatched clients, then problems as `file:line: message`. */
export function importLines(report: ImportReport, dryRun: boolean): string[] {
  const lines: string[] = [];
  const changed = report.notes.filter((n) => n.entriesAdded || n.invoicesAdded || n.paidFilledIn).length;
  lines.push(`${dryRun ? 'Would change' : 'Changed'} ${plural(changed, 'note')}${dryRun ? ' (dry run: nothing was written)' : ''}.`);
  for (const note of report.notes) lines.push(`  ${note.file} (${note.client}): ${describeCounts(note)}`);
  for (const u of report.unmatched) lines.push(`  no note for ${u.client ? JSON.stringify(u.client) : 'rows without a client'}: ${plural(u.rows, 'row')} not imported`);
  for (const p of report.problems) lines.push(`${p.file}:${p.line}: ${p.message}`);
  return lines;
}
