/** What the CLI commands share: their input/output port, usage errors and flag parsing. */
import { parseArgs } from 'node:util';
import { CalendarDay, parseIsoDay } from '../core/dates';

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

export function parseAsOf(text: string): CalendarDay {
  const day = parseIsoDay(text);
  if (day === undefined) throw new UsageError(`--as-of must be a real date written YYYY-MM-DD, not "${text}"`);
  return day;
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
 * that each mistake is the CLI contract's one-line message (shared/spec/cli.md):
 * `unknown option X` (with the argument as typed) and `--flag needs a value`.
 */
export function parseFlags<F extends FlagTypes>(argv: string[], flags: F): ParsedFlags<F> {
  const known = new Map(Object.entries(flags));
  const options = Object.fromEntries([...known].map(([name, type]) => [name, { type }]));
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option-terminator') throw new UsageError(`unknown option ${argv[token.index]}`);
    else {
      const type = known.get(token.name);
      if (type === undefined || (type === 'boolean' && token.value !== undefined)) throw new UsageError(`unknown option ${argv[token.index]}`);
      if (type === 'string' && !token.value) throw new UsageError(`${token.rawName} needs a value`);
      values[token.name] = type === 'string' ? token.value! : true;
    }
  }
  return { values: values as ParsedFlags<F>['values'], positionals };
}
