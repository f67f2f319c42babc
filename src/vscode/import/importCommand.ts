/**
 * Client Friction: Import from CSV… — the exports a freelancer already has
 * (Toggl Track, Clockify, Harvest, FreshBooks) into the client notes: pick the
 * files, answer for the client names no note has, preview what changes per
 * note, and apply it all as one workspace edit, undone in one step. A
 * progress notification shows while a large file is read and planned; the
 * tree follows the edited documents as it follows typing. The command also
 * takes its answers as arguments, for keybindings, scripts and tests.
 */
import * as vscode from 'vscode';
import { today } from '../../core/dates';
import { DateOrder } from '../../core/import/dateOrder';
import { DecodedExport, decodeExport } from '../../core/import/decode';
import { ExportReading, MAX_EXPORT_BYTES, readExport } from '../../core/import/exportFile';
import { FormatName } from '../../core/import/formats';
import { newNoteFields } from '../../core/import/newNoteFields';
import { ImportPlan, planImport } from '../../core/import/plan';
import { ImportProblem } from '../../core/import/records';
import { ImportReport, importReport, logEntryCount, paidDateCount } from '../../core/import/report';
import { invoiceCount } from '../../core/labels';
import { catalogue } from '../../core/l10n';
import { newNoteText, slugify } from '../../core/noteEdits';
import { parseClientNote } from '../../core/read/note';
import { notificationText } from '../../core/sinks';
import { Command } from '../commands';
import { ImportDiagnostics } from '../diagnostics/importDiagnostics';
import { Commands } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { noteStem } from '../workspace/noteFiles';
import { addNewNote, importEdit, ImportNotes, openPlannedNotes, readFolderNotes } from './importNotes';
import { pickDateOrder, pickExports, pickFolder, pickForUnmatched, previewChanges, UnmatchedChoice } from './importPrompts';

/** Above this many bytes of exports, reading and planning show a progress notification. */
const LARGE_IMPORT_BYTES = 512 * 1024;

export interface ImportCsvArgs {
  /** The exports; asked for when absent. */
  files?: vscode.Uri[];
  /** The workspace folder whose notes receive the import. */
  folder?: vscode.WorkspaceFolder;
  format?: FormatName;
  dateOrder?: DateOrder;
  /** Answers for client names no note has, by name: `skip`, `new`, or a note's URI. Names not listed are asked. */
  unmatched?: Record<string, string>;
  /** `false` applies without the preview. */
  preview?: boolean;
}

export interface ImportCsvResult {
  applied: boolean;
  report: ImportReport;
  /** The notes changed (or created). */
  changed: vscode.Uri[];
}

export function importCommands(clients: ClientWorkspace, diagnostics: ImportDiagnostics): Command[] {
  return [{ id: Commands.importCsv, execute: (args?: ImportCsvArgs) => importFromCsv(clients, diagnostics, args ?? {}) }];
}

async function importFromCsv(clients: ClientWorkspace, diagnostics: ImportDiagnostics, args: ImportCsvArgs): Promise<ImportCsvResult | undefined> {
  const files = args.files ?? (await pickExports());
  if (!files) return undefined;
  const folder = args.folder ?? (await pickFolder(files[0]));
  if (!folder) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Import from CSV: open the folder that holds your clients/ notes first.'));
    return undefined;
  }
  await clients.ready();
  diagnostics.clear();
  const sourceUri = new Map(files.map((f) => [vscode.workspace.asRelativePath(f, false), f]));
  const setDiagnostics = (problems: readonly ImportProblem[], notes?: ImportNotes) => diagnostics.show(problems, (file) => sourceUri.get(file) ?? notes?.uris.get(file));

  // Sizes first: a file too large is refused before it is read.
  let total = 0;
  for (const [source, uri] of sourceUri) {
    const size = (await vscode.workspace.fs.stat(uri)).size;
    if (size > MAX_EXPORT_BYTES) {
      const args = { file: source, size: (size / 1024 / 1024).toFixed(1), max: MAX_EXPORT_BYTES / 1024 / 1024 };
      const message = vscode.l10n.t('Import from CSV: {file} is {size} MB; an import reads exports of up to {max} MB. Export a shorter period. Nothing was changed.', args);
      void vscode.window.showErrorMessage(notificationText(message));
      return undefined;
    }
    total += size;
  }
  const large = total > LARGE_IMPORT_BYTES;
  const withProgress = <T>(title: string, task: () => Promise<T>): Promise<T> =>
    large ? Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: notificationText(title) }, task)) : task();

  // Read every export; one whose dates read both ways is asked about and read again.
  const texts = await withProgress(vscode.l10n.t('Import from CSV: reading the exports…'), async () => {
    const out: ({ source: string } & DecodedExport)[] = [];
    for (const [source, uri] of sourceUri) out.push({ source, ...decodeExport(await vscode.workspace.fs.readFile(uri)) });
    return out;
  });
  // The exports' problems in the language of the planner's (the settings' language, which follows VS Code's by default).
  const options = { format: args.format, dateOrder: args.dateOrder, synonyms: clients.settings.tagSynonyms, l10n: catalogue(clients.language) };
  const readings: Extract<ExportReading, { ok: true }>[] = [];
  for (const { source, text, encoding } of texts) {
    const readingTitle = vscode.l10n.t('Import from CSV: reading {0}…', source);
    let reading = await withProgress(readingTitle, async () => readExport(source, text, { ...options, encoding }));
    if (!reading.ok && reading.reason === 'dateOrder') {
      const order = await pickDateOrder(source, reading.example ?? '');
      if (!order) return undefined;
      reading = await withProgress(readingTitle, async () => readExport(source, text, { ...options, encoding, dateOrder: order }));
    }
    if (!reading.ok) {
      setDiagnostics([reading.error]);
      const message = vscode.l10n.t('Import from CSV: {file}, line {line}: {problem}. Nothing was changed.', { file: source, line: reading.error.line, problem: reading.error.message });
      void vscode.window.showErrorMessage(notificationText(message));
      return { applied: false, report: { notes: [], unmatched: [], problems: [reading.error] }, changed: [] };
    }
    readings.push(reading);
  }

  // Plan; ask about the names no note has; plan again on the documents the plan changes.
  const notes = await withProgress(vscode.l10n.t('Import from CSV: reading the notes…'), () => readFolderNotes(folder, clients.notesGlobOf(folder.uri)));
  const choices: { client: string; file: string }[] = [];
  const plan = () => withProgress(vscode.l10n.t('Import from CSV: planning the changes…'), async () => planImport(readings, notes.texts, { settings: clients.settings, choices }));
  let result = await plan();
  const names = notes.texts.map((t) => ({ file: t.file, name: parseClientNote(t.text, { file: t.file, fileStem: noteStem(notes.uris.get(t.file)!), settings: clients.settings }).name }));
  for (const unmatched of result.unmatched) {
    if (!unmatched.client.trim()) continue;
    const choice = answerFor(args.unmatched?.[unmatched.client], notes) ?? (await pickForUnmatched(unmatched, names));
    if (!choice) return undefined;
    if (choice.kind === 'note') choices.push({ client: unmatched.client, file: choice.file });
    if (choice.kind === 'new') {
      // Its currency and rate from the export, when it has them.
      const known = newNoteFields(readings.flatMap((r) => r.records), unmatched.client);
      const text = newNoteText(unmatched.client.trim(), today(), clients.settings, clients.language, known);
      choices.push({ client: unmatched.client, file: await addNewNote(notes, slugify(unmatched.client), text) });
    }
  }
  if (choices.length) result = await plan();
  for (let round = 0; round < 3 && (await openPlannedNotes(notes, result.notes)); round++) result = await plan();
  keepOffNotUtf8(result, notes);

  const changing = result.notes.filter((p) => p.edits.length);
  setDiagnostics(result.problems, notes);
  if (!changing.length) {
    void vscode.window.showInformationMessage(notificationText(withTail(vscode.l10n.t('Import from CSV: nothing new to import.'), result)));
    return { applied: false, report: importReport(result), changed: [] };
  }
  const chosen = args.preview === false ? changing : await previewChanges(changing, notes.created);
  if (!chosen?.length) return undefined;

  const edit = await importEdit(notes, chosen);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Import from CSV: the notes could not be edited (did one change meanwhile?). Nothing was changed.'));
    return { applied: false, report: importReport(result), changed: [] };
  }
  const kept = new Set(chosen.map((p) => p.file));
  result.notes = result.notes.filter((p) => kept.has(p.file) || !p.edits.length);
  const report = importReport(result);
  const changed = chosen.map((p) => notes.uris.get(p.file)!);
  const imported =
    chosen.length === 1
      ? vscode.l10n.t('Imported into {0} note: {1}. The notes are not saved yet.', 1, summary(report))
      : vscode.l10n.t('Imported into {0} notes: {1}. The notes are not saved yet.', chosen.length, summary(report));
  void vscode.window.showInformationMessage(notificationText(withTail(imported, result)), vscode.l10n.t('Save All')).then((save) => {
    if (save) void vscode.workspace.saveAll(false);
  });
  return { applied: true, report, changed };
}

function answerFor(answer: string | undefined, notes: ImportNotes): UnmatchedChoice | undefined {
  if (answer === undefined) return undefined;
  if (answer === 'skip' || answer === 'new') return { kind: answer };
  for (const [file, uri] of notes.uris) if (uri.toString() === answer) return { kind: 'note', file };
  return { kind: 'skip' };
}

/** A note the plan changes whose file is not UTF-8 is left alone (saving it would change its other bytes). */
function keepOffNotUtf8(plan: ImportPlan, notes: ImportNotes): void {
  for (const note of plan.notes) {
    if (!note.edits.length || !notes.notUtf8.has(note.file) || vscode.workspace.textDocuments.some((d) => d.uri.toString() === notes.uris.get(note.file)?.toString())) continue;
    note.edits = [];
    note.entriesAdded = note.invoicesAdded = note.paidFilledIn = 0;
    plan.problems.push({ file: note.file, line: 1, message: vscode.l10n.t('the note is not valid UTF-8, so nothing was imported into it. Save it as UTF-8') });
  }
}

function summary(report: ImportReport): string {
  const sum = (key: 'entriesAdded' | 'invoicesAdded' | 'paidFilledIn' | 'skipped') => report.notes.reduce((n, note) => n + note[key], 0);
  const [entries, invoices, paid, skipped] = [sum('entriesAdded'), sum('invoicesAdded'), sum('paidFilledIn'), sum('skipped')];
  const parts = [
    logEntryCount(entries, vscode.l10n),
    invoices === 0 ? '' : invoiceCount(invoices, vscode.l10n),
    paid === 0 ? '' : paidDateCount(paid, vscode.l10n),
  ].filter(Boolean);
  return skipped ? vscode.l10n.t('{0} ({1} already there)', parts.join(', '), skipped) : parts.join(', ');
}

/** The message, then what was left out: rows of clients without a note, and the problems. */
function withTail(message: string, plan: ImportPlan): string {
  const rows = plan.unmatched.reduce((n, u) => n + u.rows, 0);
  const problems = plan.problems.length;
  const sentences = [message];
  if (rows) sentences.push(rows === 1 ? vscode.l10n.t('{0} row of clients without a note was not imported.', 1) : vscode.l10n.t('{0} rows of clients without a note were not imported.', rows));
  if (problems) sentences.push(problems === 1 ? vscode.l10n.t('{0} problem: see the Problems panel.', 1) : vscode.l10n.t('{0} problems: see the Problems panel.', problems));
  return sentences.join(' ');
}
