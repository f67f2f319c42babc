/**
 * Finds the line of a frontmatter field from its path (`['invoices', 2, 'due']`)
 * by reading the YAML text's indentation. The block structure (which keys and
 * list items sit under which) is indexed in one pass over the text, once per
 * note; each lookup then follows the path through that index, so a note with
 * 20,000 wrong invoices costs 20,000 short walks, not 20,000 re-scans. When a
 * path cannot be followed (flow style, odd layout) it answers the nearest
 * parent.
 */

interface FieldNode {
  /** 0-based line within the YAML text. */
  line: number;
  /** The key of a `key:` node. */
  key?: string;
  /** Keys of the mapping under this node, in order (the first of a repeated key wins). */
  keys?: FieldNode[];
  /** Items of the list under this node. */
  items?: FieldNode[];
}

export class FieldIndex {
  private readonly root: FieldNode = { line: 0 };
  private readonly firstContent: number;

  constructor(yaml: string) {
    let first = -1;
    // The open nodes, innermost last: their columns, the nodes, and whether each is a key.
    const stack: Open = { columns: [-1], nodes: [this.root], isKey: [false] };
    let line = 0;
    let start = 0;
    while (start <= yaml.length) {
      let end = yaml.indexOf('\n', start);
      if (end < 0) end = yaml.length;
      const next = end + 1;
      if (end > start && yaml.charCodeAt(end - 1) === 13) end--;
      let at = start;
      while (at < end && yaml.charCodeAt(at) === 32) at++;
      if (at < end && yaml.charCodeAt(at) !== 35 /* # */) {
        if (first < 0) first = line;
        this.addLine(yaml, at, end, at - start, line, stack);
      }
      line++;
      start = next;
    }
    this.firstContent = first >= 0 ? first : 0;
  }

  private addLine(yaml: string, at: number, end: number, column: number, line: number, stack: Open): void {
    const item = isItemAt(yaml, at, end);
    const { columns, nodes, isKey } = stack;
    while (columns.length > 1) {
      const top = columns.length - 1;
      if (columns[top] < column) break;
      // `key:` then `- item` at the key's own column: a compact list under the key.
      if (columns[top] === column && isKey[top] && item) break;
      columns.pop();
      nodes.pop();
      isKey.pop();
    }
    for (;;) {
      const parent = nodes[nodes.length - 1];
      if (isItemAt(yaml, at, end)) {
        const node: FieldNode = { line };
        (parent.items ??= []).push(node);
        columns.push(column);
        nodes.push(node);
        isKey.push(false);
        let p = at + 1;
        while (p < end && yaml.charCodeAt(p) === 32) p++;
        if (p >= end || yaml.charCodeAt(p) === 35) return;
        column += p - at;
        at = p;
        continue;
      }
      const key = keyAt(yaml, at, end);
      if (key !== undefined) {
        const node: FieldNode = { line, key };
        (parent.keys ??= []).push(node);
        columns.push(column);
        nodes.push(node);
        isKey.push(true);
      }
      return;
    }
  }

  /** 0-based line (within the YAML text) of the field at `path`, or of its nearest parent found. */
  lineOf(path: readonly (string | number)[]): number {
    let best = this.firstContent;
    let node: FieldNode | undefined = this.root;
    for (const part of path) {
      node = typeof part === 'string' ? node.keys?.find((n) => n.key === part) : node.items?.[part];
      if (!node) break;
      best = node.line;
    }
    return best;
  }

  /** 0-based lines of the items of the list under the top-level key. */
  itemLines(key: string): number[] {
    return this.root.keys?.find((n) => n.key === key)?.items?.map((n) => n.line) ?? [];
  }
}

interface Open {
  columns: number[];
  nodes: FieldNode[];
  isKey: boolean[];
}

/** `-` alone or followed by a space. */
function isItemAt(text: string, at: number, end: number): boolean {
  return text.charCodeAt(at) === 45 && (at + 1 === end || text.charCodeAt(at + 1) === 32);
}

/**
 * The key of a `key: value` line at `at` (plain, or in matching quotes, with
 * no quote or colon inside, then optional spaces, a colon and a space or the
 * line's end), or undefined.
 */
function keyAt(text: string, at: number, end: number): string | undefined {
  const q = text.charCodeAt(at);
  const quoted = q === 34 || q === 39;
  const from = quoted ? at + 1 : at;
  let i = from;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 58) break;
  }
  if (i === from || i >= end || (!quoted && text.charCodeAt(from) === 35)) return undefined;
  let keyEnd = i;
  if (quoted) {
    if (text.charCodeAt(i) !== q) return undefined;
    i++;
  } else if (text.charCodeAt(i) !== 58) return undefined;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 58 || (i + 1 < end && text.charCodeAt(i + 1) !== 32)) return undefined;
  if (!quoted) while (keyEnd > from && text.charCodeAt(keyEnd - 1) === 32) keyEnd--;
  return text.slice(from, keyEnd);
}

/** The 0-based line of the field at `path` (builds an index; keep a FieldIndex for many lookups). */
export function locateField(yaml: string, path: readonly (string | number)[]): number {
  return new FieldIndex(yaml).lineOf(path);
}
// The pattern of each key's line, built once (it runs for every note).
const HEAD_PATTERNS = new Map<string, RegExp>();

/**
 * Lines (0-based) of the items of the top-level block list `key`, in one pass:
 * the invoices' lines are needed for every note, not only when one is wrong.
 */
export function locateListItems(yaml: string, key: string): number[] {
  const lines: number[] = [];
  let pattern = HEAD_PATTERNS.get(key);
  if (!pattern) HEAD_PATTERNS.set(key, (pattern = new RegExp(`^${key}[ ]*:`, 'm')));
  const head = pattern.exec(yaml);
  if (!head) return lines;
  let line = countNewlines(yaml, head.index);
  let itemIndent = -1;
  let pos = yaml.indexOf('\n', head.index);
  while (pos >= 0) {
    const start = pos + 1;
    pos = yaml.indexOf('\n', start);
    line++;
    let i = start;
    while (yaml.charCodeAt(i) === 32) i++;
    const c = yaml.charCodeAt(i);
    if (c === 10 || c === 13 || c === 35 /* # */ || i >= yaml.length) continue;
    const indent = i - start;
    if (c === 45 /* - */ && (itemIndent < 0 || indent === itemIndent)) {
      const after = yaml.charCodeAt(i + 1);
      if (after === 32 || after === 10 || after === 13 || Number.isNaN(after)) {
        itemIndent = indent;
        lines.push(line);
        continue;
      }
    }
    if (indent === 0 || (itemIndent >= 0 && indent < itemIndent)) break;
  }
  return lines;
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
