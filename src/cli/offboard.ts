/** `client-friction offboard NOTE [--as-of YYYY-MM-DD] [--lang en|ms]` (the CLI contract, shared/spec/cli.md). */
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { today } from '../core/dates';
import { parseClientNoteBytes } from '../core/read/note';
import { offboardingChecklist } from '../core/offboard/offboarding';
import { Language, resolveSettings } from '../core/settings';
import { CliIo, parseAsOf, parseFlags, UsageError } from './io';

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
  io.stdout(offboardingChecklist(note, settings, asOf ?? today(io.now()), language, { includeProblems: true }));
  return 0;
}
