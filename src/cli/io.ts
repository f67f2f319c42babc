/** What the CLI commands share: their input/output port, usage errors and flag parsing. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CalendarDay, parseIsoDay } from '../core/dates';
import { catalogue, L10n, languageOfEnvironment } from '../core/l10n';
import { currencyCode, Language } from '../core/settings';
import { terminalText } from '../core/sinks';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTTY: boolean;
  columns?: number;
  env: Record<string, string | undefined>;
  now: () => Date;
}

/** Bad usage: exit status 2 with a one-line message. */
export class UsageError extends Error {}

export function parseAsOf(text: string, l10n: L10n): CalendarDay {
  const day = parseIsoDay(text);
  if (day === undefined) throw new UsageError(l10n.t('--as-of must be a real date written YYYY-MM-DD, not "{0}"', text));
  return day;
}

/**
 * Writes a command's document to `out` (a path from the working directory),
 * or to stdout without one; a file that cannot be written is bad usage.
 * Returns whether it went to a file.
 */
export function writeOutput(io: CliIo, out: string | undefined, text: string, l10n: L10n): boolean {
  if (out === undefined) {
    io.stdout(text);
    return false;
  }
  try {
    writeFileSync(resolve(io.cwd, out), text);
  } catch (err) {
    throw new UsageError(l10n.t('cannot write {0}: {1}', out, (err as Error).message));
  }
  return true;
}

/** `--home-currency CODE`: the currency income is counted in (upper case). */
export function parseHomeCurrency(text: string, l10n: L10n): string {
  const code = currencyCode(text);
  if (code === undefined) throw new UsageError(l10n.t('--home-currency must be a currency code such as MYR or EUR, not "{0}"', terminalText(text)));
  return code;
}

/**
 * The language of the CLI's words (and of the offboarding checklist): the
 * last `--lang en|ms` of the arguments, else the terminal's locale (`LC_ALL`,
 * `LC_MESSAGES`, `LANG`: `ms…` is Malay). Read before anything else, so that
 * even a usage error is said in it.
 */
export function cliLanguage(argv: readonly string[], env: CliIo['env']): Language {
  const fromEnv = languageOfEnvironment(env);
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang' && i + 1 < argv.length) given = argv[++i];
    else if (argv[i].startsWith('--lang=')) given = argv[i].slice('--lang='.length);
  }
  if (given === undefined || given === '') return fromEnv;
  if (given !== 'en' && given !== 'ms') {
    const l10n = catalogue(fromEnv);
    throw new UsageError(l10n.t('--lang must be en or ms, not "{0}"', given));
  }
  return given;
}

/** The flags a command takes: `--name value` (string) or `--name` alone (boolean). */
export type FlagTypes = Record<string, 'string' | 'boolean'>;

export interface ParsedFlags<F extends FlagTypes> {
  values: { [K in keyof F]?: F[K] extends 'string' ? string : true };
  positionals: string[];
}

/**
 * Reads `--flag value`, `--flag=value` and positionals with node:util's
 * parseArgs. Its tokens are checked here rather than by its strict mode so
 * that each mistake is the CLI contract's one-line message (../shared/spec/cli.md):
 * `unknown option X` (with the argument as typed) and `--flag needs a value`.
 */
export function parseFlags<F extends FlagTypes>(argv: string[], flags: F, l10n: L10n): ParsedFlags<F> {
  // Every command takes --lang (read first, by cliLanguage).
  const known = new Map<string, 'string' | 'boolean'>([...Object.entries(flags), ['lang', 'string']]);
  const options = Object.fromEntries([...known].map(([name, type]) => [name, { type }]));
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option-terminator') throw new UsageError(l10n.t('unknown option {0}', argv[token.index]));
    else {
      const type = known.get(token.name);
      if (type === undefined || (type === 'boolean' && token.value !== undefined)) throw new UsageError(l10n.t('unknown option {0}', argv[token.index]));
      if (type === 'string' && !token.value) throw new UsageError(l10n.t('{0} needs a value', token.rawName));
      if (token.name !== 'lang') values[token.name] = type === 'string' ? token.value! : true;
    }
  }
  return { values: values as ParsedFlags<F>['values'], positionals };
}
