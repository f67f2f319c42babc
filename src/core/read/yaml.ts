/**
 * YAML for client-note frontmatter.
 *
 * js-yaml is the parser of record. It costs 130–210 µs for a typical note's
 * frontmatter (measured on a 2-core machine, 2026-11), several times the time
 * it takes to read the note from disk, so a cold index of a large workspace
 * would be parse-bound. Almost every note uses a small, regular subset of YAML
 * (block mappings and sequences, plain or simply quoted scalars, flow lists of
 * words), and `fastLoad` reads exactly that subset in about a third of that
 * time (~50 µs with the frontmatter split, see `npm run bench`). On anything
 * outside it — anchors, tags, block scalars, escapes, multi-line scalars,
 * unusual numbers, duplicate keys — it gives up and js-yaml reads the text.
 * A differential test checks that whenever the fast path answers, js-yaml
 * answers the same.
 *
 * Both paths use js-yaml's core schema: no timestamps (a bare `2026-02-30`
 * stays text, so the note reader can reject it instead of js-yaml silently
 * rolling it over to 2 March, and no date can shift by a time zone), no
 * merge keys, no custom tags.
 */
import { load, CORE_SCHEMA, YAMLException } from 'js-yaml';
import { isDigit, literalAt, literalTable } from '../chars';

export class YamlError extends Error {
  constructor(
    message: string,
    /** 0-based line within the parsed text, when known. */
    readonly line: number | undefined,
    /** 0-based column, when known. */
    readonly column: number | undefined,
  ) {
    super(message);
  }
}

/**
 * Parses YAML text (`text[start, end)`: the frontmatter read where it stands
 * in the note); throws `YamlError` with a plain message and position.
 */
export function loadYaml(text: string, start = 0, end = text.length): unknown {
  const fast = fastLoad(text, start, end);
  if (fast !== GAVE_UP) return fast;
  return loadWithJsYaml(start === 0 && end === text.length ? text : text.slice(start, end));
}

export function loadWithJsYaml(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch (err) {
    if (err instanceof YAMLException) {
      const mark = (err as YAMLException & { mark?: { line: number; column: number } }).mark;
      return throwYaml(err.reason || err.message, mark?.line, mark?.column);
    }
    if (err instanceof RangeError) {
      // Deep nesting overflows js-yaml's recursion; say so instead of crashing.
      return throwYaml('the YAML is nested too deeply to read', undefined, undefined);
    }
    throw err;
  }
}

function throwYaml(message: string, line: number | undefined, column: number | undefined): never {
  throw new YamlError(message, line, column);
}

/** Returned by `fastLoad` when the text is outside the subset it reads. */
export const GAVE_UP: unique symbol = Symbol('gave up');

// Characters that js-yaml rejects or that change how a line is read; any of
// them anywhere sends the text to js-yaml. Tabs included: they are legal in
// places and illegal in others, which is not worth re-deciding here. Unicode
// spaces and line separators too (NBSP, U+2000–U+200A, U+2028, U+3000, …):
// JavaScript's trim() and \s treat them as blanks but YAML does not, so a
// value ending in one would be read differently. With all of these gone, the
// only blank left inside a line is the ASCII space, and every scan below can
// compare char codes with 32 instead of calling trim() or a regex.
const UNUSUAL_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\ufffe\uffff\ud800-\udfff]/;

/** Whether `text[start, end)` has one of UNUSUAL_CHARS (tested on a slice: a regex cannot be told where to stop). */
function hasUnusualChar(text: string, start: number, end: number): boolean {
  return UNUSUAL_CHARS.test(start === 0 && end === text.length ? text : text.slice(start, end));
}

// Char codes used by the scanner.
const SPACE = 32;
const HASH = 35; // #
const DASH = 45; // -
const DOT = 46; // .
const COLON = 58; // :
const CR = 13;

/**
 * The document as non-blank, non-comment lines, kept as ranges of the text
 * instead of substrings: most lines are read once and only their value is
 * ever sliced out. `start` is the first character after the indentation and
 * `end` is just past the last non-space character.
 */
class Reader {
  i = 0;
  readonly indent: number[] = [];
  readonly start: number[] = [];
  readonly end: number[] = [];
  constructor(readonly text: string) {}

  get length(): number {
    return this.indent.length;
  }
}

/**
 * Reads the common subset of YAML used by client notes, or returns GAVE_UP.
 * Never throws on any input.
 */
export function fastLoad(text: string, start = 0, end = text.length): unknown {
  if (hasUnusualChar(text, start, end)) return GAVE_UP;
  // Only a line's own end may be a carriage return (CRLF); checked per line
  // only when the text has one at all.
  const cr = text.indexOf('\r', start);
  const hasCR = cr >= 0 && cr < end;
  const r = new Reader(text);
  let lineStart = start;
  while (lineStart <= end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const next = lineEnd + 1;
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === CR) lineEnd--;
    let at = lineStart;
    while (at < lineEnd && text.charCodeAt(at) === SPACE) at++;
    const indent = at - lineStart;
    lineStart = next;
    if (at === lineEnd) continue; // blank
    if (hasCR && indexIn(text, CR, at, lineEnd) >= 0) return GAVE_UP;
    const first = text.charCodeAt(at);
    if (first === HASH) continue; // comment line
    if (indent === 0 && (first === 37 /* % */ || text.startsWith('---', at) || text.startsWith('...', at))) return GAVE_UP;
    let last = lineEnd;
    while (text.charCodeAt(last - 1) === SPACE) last--;
    r.indent.push(indent);
    r.start.push(at);
    r.end.push(last);
  }
  if (r.length === 0) return GAVE_UP; // empty documents: let js-yaml say what they are
  if (r.indent[0] !== 0 || isSeqItem(r, 0)) return GAVE_UP;
  const value = readMap(r, 0);
  if (value === GAVE_UP || r.i !== r.length) return GAVE_UP;
  return value;
}

/** Whether line `i` is `-` alone or starts with `- `. */
function isSeqItem(r: Reader, i: number): boolean {
  return isSeqItemAt(r.text, r.start[i], r.end[i]);
}

function isSeqItemAt(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start) === DASH && (start + 1 === end || text.charCodeAt(start + 1) === SPACE);
}

/**
 * Length of a mapping key at `start` (`[A-Za-z_][A-Za-z0-9_-]*` followed by
 * `:` and then spaces or the end of the line), or -1 when the line is not
 * one. The key ends at `start + length`; its colon is the next character.
 */
function keyLength(text: string, start: number, end: number): number {
  let c = text.charCodeAt(start);
  if (!(isLetter(c) || c === 95 /* _ */)) return -1;
  let i = start + 1;
  for (c = text.charCodeAt(i); i < end && (isLetter(c) || isDigit(c) || c === 95 || c === DASH); c = text.charCodeAt(++i));
  if (i >= end || c !== COLON) return -1;
  return i + 1 === end || text.charCodeAt(i + 1) === SPACE ? i - start : -1;
}

// The keys client notes use. A key sliced from the text is a new string that
// V8 must look up in its string table (hashing it) before it can be a
// property name; matching these in place returns the literal, which is
// already interned. Any other key is sliced as usual.
const COMMON_KEYS = [
  'client', 'status', 'contact', 'name', 'email', 'phone', 'since', 'rate', 'currency', 'notice_days',
  'revisions_included', 'contract', 'scope', 'invoices', 'id', 'amount', 'issued', 'due', 'paid', 'tags',
];
const COMMON_KEY_TABLE = literalTable(COMMON_KEYS);

function keyAt(text: string, start: number, length: number): string {
  return literalAt(COMMON_KEY_TABLE, text, start, start + length, false) ?? text.slice(start, start + length);
}

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/**
 * Index of the first `code` in `text[from, end)`, or -1. Bounded, unlike
 * indexOf, which would scan the rest of the document on every line that
 * lacks the character.
 */
function indexIn(text: string, code: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** First index at or after `from` that is not a space (at most `end`). */
function skipSpaces(text: string, from: number, end: number): number {
  while (from < end && text.charCodeAt(from) === SPACE) from++;
  return from;
}

function readBlock(r: Reader, indent: number): unknown {
  return isSeqItem(r, r.i) ? readSeq(r, indent) : readMap(r, indent);
}

function readMap(r: Reader, indent: number): unknown {
  const map: Record<string, unknown> = {};
  const text = r.text;
  while (r.i < r.length) {
    const i = r.i;
    if (r.indent[i] < indent) break;
    if (r.indent[i] > indent || isSeqItem(r, i)) return GAVE_UP;
    const start = r.start[i];
    const end = r.end[i];
    const length = keyLength(text, start, end);
    if (length < 0) return GAVE_UP;
    const key = keyAt(text, start, length);
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) return GAVE_UP;
    const rest = skipSpaces(text, start + length + 1, end);
    r.i++;
    let value: unknown;
    if (rest === end || text.charCodeAt(rest) === HASH) {
      const next = r.i;
      if (next < r.length && r.indent[next] > indent) value = readBlock(r, r.indent[next]);
      else if (next < r.length && r.indent[next] === indent && isSeqItem(r, next)) value = readSeq(r, indent);
      else value = null;
    } else {
      value = readInline(text, rest, end);
    }
    if (value === GAVE_UP) return GAVE_UP;
    map[key] = value;
  }
  return map;
}

function readSeq(r: Reader, indent: number): unknown {
  const seq: unknown[] = [];
  const text = r.text;
  while (r.i < r.length) {
    const i = r.i;
    if (r.indent[i] < indent) break;
    if (r.indent[i] > indent) return GAVE_UP;
    if (!isSeqItem(r, i)) break; // a key of the enclosing map at the same indent
    const end = r.end[i];
    const rest = skipSpaces(text, r.start[i] + 1, end);
    let value: unknown;
    if (rest === end || text.charCodeAt(rest) === HASH) {
      r.i++;
      const next = r.i;
      value = next < r.length && r.indent[next] > indent ? readBlock(r, r.indent[next]) : null;
    } else if (keyLength(text, rest, end) >= 0 || isSeqItemAt(text, rest, end)) {
      // `- key: value` opens a mapping (or `- - x` a sequence) whose
      // column is where its first entry starts: re-read this line from there.
      const column = indent + (rest - r.start[i]);
      r.indent[i] = column;
      r.start[i] = rest;
      value = readBlock(r, column);
    } else {
      r.i++;
      value = readInline(text, rest, end);
    }
    if (value === GAVE_UP) return GAVE_UP;
    seq.push(value);
  }
  return seq;
}

/** A value on the same line as its key or dash: `text[start, end)`, not blank. */
function readInline(text: string, start: number, end: number): unknown {
  const first = text.charCodeAt(start);
  if (first === 34 /* " */ || first === 39 /* ' */) {
    const close = quotedEnd(text, start, end);
    if (close < 0 || !isLineEnd(text, close + 1, end)) return GAVE_UP;
    return unquote(text, start, close);
  }
  if (first === 91 /* [ */) return readFlowList(text, start, end);
  // A plain scalar ends at the first ` #` (a comment); trailing spaces are not part of it.
  let valueEnd = end;
  for (let hash = indexIn(text, HASH, start + 1, end); hash >= 0; hash = indexIn(text, HASH, hash + 1, end)) {
    if (text.charCodeAt(hash - 1) === SPACE) {
      valueEnd = hash - 1;
      break;
    }
  }
  while (valueEnd > start && text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
  return resolvePlain(text.slice(start, valueEnd));
}

/** Index of the closing quote of a one-line quoted scalar opened at `start`, or -1. */
function quotedEnd(text: string, start: number, end: number): number {
  const q = text.charCodeAt(start);
  for (let i = start + 1; i < end; i++) {
    if (text.charCodeAt(i) !== q) continue;
    if (q === 39 && i + 1 < end && text.charCodeAt(i + 1) === 39) {
      i++; // '' is an escaped quote inside single quotes
      continue;
    }
    return i;
  }
  return -1;
}

/** The content of the quoted scalar `text[open, close]`, or GAVE_UP for escapes. */
function unquote(text: string, open: number, close: number): unknown {
  const inner = text.slice(open + 1, close);
  if (text.charCodeAt(open) === 34) return inner.includes('\\') ? GAVE_UP : inner;
  return inner.includes("''") ? inner.replace(/''/g, "'") : inner;
}

/** Whether `text[from, end)` is empty, or spaces optionally followed by a comment. */
function isLineEnd(text: string, from: number, end: number): boolean {
  if (from >= end) return true;
  if (text.charCodeAt(from) !== SPACE) return false;
  const after = skipSpaces(text, from, end);
  return after === end || text.charCodeAt(after) === HASH;
}

/** `[a, "b", c]` on one line, of plain or quoted words. */
function readFlowList(text: string, open: number, end: number): unknown {
  const close = indexIn(text, 93 /* ] */, open, end);
  if (close < 0 || !isLineEnd(text, close + 1, end)) return GAVE_UP;
  const items: unknown[] = [];
  let from = skipSpaces(text, open + 1, close);
  if (from === close) return items;
  while (from <= close) {
    let comma = indexIn(text, 44 /* , */, from, close);
    if (comma < 0) comma = close;
    // One item: text[wordStart, wordEnd) with the spaces around it removed.
    const wordStart = skipSpaces(text, from, comma);
    let wordEnd = comma;
    while (wordEnd > wordStart && text.charCodeAt(wordEnd - 1) === SPACE) wordEnd--;
    from = comma + 1;
    const first = text.charCodeAt(wordStart);
    if (first === 34 || first === 39) {
      if (quotedEnd(text, wordStart, wordEnd) !== wordEnd - 1) return GAVE_UP;
      const value = unquote(text, wordStart, wordEnd - 1);
      if (value === GAVE_UP) return GAVE_UP;
      items.push(value);
      continue;
    }
    if (!isFlowWord(text, wordStart, wordEnd)) return GAVE_UP;
    const value = resolvePlain(text.slice(wordStart, wordEnd));
    if (value === GAVE_UP) return GAVE_UP;
    items.push(value);
  }
  return items;
}

/**
 * A plain word inside a flow list: not empty, not starting with a character
 * YAML gives a meaning to (or a digit, sign or dot, which could make it a
 * number), and free of the characters that structure a flow collection.
 */
function isFlowWord(text: string, start: number, end: number): boolean {
  if (start >= end || FLOW_WORD_FIRST_EXCLUDED.includes(text[start])) return false;
  for (let i = start + 1; i < end; i++) {
    if (FLOW_WORD_EXCLUDED.includes(text[i])) return false;
  }
  return true;
}
const FLOW_WORD_FIRST_EXCLUDED = ' ,[]{}#&*!|>\'"%@`?:-+.0123456789';
const FLOW_WORD_EXCLUDED = ',[]{}#:';

// First characters of a plain scalar that js-yaml may read as something else
// (all ASCII: a table by char code).
const INDICATORS = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`+.0123456789') INDICATORS[c.charCodeAt(0)] = 1;

function resolvePlain(value: string): unknown {
  if (value === '') return null;
  if (value.includes(': ') || value.charCodeAt(value.length - 1) === COLON) return GAVE_UP;
  if (INDICATORS[value.charCodeAt(0)] === 1) return resolveNumberOrDate(value);
  switch (value) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  return value;
}

/**
 * A plain scalar that starts with an indicator, a sign or a digit. Read only
 * when it is unmistakably a decimal integer (`-?(0|[1-9][0-9]{0,14})`), a
 * decimal fraction (the same, `.`, 1–15 digits) or a `YYYY-MM-DD` date, which
 * stays text under the core schema. Everything else (`-0`, `007`, `1e3`,
 * `0x1F`, `.5`, `+1`, `12:30`, …) is left to js-yaml.
 */
function resolveNumberOrDate(value: string): unknown {
  const n = value.length;
  if (n === 10 && isDateShape(value)) return value;
  let i = value.charCodeAt(0) === DASH ? 1 : 0;
  const intStart = i;
  if (value.charCodeAt(i) === 48 /* 0 */) i++;
  else if (value.charCodeAt(i) >= 49 && value.charCodeAt(i) <= 57) {
    while (i < n && isDigit(value.charCodeAt(i))) i++;
    if (i - intStart > 15) return GAVE_UP;
  } else return GAVE_UP;
  if (i === n) return value === '-0' ? GAVE_UP : Number(value);
  if (value.charCodeAt(i) !== DOT) return GAVE_UP;
  const fractionStart = ++i;
  while (i < n && isDigit(value.charCodeAt(i))) i++;
  const fraction = i - fractionStart;
  return i === n && fraction >= 1 && fraction <= 15 ? Number(value) : GAVE_UP;
}

/** `[0-9]{4}-[0-9]{2}-[0-9]{2}` (length 10 checked by the caller). */
function isDateShape(value: string): boolean {
  for (let i = 0; i < 10; i++) {
    const c = value.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== DASH : !isDigit(c)) return false;
  }
  return true;
}
