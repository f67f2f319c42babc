/**
 * `client-friction import FILE... [--into FOLDER] [--dry-run] [--json]
 * [--format NAME] [--date-order mdy|dmy]` (shared/spec/cli.md, "Importing").
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
import { resolveSettings } from '../core/settings';
import { CliIo, parseFlags, UsageError } from './io';
import { findNotes } from '../node/findNotes';
import { readNote } from '../node/readNote';

interface ImportArgs {
  files: string[];
  into: string;
  dryRun: boolean;
  json: boolean;
  format?: FormatName;
  dateOrder?: DateOrder;
}

function parseImportArgs(argv: string[]): ImportArgs {
  const { values, positionals } = parseFlags(argv, { into: 'string', 'dry-run': 'boolean', json: 'boolean', format: 'string', 'date-order': 'string' });
  const format = values.format;
  if (format !== undefined && !(FORMAT_NAMES as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')}, not "${format}"`);
  const order = values['date-order'];
  if (order !== undefined && !(DATE_ORDERS as readonly string[]).includes(order)) throw new UsageError(`--date-order must be mdy or dmy, not "${order}"`);
  if (!positionals.length) throw new UsageError('import needs the CSV FILE(s) to read');
  return {
    files: positionals,
    into: values.into ?? '.',
    dryRun: values['dry-run'] === true,
    json: values.json === true,
    format: format as FormatName | undefined,
    dateOrder: order as DateOrder | undefined,
  };
}

const HINTS: Partial<Record<RefusalReason, string>> = {
  format: ' (name it with --format toggl|clockify|harvest-time|harvest-invoices|freshbooks-invoices)',
  dateOrder: ' with --date-order',
};

export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseImportArgs(argv);
  const folder = resolve(io.cwd, args.into);
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new UsageError(`folder not found: ${args.into}`);

  const exports = args.files.map((file) => ({ source: file, text: decodeExport(readExportBytes(resolve(io.cwd, file), file)) }));
  const { settings } = resolveSettings({});
  const { readings, refused } = readExports(exports, { format: args.format, dateOrder: args.dateOrder, synonyms: settings.tagSynonyms });
  if (refused.length) {
    const [first] = refused;
    const more = refused.length > 1 ? ` (and ${refused.length - 1} more ${refused.length === 2 ? 'file' : 'files'} refused)` : '';
    throw new UsageError(`${first.source}:${first.error.line}: ${first.error.message}${HINTS[first.reason] ?? ''}${more}`);
  }

  // The notes, by their path relative to the folder.
  const paths = new Map<string, string>();
  const bytesOf = new Map<string, Uint8Array>();
  const notes: NoteText[] = [];
  // The same walk and reader as rank: regular files inside the folder, each
  // once, at most the size cap; what cannot be read is reported, not edited.
  const found = findNotes(folder, settings.notesGlob);
  const unread = found.problems.map((p) => ({ file: p.path, line: 1, message: p.message }));
  for (const path of found.files) {
    const id = relative(folder, path).split(sep).join('/');
    let bytes: Uint8Array;
    try {
      bytes = readNote(path, settings.maxNoteBytes).slice(); // a copy: readNote reuses its buffer
    } catch (err) {
      unread.push({ file: id, line: 1, message: `the note could not be read: ${(err as Error).message}; nothing was imported into it` });
      continue;
    }
    paths.set(id, path);
    bytesOf.set(id, bytes);
    notes.push({ file: id, text: decodeUtf8(bytes) ?? new TextDecoder().decode(bytes) });
  }
  const plan = planImport(readings, notes, { settings });
  plan.problems.push(...unread);
  for (const note of plan.notes) {
    if (note.edits.length && decodeUtf8(bytesOf.get(note.file)!) === undefined) {
      note.edits = [];
      note.entriesAdded = note.invoicesAdded = note.paidFilledIn = 0;
      plan.problems.push({ file: note.file, line: 1, message: 'the note is not valid UTF-8, so it cannot be edited without changing other bytes; nothing was imported into it. Save it as UTF-8' });
    }
  }

  if (!args.dryRun) {
    for (const note of plan.notes) {
      if (!note.edits.length) continue;
      const path = paths.get(note.file)!;
      const text = notes.find((n) => n.file === note.file)!.text;
      if (!sameBytes(readFileSync(path), bytesOf.get(note.file)!)) {
        plan.problems.push({ file: note.file, line: 1, message: 'the note changed while the import ran; nothing was written to it. Run the import again' });
        note.entriesAdded = note.invoicesAdded = note.paidFilledIn = 0;
        continue;
      }
      writeFileSync(path, applyTextEdits(text, note.edits));
    }
  }

  const report = importReport(plan);
  if (args.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(`${importLines(report, args.dryRun).join('\n')}\n`);
  return 0;
}

function readExportBytes(path: string, shown: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UsageError(`cannot read ${shown}: not a file`);
    size = stat.size;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `file not found: ${shown}` : `cannot read ${shown}: ${(err as Error).message}`);
  }
  // Refused before it is read: a file this large is not one freelancer's export.
  if (size > MAX_EXPORT_BYTES) {
    throw new UsageError(`${shown}:1: the file is ${(size / 1024 / 1024).toFixed(1)} MB; an import reads exports of up to ${(MAX_EXPORT_BYTES / 1024 / 1024).toFixed(1)} MB: export a shorter period`);
  }
  try {
    return readFileSync(path);
  } catch (err) {
    throw new UsageError(`cannot read ${shown}: ${(err as Error).message}`);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
