/**
 * Reading one cell of an export: numbers (a decimal point or a decimal comma,
 * as the file's locale writes them), times of day, durations and currency
 * codes. Dates are in dateOrder.ts. Each reader returns undefined for text it
 * cannot read unambiguously; the caller says so with the row's line.
 */

/** The decimal separator of a file: a `;`-separated export writes `1,5`. */
export type DecimalMark = '.' | ',';

/** The largest amount or hour count an import accepts as real. */
export const MAX_AMOUNT = 1e9;

// A currency written around an amount: an ISO code in capitals, a few local
// abbreviations, or a sign.
const CURRENCY_BEFORE = /^(?:[A-Z]{3}|US\$|RM|Rp|kr|[€$£¥₹])/;
const CURRENCY_AFTER = /(?:[A-Z]{3}|RM|kr|[€$£¥₹])$/;

const NUMBER_PATTERNS = {
  '.': { group: ',', plain: /^\d+(\.\d+)?$/, grouped: /^\d{1,3}(,\d{3})+(\.\d+)?$/, otherMark: /^\d+,(\d{1,2}|\d{4,})$/ },
  ',': { group: '.', plain: /^\d+(,\d+)?$/, grouped: /^\d{1,3}(\.\d{3})+(,\d+)?$/, otherMark: /^\d+\.(\d{1,2}|\d{4,})$/ },
} as const;

/**
 * A number as an export writes it: `1234.5`, `1,234.50` (decimal point) or
 * `1234,5`, `1.234,50` (decimal comma); a currency sign or code, spaces and
 * a sign are allowed around it. Three digits after a lone group mark read as
 * thousands (`1.500` is 1500 in a decimal-comma file).
 */
export function readNumber(text: string, mark: DecimalMark): number | undefined {
  let t = text.trim().replace(/[\s'\u00a0\u202f]/g, '');
  let sign = 1;
  for (let pass = 0; pass < 2; pass++) {
    // `-$1,200`, `$-1,200`, `EUR 1.200,50`, `1.200,50 €`, `RM3,000`
    if (t.startsWith('-') && sign === 1) {
      sign = -1;
      t = t.slice(1);
    }
    t = t.replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '');
  }
  const p = NUMBER_PATTERNS[mark];
  let value: number | undefined;
  if (p.plain.test(t)) value = Number(t.replace(mark, '.'));
  else if (p.grouped.test(t)) value = Number(t.split(p.group).join('').replace(mark, '.'));
  else if (p.otherMark.test(t)) value = Number(t.replace(p.group, '.')); // the other mark, unmistakably a decimal
  return value === undefined || !Number.isFinite(value) ? undefined : sign * value;
}

/** Minutes after midnight of `13:26`, `13:26:00`, `1:26 PM`, `01:26:00 pm`, `1:26 p.m.`. */
export function readClock(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AaPp])\.?[Mm]\.?)?$/.exec(text.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (minute > 59 || (m[3] !== undefined && Number(m[3]) > 59)) return undefined;
  if (m[4]) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  } else if (hour > 23) return undefined;
  return hour * 60 + minute;
}

/** Seconds of a duration written `H:MM:SS` or `H:MM` (hours may exceed 24). */
export function readClockDuration(text: string): number | undefined {
  const m = /^(\d{1,6}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m || Number(m[2]) > 59 || (m[3] !== undefined && Number(m[3]) > 59)) return undefined;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

/** `EUR` from `EUR`, `eur`, `Euro - EUR`, `US Dollar (USD)`; undefined when no code is written. */
export function readCurrency(text: string): string | undefined {
  const m = /(?:^|[^A-Za-z])([A-Za-z]{3})\)?\s*$/.exec(text.trim());
  return m ? m[1].toUpperCase() : undefined;
}

/**
 * A cell's text as one line of a markdown list item: line breaks, tabs and
 * other control or separator characters become spaces, runs of spaces one,
 * and `<` before what could open HTML (`<b`, `<!--`, `</`, `<?`) is written
 * `&lt;` (a backslash escape would not stop the note reader from seeing a
 * comment), so that no description can hide the lines after it.
 */
export function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/<(?=[A-Za-z!/?])/g, '&lt;');
}

/** A name for comparing: lower case, accents, spaces and punctuation removed. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
