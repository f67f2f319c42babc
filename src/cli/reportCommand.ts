/**
 * `client-friction report [FOLDER ...] [--as-of D] [--out FILE.html] [--md] [--glob GLOB]`:
 * the friction report outside VS Code — one self-contained HTML file (no
 * script, no network; it prints in one column), or markdown for a weekly
 * review note with `--md`. Written to FILE, or to stdout without `--out`.
 */
import { reportDocument } from '../core/report/html';
import { reportMarkdown } from '../core/report/markdown';
import { buildReport } from '../core/report/report';
import { clientFacts, ReportClient } from '../core/report/facts';
import { catalogue } from '../core/l10n';
import { Language } from '../core/settings';
import { clientCount } from '../core/labels';
import { CliIo, parseFlags, writeOutput } from './io';
import { SETTINGS_FLAGS } from './settings';
import { indexWorkspace, scanWorkspace } from './workspace';
import { readIndexedNote } from './readNotes';

export async function reportCommand(argv: string[], io: CliIo, language: Language): Promise<number> {
  const l10n = catalogue(language);
  const { values, positionals } = parseFlags(argv, { 'as-of': 'string', 'home-currency': 'string', out: 'string', md: 'boolean', glob: 'string', ...SETTINGS_FLAGS }, l10n);
  // The report in the language of the run (`--lang`, else the locale): its
  // headings, tables and charts, and the problems of the notes.
  const scanned = scanWorkspace(positionals, values, io, language, l10n);
  const { groups, asOf, problems: walkProblems } = scanned;
  const { settings } = groups[0];
  // The summaries as the extension's index makes them; each note read once
  // more through the same ports for its weekly scores and unpaid invoices,
  // as the extension's report reads them.
  const { indexes } = await indexWorkspace(scanned);
  const clients: ReportClient[] = [];
  for (const { group, index, ports } of indexes) {
    for (const summary of index.summaries()) {
      const note = await readIndexedNote(summary.file, ports, group.settings, l10n);
      clients.push({ summary, facts: clientFacts(note, group.settings, group.asOf) });
    }
  }
  const report = buildReport({ clients, settings, asOf });
  if (walkProblems.length) report.problems = [...report.problems, ...walkProblems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const text = values.md ? reportMarkdown(report) : reportDocument(report);

  const out = values.out;
  if (!writeOutput(io, out, text, l10n)) return 0;
  const overdue = report.ageing.invoices.length;
  const invoices = overdue === 1 ? l10n.t('{0} overdue invoice', overdue) : l10n.t('{0} overdue invoices', overdue);
  io.stderr(`${l10n.t('wrote {file}: {clients}, {invoices}', { file: out!, clients: clientCount(report.clients, l10n), invoices })}\n`);
  return 0;
}
