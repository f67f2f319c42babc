/** Small builders shared by the unit tests. */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CalendarDay, parseIsoDay } from '../../src/core/dates';
import { ClientNote, parseClientNote } from '../../src/core/read/note';
import { FrictionSettings, resolveSettings, SettingsInput } from '../../src/core/settings';

export function day(text: string): CalendarDay {
  const d = parseIsoDay(text);
  if (d === undefined) throw new Error(`bad test date ${text}`);
  return d;
}

export const AS_OF = day('2026-11-27');

export function settings(input: SettingsInput = {}): FrictionSettings {
  const { settings: s, problems } = resolveSettings(input);
  if (problems.length) throw new Error(`test settings rejected: ${problems.join('; ')}`);
  return s;
}

export function note(text: string, file = 'clients/test.md', s: FrictionSettings = settings()): ClientNote {
  return parseClientNote(text, { file, fileStem: file.replace(/^.*\//, '').replace(/\.md$/, ''), settings: s });
}

/** A note with the given frontmatter lines and log lines. */
export function clientNote(frontmatter: string[], log: string[] = [], extraBody = ''): string {
  return ['---', ...frontmatter, '---', '', '# Body heading', '', '## Log', ...log, '', extraBody].join('\n');
}

/** The repository root (where package.json is), from a compiled test file. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above the tests');
    dir = up;
  }
  return dir;
}

export function readExample(name: string): string {
  return readFileSync(join(repoRoot(), 'examples', 'clients', name), 'utf8');
}
