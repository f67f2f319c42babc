/** Character-code helpers the note scanners share. */

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Words grouped by length, for `literalAt`. */
export type LiteralTable<T extends string> = readonly (readonly T[] | undefined)[];

export function literalTable<T extends string>(words: readonly T[]): LiteralTable<T> {
  const table: T[][] = [];
  for (const word of words) (table[word.length] ??= []).push(word);
  return table;
}

/**
 * The word of `table` written at `text[start, end)`, or undefined; with
 * `foldCase`, A–Z in the text match the table's lower-case words. It returns
 * the table's own string, so hot paths avoid slicing (and, for property
 * names, interning) a new string, or lower-casing one, per match.
 */
export function literalAt<T extends string>(table: LiteralTable<T>, text: string, start: number, end: number, foldCase: boolean): T | undefined {
  const candidates = table[end - start];
  if (!candidates) return undefined;
  next: for (const word of candidates) {
    for (let i = 0; i < word.length; i++) {
      let c = text.charCodeAt(start + i);
      if (foldCase && c >= 65 && c <= 90) c |= 32;
      if (c !== word.charCodeAt(i)) continue next;
    }
    return word;
  }
  return undefined;
}

/**
 * The bytes of `text` as UTF-8 (what a file of it holds), counted without
 * encoding it: a lone surrogate counts as the three bytes of the `�` an
 * encoder writes for it.
 */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a pair: four bytes for two code units
      i++;
    } else n += 2;
  }
  return n;
}
