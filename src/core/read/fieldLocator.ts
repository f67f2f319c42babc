/**
 * Finds the line of a frontmatter field from its path (`['invoices', 2, 'due']`)
 * by reading the YAML text's indentation. Used only to place problems, so it
 * runs for the rare field that is wrong, never on the hot path. When a path
 * cannot be followed (flow style, odd layout) it answers the nearest parent.
 */
export function locateField(yaml: string, path: readonly (string | number)[]): number {
  const lines = yaml.split('\n');
  let best = firstContentLine(lines);
  let lo = 0;
  let hi = lines.length;
  let indent = -1; // indent of the enclosing node; children are deeper (or a compact list at the same indent)

  for (const part of path) {
    let found = -1;
    if (typeof part === 'string') {
      for (let i = lo; i < hi; i++) {
        const m = /^( *)(?:- +)?(["']?)([^"':#][^"':]*?)\2 *:(?: |$)/.exec(lines[i]);
        if (!m) continue;
        const keyIndent = lines[i].indexOf(m[3]) - (m[2] ? 1 : 0);
        if (m[3] === part && keyIndent > indent) {
          found = i;
          indent = keyIndent;
          break;
        }
      }
    } else {
      let itemIndent = -1;
      let count = -1;
      for (let i = lo; i < hi; i++) {
        const m = /^( *)- /.exec(lines[i]) ?? /^( *)-$/.exec(lines[i]);
        if (!m) continue;
        if (itemIndent < 0) itemIndent = m[1].length;
        if (m[1].length !== itemIndent) continue;
        count++;
        if (count === part) {
          found = i;
          indent = itemIndent;
          break;
        }
      }
    }
    if (found < 0) break;
    best = found;
    lo = found;
    hi = blockEnd(lines, found, indent);
  }
  return best;
}

function firstContentLine(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) if (lines[i].trim() && !lines[i].trim().startsWith('#')) return i;
  return Math.min(1, lines.length - 1);
}

/** First line after `start` that belongs to no child of the node at `indent`. */
function blockEnd(lines: string[], start: number, indent: number): number {
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i];
    const trimmed = text.trimStart();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const lineIndent = text.length - trimmed.length;
    if (lineIndent < indent) return i;
    if (lineIndent === indent && !trimmed.startsWith('-')) return i;
    if (lineIndent === indent && lines[start].slice(indent).startsWith('-')) return i; // the next list item
  }
  return lines.length;
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
