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
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date-time';
  if (typeof value === 'object') return 'a mapping';
  const text = String(value);
  const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  return typeof value === 'string' ? JSON.stringify(short) : short;
}
