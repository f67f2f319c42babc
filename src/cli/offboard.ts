/** `client-friction offboard NOTE [--as-of YYYY-MM-DD] [--lang en|ms]` (spec/cli.md). */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { CalendarDay, today } from '../core/dates';
import { parseClientNoteBytes } from '../core/read/note';
import { offboardingChecklist } from '../core/offboard/offboarding';
import { Language, resolveSettings } from '../core/settings';
import { CliIo, flagValue, parseAsOf, UsageError } from './io';

export async function offboardCommand(argv: string[], io: CliIo): Promise<number> {
  let notePath: string | undefined;
  let asOf: CalendarDay | undefined;
  let language: Language = 'en';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let v: string;
    if (a === '--as-of' || a.startsWith('--as-of=')) {
      [v, i] = flagValue(argv, i, '--as-of');
      asOf = parseAsOf(v);
    } else if (a === '--lang' || a.startsWith('--lang=')) {
      [v, i] = flagValue(argv, i, '--lang');
      if (v !== 'en' && v !== 'ms') throw new UsageError(`--lang must be en or ms, not "${v}"`);
      language = v;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (notePath === undefined) notePath = a;
    else throw new UsageError(`one NOTE only (got "${notePath}" and "${a}")`);
  }
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
  io.stdout(offboardingChecklist(note, settings, asOf ?? today(io.now()), language, { includeProblems: true }));
  return 0;
}
