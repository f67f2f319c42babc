import { ENGLISH, L10n } from './l10n';

/** A defect in a note, placed where the user can fix it. */
export interface Problem {
  /** The note's id as the caller named it (a relative path, or a URI). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column of the start, when known. */
  column?: number;
  /** 1-based column just past the end, when known. */
  endColumn?: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Shows a value from a note inside a message: short, one line, never the whole structure. */
export function describeValue(value: unknown, l10n: L10n = ENGLISH): string {
  if (value === null || value === undefined) return l10n.t('empty');
  if (Array.isArray(value)) return l10n.t('a list');
  if (value instanceof Date) return l10n.t('a date-time');
  if (typeof value === 'object') return l10n.t('a mapping');
  const text = String(value);
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return typeof value === 'string' ? JSON.stringify(short) : short;
}
