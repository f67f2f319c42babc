/** `client-friction offboard NOTE [--as-of YYYY-MM-DD] [--lang en|ms]` (the CLI contract, shared/spec/cli.md). */
import { readFile, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { CalendarDay, today } from '../core/dates';
import { parseClientNoteBytes } from '../core/read/note';
import { offboardingChecklist } from '../core/offboard/offboarding';
import { NoteIndex } from '../core/rank/noteIndex';
import { incomeShare } from '../core/rank/portfolio';
import { FrictionSettings, Language, resolveSettings } from '../core/settings';
import { CliIo, parseAsOf, parseFlags, UsageError } from './io';
import { findNotes } from './scan';

export async function offboardCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, { 'as-of': 'string', lang: 'string' });
  const asOf = values['as-of'] === undefined ? undefined : parseAsOf(values['as-of']);
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'ms') throw new UsageError(`--lang must be en or ms, not "${lang}"`);
  const language: Language = lang;
  if (positionals.length > 1) throw new UsageError(`one NOTE only (got "${positionals[0]}" and "${positionals[1]}")`);
  const notePath = positionals[0];
  if (notePath === undefined) throw new UsageError('offboard needs the NOTE to read');

  const file = resolve(io.cwd, notePath);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `note not found: ${notePath}` : `cannot read ${notePath}: ${(err as Error).message}`);
  }
  const { settings } = resolveSettings({ yourName: io.env.CLIENT_FRICTION_NAME });
  const id = relative(io.cwd, file).split('\\').join('/');
  const note = parseClientNoteBytes(bytes, { file: id, fileStem: basename(file).replace(/\.(md|markdown)$/i, ''), settings });
  const day = asOf ?? today(io.now());
  const share = await shareOfFolderIncome(file, settings, day);
  io.stdout(offboardingChecklist(note, settings, day, language, { includeProblems: true, incomeShare: share }));
  return 0;
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
    const notes = findNotes(folder, settings.notesGlob);
    if (!notes.includes(file)) continue;
    const index = new NoteIndex({ settings, asOf, read: (path, done) => readFile(path, done) });
    await index.build(notes);
    const summary = index.get(file);
    return summary && summary.status !== 'former' ? incomeShare(summary, index.portfolio().income) : null;
  }
  return null;
}
