/**
 * `client-friction import FILE... [--into FOLDER] [--dry-run] [--json]
 * [--format NAME] [--date-order mdy|dmy]` (../shared/spec/cli.md, "Importing").
 * Everything is read and planned before anything is written: bad usage, an
 * unreadable file or an export that cannot be read as a whole exits 2 with
 * one line and writes nothing.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { DATE_ORDERS, DateOrder } from '../core/import/dateOrder';
import { decodeExport, decodeUtf8 } from '../core/import/decode';
import { applyTextEdits } from '../core/import/editList';
import { MAX_EXPORT_BYTES, readExports, RefusalReason } from '../core/import/exportFile';
import { FORMAT_NAMES, FormatName } from '../core/import/formats';
import { NoteText, planImport } from '../core/import/plan';
import { importLines, importReport } from '../core/import/report';
import { catalogue, L10n } from '../core/l10n';
import { Language } from '../core/settings';
import { folderSettings, SETTINGS_FLAGS, SettingsFlags } from './settings';
import { CliIo, parseFlags, UsageError } from './io';
import { findNotes } from '../node/findNotes';
import { readFailureReason } from '../core/read/note';
import { NoteRefused, openError, readNote } from '../node/readNote';

interface ImportArgs {
  settings: SettingsFlags;
  files: string[];
  into: string;
  dryRun: boolean;
  json: boolean;
  format?: FormatName;
  dateOrder?: DateOrder;
}

function parseImportArgs(argv: string[], l10n: L10n): ImportArgs {
  const { values, positionals } = parseFlags(argv, { into: 'string', 'dry-run': 'boolean', json: 'boolean', format: 'string', 'date-order': 'string', ...SETTINGS_FLAGS }, l10n);
  const format = values.format;
  if (format !== undefined && !(FORMAT_NAMES as readonly string[]).includes(format)) throw new UsageError(l10n.t('--format must be one of {0}, not "{1}"', FORMAT_NAMES.join(', '), format));
  const order = values['date-order'];
  if (order !== undefined && !(DATE_ORDERS as readonly string[]).includes(order)) throw new UsageError(l10n.t('--date-order must be mdy or dmy, not "{0}"', order));
  if (!positionals.length) throw new UsageError(l10n.t('import needs the CSV FILE(s) to read'));
  return {
    settings: values,
    files: positionals,
    into: values.into ?? '.',
    dryRun: values['dry-run'] === true,
    json: values.json === true,
    format: format as FormatName | undefined,
    dateOrder: order as DateOrder | undefined,
  };
}

/** What to do about an export that was refused: `{0}` is the refusal. */
const HINTS: Partial<Record<RefusalReason, (l10n: L10n, refusal: string) => string>> = {
  format: (l10n, refusal) => l10n.t('{0} (name it with --format toggl|clockify|harvest-time|harvest-invoices|freshbooks-invoices)', refusal),
  dateOrder: (l10n, refusal) => l10n.t('{0} with --date-order', refusal),
};

export async function importCommand(argv: string[], io: CliIo, language: Language): Promise<number> {
  let l10n = catalogue(language);
  const args = parseImportArgs(argv, l10n);
  const folder = resolve(io.cwd, args.into);
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new UsageError(l10n.t('folder not found: {0}', args.into));

  const exports = args.files.map((file) => ({ source: file, ...decodeExport(readExportBytes(resolve(io.cwd, file), file, l10n)) }));
  // The problems in the CLI's language (`--lang`, else the locale); a --json
  // document is the same in every language (English), as rank's is.
  if (args.json) {
    language = 'en';
    l10n = catalogue(language);
  }
  // The receiving folder's settings (its notes glob, size cap, tag synonyms).
  const { settings } = folderSettings(folder, args.settings, io.cwd, { language }, l10n);
  const { readings, refused } = readExports(exports, { format: args.format, dateOrder: args.dateOrder, synonyms: settings.tagSynonyms, l10n });
  if (refused.length) {
    const [first] = refused;
    const refusal = `${first.source}:${first.error.line}: ${first.error.message}`;
    const hinted = HINTS[first.reason]?.(l10n, refusal) ?? refusal;
    const others = refused.length - 1;
    if (others === 0) throw new UsageError(hinted);
    throw new UsageError(others === 1 ? l10n.t('{0} (and 1 more file refused)', hinted) : l10n.t('{0} (and {1} more files refused)', hinted, others));
  }

  // The notes, by their path relative to the folder.
  const paths = new Map<string, string>();
  const bytesOf = new Map<string, Uint8Array>();
  const notes: NoteText[] = [];
  // The same walk and reader as rank: regular files inside the folder, each
  // once, at most the size cap; what cannot be read is reported, not edited.
  const found = findNotes(folder, settings.notesGlob, { l10n });
  const unread = found.problems.map((p) => ({ file: p.path, line: 1, message: p.message }));
  for (const path of found.files) {
    const id = relative(folder, path).split(sep).join('/');
    let bytes: Uint8Array;
    try {
      bytes = readNote(path, settings.maxNoteBytes).slice(); // a copy: readNote reuses its buffer
    } catch (err) {
      unread.push({ file: id, line: 1, message: l10n.t('the note could not be read: {0}; nothing was imported into it', readFailureReason(err as Error, l10n)) });
      continue;
    }
    paths.set(id, path);
    bytesOf.set(id, bytes);
    notes.push({ file: id, text: decodeUtf8(bytes) ?? new TextDecoder().decode(bytes) });
  }
  const plan = planImport(readings, notes, { settings });
  for (const problem of unread) plan.problems.push(problem);
  for (const note of plan.notes) {
    if (note.edits.length && decodeUtf8(bytesOf.get(note.file)!) === undefined) {
      note.edits = [];
      note.entriesAdded = note.invoicesAdded = note.paidFilledIn = 0;
      plan.problems.push({ file: note.file, line: 1, message: l10n.t('the note is not valid UTF-8, so it cannot be edited without changing other bytes; nothing was imported into it. Save it as UTF-8') });
    }
  }

  if (!args.dryRun) {
    for (const note of plan.notes) {
      if (!note.edits.length) continue;
      const path = paths.get(note.file)!;
      const text = notes.find((n) => n.file === note.file)!.text;
      if (!sameBytes(readFileSync(path), bytesOf.get(note.file)!)) {
        plan.problems.push({ file: note.file, line: 1, message: l10n.t('the note changed while the import ran; nothing was written to it. Run the import again') });
        note.entriesAdded = note.invoicesAdded = note.paidFilledIn = 0;
        continue;
      }
      writeFileSync(path, applyTextEdits(text, note.edits));
    }
  }

  const report = importReport(plan);
  if (args.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(`${importLines(report, args.dryRun, l10n).join('\n')}\n`);
  return 0;
}

function readExportBytes(path: string, shown: string, l10n: L10n): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UsageError(l10n.t('cannot read {0}: not a file', shown));
    size = stat.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const why = openError(err as Error, path);
    if (why instanceof NoteRefused) throw new UsageError(l10n.t('cannot read {0}: {1}', shown, readFailureReason(why, l10n)));
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? l10n.t('file not found: {0}', shown) : l10n.t('cannot read {0}: {1}', shown, (err as Error).message));
  }
  // Refused before it is read: a file this large is not one freelancer's export.
  if (size > MAX_EXPORT_BYTES) {
    const [mb, max] = [(size / 1024 / 1024).toFixed(1), (MAX_EXPORT_BYTES / 1024 / 1024).toFixed(1)];
    throw new UsageError(l10n.t('{0}:1: the file is {1} MB; an import reads exports of up to {2} MB: export a shorter period', shown, mb, max));
  }
  try {
    return readFileSync(path);
  } catch (err) {
    throw new UsageError(l10n.t('cannot read {0}: {1}', shown, (err as Error).message));
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
