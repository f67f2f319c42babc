/** `client-friction offboard NOTE [--as-of YYYY-MM-DD] [--lang en|ms]` (the CLI contract, shared/spec/cli.md). */
import { realpathSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { today } from '../core/dates';
import { parseClientNoteBytes } from '../core/read/note';
import { offboardingChecklist } from '../core/offboard/offboarding';
import { Language, resolveSettings } from '../core/settings';
import { CliIo, parseAsOf, parseFlags, UsageError } from './io';
import { readNote } from '../node/readNote';
import { terminalText } from '../core/sinks';

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

export async function offboardCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, { 'as-of': 'string', lang: 'string' });
  const asOf = values['as-of'] === undefined ? undefined : parseAsOf(values['as-of']);
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'ms') throw new UsageError(`--lang must be en or ms, not "${lang}"`);
  const language: Language = lang;
  if (positionals.length > 1) throw new UsageError(`one NOTE only (got "${terminalText(positionals[0])}" and "${terminalText(positionals[1])}")`);
  const notePath = positionals[0];
  if (notePath === undefined) throw new UsageError('offboard needs the NOTE to read');

  const file = resolve(io.cwd, notePath);
  const { settings } = resolveSettings({ yourName: io.env.CLIENT_FRICTION_NAME });
  const shown = terminalText(notePath);
  let bytes: Uint8Array;
  try {
    // Checked before a byte is read: a regular file, at most the size cap.
    bytes = readNote(file, settings.maxNoteBytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `note not found: ${shown}` : `cannot read ${shown}: ${terminalText((err as Error).message)}`);
  }
  const id = relative(io.cwd, file).split('\\').join('/');
  const note = parseClientNoteBytes(bytes, { file: id, fileStem: basename(file).replace(/\.(md|markdown)$/i, ''), settings });
  const checklist = offboardingChecklist(note, settings, asOf ?? today(io.now()), language, { includeProblems: true, noteFolderDepth: folderDepth(io.cwd, file) });
  // Every line from the note made safe for the terminal; the line breaks are the checklist's own.
  io.stdout(checklist.split('\n').map(terminalText).join('\n'));
  return 0;
}
