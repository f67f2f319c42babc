/** `client-friction offboard NOTE [--as-of YYYY-MM-DD] [--lang en|ms] [--settings FILE | --no-settings]` (the CLI contract, ../shared/spec/cli.md). */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { CalendarDay, today } from '../core/dates';
import { parseClientNoteBytes, readFailureReason } from '../core/read/note';
import { offboardingChecklist } from '../core/offboard/offboarding';
import { NoteIndex } from '../core/rank/noteIndex';
import { incomeShare } from '../core/rank/portfolio';
import { catalogue } from '../core/l10n';
import { FrictionSettings, Language } from '../core/settings';
import { CliIo, parseAsOf, parseFlags, UsageError } from './io';
import { readNote, readNoteAsync } from '../node/readNote';
import { terminalText } from '../core/sinks';
import { findNotes } from '../node/findNotes';
import { folderSettings, SETTINGS_FLAGS } from './settings';

/** How many folders the note is below the working directory (0 when it is outside): how far a contract link may climb. */
function folderDepth(cwd: string, file: string): number {
  let real: string;
  try {
    real = relative(realpathSync(cwd), realpathSync(file));
  } catch {
    return 0;
  }
  const parts = real.split(/[\\/]/);
  return parts[0] === '..' ? 0 : parts.length - 1;
}

/** `language` (`--lang`, else the terminal's locale) is the checklist's as well as the messages'. */
export async function offboardCommand(argv: string[], io: CliIo, language: Language): Promise<number> {
  const l10n = catalogue(language);
  const { values, positionals } = parseFlags(argv, { 'as-of': 'string', ...SETTINGS_FLAGS }, l10n);
  const asOf = values['as-of'] === undefined ? undefined : parseAsOf(values['as-of'], l10n);
  if (positionals.length > 1) throw new UsageError(l10n.t('one NOTE only (got "{0}" and "{1}")', terminalText(positionals[0]), terminalText(positionals[1])));
  const notePath = positionals[0];
  if (notePath === undefined) throw new UsageError(l10n.t('offboard needs the NOTE to read'));

  const file = resolve(io.cwd, notePath);
  // The settings of the workspace folder the note is in (the nearest folder
  // above it with a .vscode/settings.json); CLIENT_FRICTION_NAME over its yourName.
  const setup = folderSettings(workspaceFolderOf(file), values, io.cwd, { yourName: io.env.CLIENT_FRICTION_NAME || undefined, language }, l10n);
  const { settings } = setup;
  const shown = terminalText(notePath);
  let bytes: Uint8Array;
  try {
    // Checked before a byte is read: a regular file, at most the size cap.
    bytes = readNote(file, settings.maxNoteBytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? l10n.t('note not found: {0}', shown) : l10n.t('cannot read {0}: {1}', shown, terminalText(readFailureReason(err as Error, l10n))));
  }
  const id = relative(io.cwd, file).split('\\').join('/');
  const note = parseClientNoteBytes(bytes, { file: id, fileStem: basename(file).replace(/\.(md|markdown)$/i, ''), settings });
  const day = asOf ?? setup.asOf ?? today(io.now());
  const share = await shareOfFolderIncome(file, settings, day);
  const checklist = offboardingChecklist(note, settings, day, language, { includeProblems: true, noteFolderDepth: folderDepth(io.cwd, file), incomeShare: share });
  // Every line from the note made safe for the terminal; the line breaks are the checklist's own.
  io.stdout(checklist.split('\n').map(terminalText).join('\n'));
  return 0;
}

/** The nearest folder above the note that holds `.vscode/settings.json`, else the note's own folder. */
function workspaceFolderOf(file: string): string {
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.vscode', 'settings.json'))) return folder;
    if (dirname(folder) === folder) return dirname(file);
  }
}

/**
 * The note's share of its folder's income, as the extension counts it: the
 * folder is the nearest one above the note in which the notes glob finds it
 * (`examples/` for `examples/clients/x.md`). Null when there is none.
 */
async function shareOfFolderIncome(file: string, settings: FrictionSettings, asOf: CalendarDay): Promise<number | null> {
  // The folders the glob names before its first wildcard (`clients` of `clients/**/*.md`).
  const segments = settings.notesGlob.split('/').slice(0, -1);
  const wild = segments.findIndex((segment) => /[*?[\]{}!]/.test(segment));
  const prefix = wild < 0 ? segments : segments.slice(0, wild);
  for (let folder = dirname(file), up = 0; up < 8 && dirname(folder) !== folder; folder = dirname(folder), up++) {
    const rel = relative(folder, file).split(sep);
    if (prefix.some((segment, i) => rel[i] !== segment)) continue;
    const notes = findNotes(folder, settings.notesGlob).files;
    if (!notes.includes(file)) continue;
    const index = new NoteIndex({ settings, asOf, read: (path, done) => readNoteAsync(path, settings.maxNoteBytes, done) });
    await index.build(notes);
    const summary = index.get(file);
    return summary && summary.status !== 'former' ? incomeShare(summary, index.portfolio().income) : null;
  }
  return null;
}
