/**
 * YAML for client-note frontmatter.
 *
 * js-yaml is the parser of record. It costs ~60 µs for a typical note's
 * frontmatter, which alone is about twice the time it takes to read the note
 * from disk, so a cold index of a large workspace would be parse-bound. Almost
 * every note uses a small, regular subset of YAML (block mappings and
 * sequences, plain or simply quoted scalars, flow lists of words), and
 * `fastLoad` reads exactly that subset in a few microseconds. On anything
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

/** Parses YAML text; throws `YamlError` with a plain message and position. */
export function loadYaml(text: string): unknown {
  const fast = fastLoad(text);
  if (fast !== GAVE_UP) return fast;
  return loadWithJsYaml(text);
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
// places and illegal in others, which is not worth re-deciding here.
const UNUSUAL_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]/;
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
const INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
const FLOAT = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
const ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
// First characters of a plain scalar that js-yaml may read as something else.
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`+.0123456789']);
const FLOW_WORD = /^[^\s,[\]{}#&*!|>'"%@`?:\-+.0-9][^,[\]{}#:]*$/;

interface Line {
  indent: number;
  text: string;
}

class Reader {
  i = 0;
  constructor(readonly lines: Line[]) {}
}

/**
 * Reads the common subset of YAML used by client notes, or returns GAVE_UP.
 * Never throws on any input.
 */
export function fastLoad(text: string): unknown {
  if (UNUSUAL_CHARS.test(text)) return GAVE_UP;
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let raw = text.slice(start, end);
    start = end + 1;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    if (raw.includes('\r')) return GAVE_UP;
    let indent = 0;
    while (indent < raw.length && raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length) continue; // blank
    const body = raw.slice(indent);
    if (body[0] === '#') continue; // comment line
    if (indent === 0 && (body.startsWith('---') || body.startsWith('...') || body[0] === '%')) return GAVE_UP;
    lines.push({ indent, text: body.trimEnd() });
  }
  if (lines.length === 0) return GAVE_UP; // empty documents: let js-yaml say what they are
  if (lines[0].indent !== 0 || isSeqItem(lines[0].text)) return GAVE_UP;
  const reader = new Reader(lines);
  const value = readMap(reader, 0);
  if (value === GAVE_UP || reader.i !== lines.length) return GAVE_UP;
  return value;
}

function isSeqItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

function readBlock(r: Reader, indent: number): unknown {
  return isSeqItem(r.lines[r.i].text) ? readSeq(r, indent) : readMap(r, indent);
}

function readMap(r: Reader, indent: number): unknown {
  const map: Record<string, unknown> = {};
  const lines = r.lines;
  while (r.i < lines.length) {
    const line = lines[r.i];
    if (line.indent < indent) break;
    if (line.indent > indent || isSeqItem(line.text)) return GAVE_UP;
    const m = KEY.exec(line.text);
    if (!m) return GAVE_UP;
    const key = m[1];
    if (key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) return GAVE_UP;
    const rest = line.text.slice(m[0].length);
    r.i++;
    let value: unknown;
    if (rest === '' || rest[0] === '#') {
      const next = lines[r.i];
      if (next && next.indent > indent) value = readBlock(r, next.indent);
      else if (next && next.indent === indent && isSeqItem(next.text)) value = readSeq(r, indent);
      else value = null;
    } else {
      value = readInline(rest);
    }
    if (value === GAVE_UP) return GAVE_UP;
    map[key] = value;
  }
  return map;
}

function readSeq(r: Reader, indent: number): unknown {
  const seq: unknown[] = [];
  const lines = r.lines;
  while (r.i < lines.length) {
    const line = lines[r.i];
    if (line.indent < indent) break;
    if (line.indent > indent) return GAVE_UP;
    if (!isSeqItem(line.text)) break; // a key of the enclosing map at the same indent
    let offset = 1;
    while (line.text.charCodeAt(offset) === 32) offset++;
    const rest = line.text.slice(offset);
    let value: unknown;
    if (rest === '' || rest[0] === '#') {
      r.i++;
      const next = lines[r.i];
      value = next && next.indent > indent ? readBlock(r, next.indent) : null;
    } else if (KEY.test(rest) || isSeqItem(rest)) {
      // `- key: value` opens a mapping (or `- - x` a sequence) whose
      // column is where its first entry starts: re-read this line from there.
      lines[r.i] = { indent: indent + offset, text: rest };
      value = readBlock(r, indent + offset);
    } else {
      r.i++;
      value = readInline(rest);
    }
    if (value === GAVE_UP) return GAVE_UP;
    seq.push(value);
  }
  return seq;
}

/** A value on the same line as its key or dash. */
function readInline(rest: string): unknown {
  const first = rest[0];
  if (first === '"' || first === "'") {
    const end = quotedEnd(rest);
    if (end < 0 || !isLineEnd(rest.slice(end + 1))) return GAVE_UP;
    const inner = rest.slice(1, end);
    if (first === '"') return inner.includes('\\') ? GAVE_UP : inner;
    return inner.replace(/''/g, "'");
  }
  if (first === '[') return readFlowList(rest);
  const hash = rest.search(/ #/);
  const value = (hash < 0 ? rest : rest.slice(0, hash)).trimEnd();
  return resolvePlain(value);
}

/** Index of the closing quote of a one-line quoted scalar, or -1. */
function quotedEnd(text: string): number {
  const q = text[0];
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== q) continue;
    if (q === "'" && text[i + 1] === "'") {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

function isLineEnd(after: string): boolean {
  return after === '' || /^ +(#.*)?$/.test(after);
}

function readFlowList(text: string): unknown {
  const close = text.indexOf(']');
  if (close < 0 || !isLineEnd(text.slice(close + 1))) return GAVE_UP;
  const inner = text.slice(1, close).trim();
  if (inner === '') return [];
  const items: unknown[] = [];
  for (const part of inner.split(',')) {
    const word = part.trim();
    if (word[0] === '"' || word[0] === "'") {
      const end = quotedEnd(word);
      if (end !== word.length - 1 || (word[0] === '"' && word.includes('\\'))) return GAVE_UP;
      items.push(word[0] === '"' ? word.slice(1, -1) : word.slice(1, -1).replace(/''/g, "'"));
      continue;
    }
    if (!FLOW_WORD.test(word)) return GAVE_UP;
    const value = resolvePlain(word);
    if (value === GAVE_UP) return GAVE_UP;
    items.push(value);
  }
  return items;
}

function resolvePlain(value: string): unknown {
  if (value === '') return null;
  if (value.includes(': ') || value.endsWith(':')) return GAVE_UP;
  if (INDICATORS.has(value[0])) {
    if (INT.test(value)) return value === '-0' ? GAVE_UP : Number(value);
    if (FLOAT.test(value)) return Number(value);
    if (ISO_DATE.test(value)) return value;
    return GAVE_UP;
  }
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
