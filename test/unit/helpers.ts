/** Small builders shared by the unit tests. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CalendarDay, formatIsoDay, parseIsoDay } from '../../src/core/dates';
import { ClientNote, parseClientNote } from '../../src/core/read/note';
import { frictionScore, FrictionResult } from '../../src/core/score/friction';
import { FrictionSettings, resolveSettings, SettingsInput, SignalId } from '../../src/core/settings';

/** The environment of a CLI run whose words the test reads in English, whatever the machine's locale. */
export const ENGLISH_LOCALE = { LC_ALL: 'en_US.UTF-8' } as const;

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

/** The note of `clientNote(frontmatter, log)`, read. */
export function readClient(frontmatter: string[], log: string[] = [], s: FrictionSettings = settings()): ClientNote {
  return note(clientNote(frontmatter, log), 'clients/t.md', s);
}

/** The friction of `clientNote(frontmatter, log)` as of a day (AS_OF by default). */
export function scoreClient(frontmatter: string[], log: string[] = [], s: FrictionSettings = settings(), asOf: CalendarDay = AS_OF): FrictionResult {
  return frictionScore(readClient(frontmatter, log, s), s, asOf);
}

export function signalOf(result: FrictionResult, id: SignalId) {
  return result.signals.find((x) => x.id === id);
}

/** `YYYY-MM-DD` of AS_OF (2026-11-27) minus `days`. */
export function ago(days: number): string {
  return formatIsoDay(AS_OF - days);
}

/** An invoice of the frontmatter's `invoices:` list, as lines. */
export function invoiceLines(id: string, due: string, paid?: string, amount = 1000, issued?: string): string[] {
  return [`  - id: ${id}`, `    amount: ${amount}`, ...(issued ? [`    issued: ${issued}`] : []), `    due: ${due}`, ...(paid ? [`    paid: ${paid}`] : [])];
}

/** Runs the built CLI (dist/cli.js) as a user runs it, its words in English and without colour. */
export function runCli(args: readonly string[], cwd: string, { env = {}, timeout }: { env?: Record<string, string>; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [join(repoRoot(), 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', timeout, env: { ...process.env, ...ENGLISH_LOCALE, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
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

/** The file names of the example notes, sorted. */
export function exampleNames(): string[] {
  return readdirSync(join(repoRoot(), 'examples', 'clients'))
    .filter((f) => f.endsWith('.md'))
    .sort();
}

export function readExample(name: string): string {
  return readFileSync(join(repoRoot(), 'examples', 'clients', name), 'utf8');
}
