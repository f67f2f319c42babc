/** What the CLI commands share: their input/output port and usage errors. */
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

/** Reads `--flag value` or `--flag=value` at argv[i]; returns the value and the next index. */
export function flagValue(argv: string[], i: number, flag: string): [string, number] {
  const a = argv[i];
  const inline = a.startsWith(`${flag}=`);
  const v = inline ? a.slice(flag.length + 1) : argv[i + 1];
  if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
  return [v, inline ? i : i + 1];
}
