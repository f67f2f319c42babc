/**
 * Targeted insertions into a note's frontmatter lists (`invoices:`,
 * `aliases:`): new items appended to a top-level list, and a missing key
 * added to one item. Each edit is computed from the lines of the text it is
 * applied to and keeps every other byte: comments, key order, indentation,
 * CRLF, a byte-order mark. The list is found by reading lines, so every
 * layout this module does not know for sure (a multi-line flow list, tabs in
 * the indentation, items that do not line up with what YAML read) is refused
 * with a reason rather than guessed at; the planner then also re-reads the
 * edited note and refuses any edit that changed anything else. The reasons
 * are worded by the `l10n` each function takes (English when absent).
 */
import { ENGLISH, L10n } from '../l10n';
import { splitFrontmatter } from '../read/frontmatter';
import { TextEdit } from '../noteEdits';

/** One line of the YAML between the `---` lines. */
interface YamlLine {
  /** Offsets of the line's first character and of its end (before `\r\n` or `\n`). */
  start: number;
  end: number;
  text: string;
  indent: number;
  /** Blank, or only a comment: no YAML content. */
  empty: boolean;
}

export interface Frontmatter {
  text: string;
  lines: YamlLine[];
  /** Where a line added after the last YAML line goes (the end of the opening `---` line when there is none). */
  lastLineEnd: number;
  /** What YAML read; a mapping. */
  data: Record<string, unknown>;
  eol: string;
}

export type FrontmatterFinding = { kind: 'none'; insertAt: number; eol: string } | { kind: 'found'; frontmatter: Frontmatter } | { kind: 'unreadable'; reason: string };

/** The line break a note's new lines get: CRLF when it has any (as the other note edits decide). */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * The note's frontmatter as lines, found exactly as the note reader finds it
 * (after a byte-order mark; closed by the first line that starts with `---`).
 */
export function findFrontmatter(text: string, l10n: L10n = ENGLISH): FrontmatterFinding {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const eol = eolOf(text);
  if (!text.startsWith('---', bom) || text[bom + 3] === '-') return { kind: 'none', insertAt: bom, eol };
  const split = splitFrontmatter(text.slice(bom), l10n);
  if (split.problems.length) return { kind: 'unreadable', reason: l10n.t('its frontmatter cannot be read (line {0}: {1})', split.problems[0].line, split.problems[0].message) };
  const data = split.data ?? {};
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { kind: 'unreadable', reason: l10n.t('its frontmatter is not a list of "key: value" lines') };
  const firstBreak = text.indexOf('\n', bom);
  const close = text.indexOf('\n---', firstBreak);
  const lines: YamlLine[] = [];
  for (let start = firstBreak + 1; start <= close; ) {
    const nl = text.indexOf('\n', start);
    const end = text[nl - 1] === '\r' ? nl - 1 : nl;
    const line = text.slice(start, end);
    const content = line.trimStart();
    lines.push({ start, end, text: line, indent: line.length - content.length, empty: content === '' || content.startsWith('#') });
    start = nl + 1;
  }
  const lastLineEnd = lines.length ? lines[lines.length - 1].end : lineEndAt(text, bom);
  return { kind: 'found', frontmatter: { text, lines, lastLineEnd, data: data as Record<string, unknown>, eol } };
}

/** Offset of the end of the line containing `offset`, before its line break. */
function lineEndAt(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** A list item to write: a scalar (already a YAML scalar) or a mapping of key → YAML scalar. */
export type ListItem = string | readonly (readonly [string, string])[];

/** Where a list's items are, as read from its lines. */
interface BlockList {
  /** Indices into `lines` of each item's `-` line. */
  items: number[];
  /** Index of the last line with content of the list (-1 when it has no items). */
  last: number;
  dashIndent: number;
  /** Column of an item's keys (`- id:` → dashIndent + 2). */
  keyColumn: number;
}

interface KeyLine {
  index: number;
  /** Offsets of the value written on the key's line (without a comment). */
  valueStart: number;
  valueEnd: number;
  value: string;
  /** Index of the last line with content that belongs to the key (the key's own line when none). */
  last: number;
}

/** The top-level `key:` line and the lines under it. */
function findKey(fm: Frontmatter, key: string): KeyLine | undefined {
  const pattern = new RegExp(`^${key}[ \\t]*:(?=[ \\t]|$)`);
  const { lines } = fm;
  const index = lines.findIndex((l) => pattern.test(l.text));
  if (index < 0) return undefined;
  const line = lines[index];
  const colon = line.text.indexOf(':');
  const rest = line.text.slice(colon + 1);
  const value = withoutComment(rest);
  const lead = rest.length - rest.trimStart().length;
  const valueStart = line.start + colon + 1 + lead;
  let last = index;
  for (let i = index + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.empty) continue;
    if (l.indent === 0 && !isDash(l.text, 0)) break;
    last = i;
  }
  return { index, valueStart, valueEnd: valueStart + value.trim().length, value: value.trim(), last };
}

/** The text of a value before its comment (` # …` outside quotes). */
function withoutComment(text: string): string {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) return text.slice(0, i);
  }
  return text;
}

/** `-` followed by a space or the end of the line, at `column`. */
function isDash(text: string, column: number): boolean {
  return text[column] === '-' && (text.length === column + 1 || text[column + 1] === ' ');
}

/** The items of the block list under `key` (whose value on its own line is empty). */
function readBlockList(fm: Frontmatter, key: KeyLine, expected: number, l10n: L10n): BlockList | string {
  const { lines } = fm;
  const items: number[] = [];
  let dashIndent = -1;
  for (let i = key.index + 1; i <= key.last; i++) {
    const l = lines[i];
    if (l.empty) continue;
    if (/^[ ]*\t/.test(l.text)) return l10n.t('its indentation has tabs');
    if (dashIndent < 0) {
      if (!isDash(l.text, l.indent)) return l10n.t('it is not a list of "- …" items');
      dashIndent = l.indent;
    }
    if (l.indent === dashIndent && isDash(l.text, dashIndent)) items.push(i);
    else if (l.indent <= dashIndent) return l10n.t('its items are not lined up');
  }
  if (items.length !== expected) return l10n.t('its {0} items could not be told apart line by line', expected);
  if (!items.length) return { items, last: -1, dashIndent: 2, keyColumn: 4 };
  return { items, last: key.last, dashIndent, keyColumn: keyColumnOf(fm, items[0], items[1] ?? key.last + 1, dashIndent) };
}

/** The column of an item's keys: after `- ` on its first line, or the indent of its next line. */
function keyColumnOf(fm: Frontmatter, dashLine: number, endLine: number, dashIndent: number): number {
  const text = fm.lines[dashLine].text;
  const after = text.slice(dashIndent + 1);
  const content = after.trimStart();
  if (content && !content.startsWith('#')) return dashIndent + 1 + (after.length - content.length);
  for (let i = dashLine + 1; i < endLine; i++) if (!fm.lines[i].empty) return fm.lines[i].indent;
  return dashIndent + 2;
}

function renderBlockItems(items: readonly ListItem[], dashIndent: number, keyColumn: number, eol: string): string {
  const dash = `${' '.repeat(dashIndent)}-${' '.repeat(Math.max(1, keyColumn - dashIndent - 1))}`;
  return items
    .map((item) => {
      if (typeof item === 'string') return `${' '.repeat(dashIndent)}- ${item}`;
      return item.map(([k, v], i) => `${i === 0 ? dash : ' '.repeat(keyColumn)}${k}: ${v}`).join(eol);
    })
    .join(eol);
}

function renderFlowItem(item: ListItem): string {
  return typeof item === 'string' ? item : `{${item.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
}

const EMPTY_VALUES = new Set(['', '~', 'null', 'Null', 'NULL']);

export interface AppendOptions {
  /** Write a new or empty list in flow style (`aliases: [NW Studio]`) rather than as a block. */
  flow: boolean;
  /** A new key goes after this key's lines; at the end of the frontmatter when absent. */
  after?: string;
}

/**
 * Appends items to the top-level list `key`, creating the key (and the
 * frontmatter) when missing. Returns the edits, or why it is not safe.
 */
export function appendToList(text: string, key: string, items: readonly ListItem[], options: AppendOptions, l10n: L10n = ENGLISH): TextEdit[] | string {
  if (!items.length) return [];
  const found = findFrontmatter(text, l10n);
  if (found.kind === 'unreadable') return found.reason;
  if (found.kind === 'none') {
    const eol = found.eol;
    const body = options.flow ? `${key}: [${items.map(renderFlowItem).join(', ')}]` : `${key}:${eol}${renderBlockItems(items, 2, 4, eol)}`;
    return [{ start: found.insertAt, end: found.insertAt, text: `---${eol}${body}${eol}---${eol}` }];
  }
  const fm = found.frontmatter;
  const eol = fm.eol;
  const existing = Object.prototype.hasOwnProperty.call(fm.data, key) ? fm.data[key] : undefined;
  const keyLine = findKey(fm, key);
  if (!keyLine) {
    if (existing !== undefined) return l10n.t('its "{0}" key is written in a way that cannot be edited line by line', key);
    const anchor = options.after === undefined ? undefined : findKey(fm, options.after);
    const at = anchor ? fm.lines[anchor.last].end : fm.lastLineEnd;
    const body = options.flow ? `${key}: [${items.map(renderFlowItem).join(', ')}]` : `${key}:${eol}${renderBlockItems(items, 2, 4, eol)}`;
    return [{ start: at, end: at, text: `${eol}${body}` }];
  }
  if (existing !== null && existing !== undefined && !Array.isArray(existing)) return l10n.t('its {0} is not a list', key);
  const count = Array.isArray(existing) ? existing.length : 0;
  const value = keyLine.value;
  const keyEnd = fm.lines[keyLine.index].end;

  if (EMPTY_VALUES.has(value) || /^\[\s*\]$/.test(value)) {
    if (value === '' && keyLine.last > keyLine.index) {
      // A block list: items go after its last line, lined up with the first.
      const list = readBlockList(fm, keyLine, count, l10n);
      if (typeof list === 'string') return l10n.t('its {0} list cannot be edited safely: {1}', key, list);
      const at = fm.lines[list.last].end;
      return [{ start: at, end: at, text: `${eol}${renderBlockItems(items, list.dashIndent, list.keyColumn, eol)}` }];
    }
    if (count) return l10n.t('its {0} list cannot be edited safely', key);
    if (options.flow) {
      const flow = `[${items.map(renderFlowItem).join(', ')}]`;
      if (value !== '') return [{ start: keyLine.valueStart, end: keyLine.valueEnd, text: flow }];
      // `aliases:` with nothing (or only a comment) after it: the list goes right after the colon.
      const colonEnd = colonEndOf(fm, keyLine);
      return [{ start: colonEnd, end: colonEnd, text: ` ${flow}` }];
    }
    // `invoices: []` (or empty, `~`): the empty value goes, the items follow as a block.
    const edits: TextEdit[] = [];
    if (value !== '') edits.push({ start: colonEndOf(fm, keyLine), end: keyLine.valueEnd, text: '' });
    edits.push({ start: keyEnd, end: keyEnd, text: `${eol}${renderBlockItems(items, 2, 4, eol)}` });
    return edits;
  }
  if (value.startsWith('[') && value.endsWith(']') && keyLine.last === keyLine.index) {
    // A flow list on one line: the items go before its closing bracket.
    const close = keyLine.valueEnd - 1;
    return [{ start: close, end: close, text: `, ${items.map(renderFlowItem).join(', ')}` }];
  }
  return l10n.t('its {0} is written in a form that cannot be edited line by line ({1})', key, describeStart(value, l10n));
}

/** Offset just past the colon of a key's line. */
function colonEndOf(fm: Frontmatter, key: KeyLine): number {
  const line = fm.lines[key.index];
  return line.start + line.text.indexOf(':') + 1;
}

function describeStart(value: string, l10n: L10n): string {
  return value.startsWith('[') ? l10n.t('a list over several lines') : l10n.t('not a list');
}

/**
 * Sets `field` of item `index` of the top-level block list `key` to `value`
 * when the item has no such key or an empty one (`paid:`, `paid: ~`,
 * `paid: false`); every other byte stays. Returns the edit, or why not.
 */
export function setItemField(text: string, key: string, index: number, field: string, value: string, l10n: L10n = ENGLISH): TextEdit | string {
  const found = findFrontmatter(text, l10n);
  if (found.kind !== 'found') return found.kind === 'unreadable' ? found.reason : l10n.t('it has no {0}', key);
  const fm = found.frontmatter;
  const existing = fm.data[key];
  const keyLine = findKey(fm, key);
  if (!Array.isArray(existing) || !keyLine || keyLine.value !== '') return l10n.t('its {0} is not a block list (- id: …)', key);
  const list = readBlockList(fm, keyLine, existing.length, l10n);
  if (typeof list === 'string') return l10n.t('its {0} list cannot be edited safely: {1}', key, list);
  const first = list.items[index];
  const end = index + 1 < list.items.length ? list.items[index + 1] - 1 : list.last;
  const item = existing[index];
  if (first === undefined || item === null || typeof item !== 'object' || Array.isArray(item)) return l10n.t('item {0} of its {1} is not a mapping', index + 1, key);
  const firstContent = fm.lines[first].text.slice(list.dashIndent + 1).trimStart();
  if (firstContent.startsWith('{')) return l10n.t('item {0} of its {1} is written on one line ({2})', index + 1, key, '{…}');
  const column = keyColumnOf(fm, first, end + 1, list.dashIndent);
  const fieldPattern = new RegExp(`^${field}[ \\t]*:(?=[ \\t]|$)`);
  let last = first;
  for (let i = first; i <= end; i++) {
    const line = fm.lines[i];
    if (line.empty) continue;
    last = i;
    if (line.text.length > column && fieldPattern.test(line.text.slice(column)) && (i === first || line.indent === column)) {
      const current = (item as Record<string, unknown>)[field];
      if (current !== null && current !== false && current !== '') return l10n.t('its {0} is already filled in', field);
      const colon = line.text.indexOf(':', column);
      const rest = line.text.slice(colon + 1);
      const old = withoutComment(rest);
      const lead = old.length - old.trimStart().length;
      const start = line.start + colon + 1 + lead;
      const written = old.trim();
      if (i + 1 <= end && !fm.lines[i + 1].empty && fm.lines[i + 1].indent > column) return l10n.t('its {0} continues on the next line', field);
      if (!written) return { start: line.start + colon + 1, end: line.start + colon + 1, text: ` ${value}` };
      return { start, end: start + written.length, text: value };
    }
  }
  const at = fm.lines[last].end;
  return { start: at, end: at, text: `${fm.eol}${' '.repeat(column)}${field}: ${value}` };
}
