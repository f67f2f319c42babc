/**
 * Reading back the compact arrays the summary cache writes (noteFacts.ts,
 * summaryCache.ts): every value is checked for the type it must have, and
 * the first that is not throws `NotPacked`, so that a cache file of any
 * content is either read exactly or refused.
 */

export class NotPacked extends Error {}

export function fail(): never {
  throw new NotPacked('not a packed value');
}

/** A finite number. */
export function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fail();
}

/** A whole number (days, lines, counts). */
export function int(v: unknown): number {
  return Number.isSafeInteger(v) ? (v as number) : fail();
}

export function str(v: unknown): string {
  return typeof v === 'string' ? v : fail();
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : fail();
}

/** `null` stands for undefined. */
export function optNum(v: unknown): number | undefined {
  return v === null ? undefined : num(v);
}

export function optInt(v: unknown): number | undefined {
  return v === null ? undefined : int(v);
}

export function optStr(v: unknown): string | undefined {
  return v === null ? undefined : str(v);
}

/** The index of `v` in `names` (a packed enum), or fail. */
export function oneOf<T extends string>(names: readonly T[], v: unknown): T {
  return names[int(v)] ?? fail();
}
