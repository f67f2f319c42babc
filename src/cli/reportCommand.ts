/**
 * `client-friction report [FOLDER ...] [--as-of D] [--out FILE.html] [--md] [--glob GLOB]`:
 * the friction report outside VS Code — one self-contained HTML file (no
 * script, no network; it prints in one column), or markdown for a weekly
 * review note with `--md`. Written to FILE, or to stdout without `--out`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseClientNoteBytes, readFailureReason } from '../core/read/note';
import { reportDocument } from '../core/report/html';
import { reportMarkdown } from '../core/report/markdown';
import { buildReport, reportClient } from '../core/report/report';
import { ReportClient } from '../core/report/facts';
import { catalogue } from '../core/l10n';
import { Language } from '../core/settings';
import { clientCount } from '../core/labels';
import { CliIo, parseFlags, UsageError } from './io';
import { SETTINGS_FLAGS } from './settings';
import { scanWorkspace } from './workspace';
import { readNote } from '../node/readNote';

export async function reportCommand(argv: string[], io: CliIo, language: Language): Promise<number> {
  const l10n = catalogue(language);
  const { values, positionals } = parseFlags(argv, { 'as-of': 'string', 'home-currency': 'string', out: 'string', md: 'boolean', glob: 'string', ...SETTINGS_FLAGS }, l10n);
  // The report in the language of the run (`--lang`, else the locale): its
  // headings, tables and charts, and the problems of the notes.
  const { pathOf, groups, asOf, problems: walkProblems } = scanWorkspace(positionals, values, io, language, l10n);
  const groupOf = new Map(groups.flatMap((g) => g.ids.map((id) => [id, g] as const)));
  const { settings } = groups[0];

  const clients: ReportClient[] = [];
  for (const [id, path] of pathOf) {
    const group = groupOf.get(id)!;
    let bytes: Uint8Array;
    let problem: string | undefined;
    try {
      // Checked before a byte is read: a regular file, at most the size cap
      // (a view of the reader's buffer, parsed before the next read).
      bytes = readNote(path, group.settings.maxNoteBytes);
    } catch (err) {
      // A note that vanished since the scan is not reported; any other read error is.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      bytes = new Uint8Array();
      problem = l10n.t('the note could not be read: {0}', readFailureReason(err as Error, l10n));
    }
    const note = parseClientNoteBytes(bytes, { file: id, fileStem: id.slice(id.lastIndexOf('/') + 1).replace(/\.(md|markdown)$/i, ''), settings: group.settings });
    if (problem) note.problems = [{ file: id, line: 1, severity: 'error', message: problem }];
    clients.push(reportClient(note, group.settings, group.asOf));
  }
  const report = buildReport({ clients, settings, asOf });
  if (walkProblems.length) report.problems = [...report.problems, ...walkProblems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const text = values.md ? reportMarkdown(report) : reportDocument(report);

  const out = values.out;
  if (out === undefined) {
    io.stdout(text);
    return 0;
  }
  const target = resolve(io.cwd, out);
  try {
    writeFileSync(target, text);
  } catch (err) {
    throw new UsageError(l10n.t('cannot write {0}: {1}', out, (err as Error).message));
  }
  const overdue = report.ageing.invoices.length;
  const invoices = overdue === 1 ? l10n.t('{0} overdue invoice', overdue) : l10n.t('{0} overdue invoices', overdue);
  io.stderr(`${l10n.t('wrote {file}: {clients}, {invoices}', { file: out, clients: clientCount(report.clients, l10n), invoices })}\n`);
  return 0;
}
