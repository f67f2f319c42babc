/**
 * The frontmatter model that the reader and every edit share: where a note's
 * frontmatter block is (`findFrontmatter`), and the block split and parsed as
 * YAML only (`splitFrontmatter`). Every failure becomes a problem with a line.
 *
 * A block opens with `---` on the first line (after a byte-order mark, if
 * any), optionally followed by its language (`---yaml`, `--- yaml`; nothing
 * means YAML), and closes at the first later line that is `---` alone,
 * optionally followed by blanks and a `# comment`. A line break is `\n`,
 * `\r\n` or a lone `\r`, as the editor reads them.
 *
 * gray-matter used to split the note; it is no longer called here because its
 * split runs `/^\s*#[^\n]+/gm` over the whole block, which takes quadratic
 * time on a block of blank lines (measured: 20,000 `\n \n` lines, 3 s), and
 * it takes `----` or `--- text` as a closer that YAML and the edits do not.
 * The differential test still holds this split to gray-matter's on ordinary
 * notes. No code is ever run from a note: only YAML is read.
 */
import { ENGLISH, L10n } from '../l10n';
import { loadYaml, YamlError } from './yaml';

export interface FrontmatterBlock {
  /** The language written after the opening `---`, trimmed (`''` for plain `---`). */
  language: string;
  /** Whether the language is YAML (`''`, `yaml`, `yml`, any case). */
  isYaml: boolean;
  /** Whether a closing `---` line was found. */
  closed: boolean;
  /** Offset of the opening `---` (1 after a byte-order mark). */
  start: number;
  /** Offset of the first character of the block's second line (the YAML's first line). */
  yamlStart: number;
  /** Offset where the closing line starts (the text's length when unclosed). */
  yamlEnd: number;
  /** Offset just past the closing line's break: where the body starts (the text's length when unclosed). */
  bodyStart: number;
  /** 1-based line where the body starts. */
  bodyStartLine: number;
}

const YAML_NAMES = new Set(['', 'yaml', 'yml']);

/**
 * The frontmatter block at the top of `text`, or undefined when the text does
 * not open one. Linear in the length of the text.
 */
export function findFrontmatter(text: string): FrontmatterBlock | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', start) || text.charCodeAt(start + 3) === 45 /* - */) return undefined;
  const firstEnd = lineEndAt(text, start);
  const language = trimBlanks(text, start + 3, firstEnd);
  const block: FrontmatterBlock = {
    language,
    isYaml: YAML_NAMES.has(language.toLowerCase()),
    closed: false,
    start,
    yamlStart: nextLineStart(text, firstEnd),
    yamlEnd: text.length,
    bodyStart: text.length,
    bodyStartLine: 1,
  };
  // Candidates are the `---` at the start of a line; each line is checked at most once.
  let from = block.yamlStart;
  while (from < text.length) {
    const at = text.indexOf('---', from);
    if (at < 0) break;
    const before = text.charCodeAt(at - 1);
    if (at >= block.yamlStart && (at === block.yamlStart || before === 10 || before === 13)) {
      const end = lineEndAt(text, at);
      if (isCloserRest(text, at + 3, end)) {
        block.closed = true;
        block.yamlEnd = at;
        block.bodyStart = nextLineStart(text, end);
        block.bodyStartLine = lineOfOffset(text, block.bodyStart);
        return block;
      }
      from = end;
    } else {
      from = at + 1;
    }
  }
  block.yamlStart = Math.min(block.yamlStart, text.length);
  return block;
}

/** Offset of the first line break (`\r` or `\n`) at or after `from`, or the text's length. */
export function lineEndAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** Offset just past the line break at `end` (`\r\n` counts as one). */
export function nextLineStart(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return end < text.length ? end + 1 : end;
}

/**
 * Offset of the start of each line (0-based lines); `\n`, `\r\n` and a lone
 * `\r` each end a line, as in the editor. The first line starts after a
 * byte-order mark, which stays first.
 */
export function lineStarts(text: string): number[] {
  const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line of `offset`, counting `\n`, `\r\n` and lone `\r` as one break each. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  for (let i = text.indexOf('\r'); i >= 0 && i < offset; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) line++;
  return line;
}

/** After `---`: nothing, or blanks, or blanks and a `#` comment. */
function isCloserRest(text: string, from: number, end: number): boolean {
  let i = from;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i === end || (i > from && text.charCodeAt(i) === 35 /* # */);
}

function trimBlanks(text: string, from: number, end: number): string {
  while (from < end && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
  while (end > from && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return text.slice(from, end);
}

export interface FrontmatterResult {
  /** The parsed frontmatter; undefined when there is none or it could not be read. */
  data: unknown;
  /** The raw YAML text (the block's lines between the delimiters), for locating fields. */
  yaml: string;
  /** 1-based note line of the YAML text's first line. */
  yamlStartLine: number;
  /** The markdown after the frontmatter. */
  body: string;
  /** Where `body` starts in the text. */
  bodyStart: number;
  /** 1-based line where `body` starts. */
  bodyStartLine: number;
  problems: { line: number; column?: number; message: string }[];
}

/** The block's line 2 is the YAML's first line. */
const YAML_FIRST_LINE = 2;

/** `text` has no byte-order mark (the reader strips it); problems are worded in `l10n`. */
export function splitFrontmatter(text: string, l10n: L10n = ENGLISH): FrontmatterResult {
  const none: FrontmatterResult = { data: undefined, yaml: '', yamlStartLine: YAML_FIRST_LINE, body: text, bodyStart: 0, bodyStartLine: 1, problems: [] };
  const block = findFrontmatter(text);
  if (!block) return none;
  if (!block.closed) {
    return {
      ...none,
      problems: [
        {
          line: 1,
          message: l10n.t('the frontmatter opened by --- on line 1 is never closed by a --- line; the note was read as plain markdown'),
        },
      ],
    };
  }
  const body = text.slice(block.bodyStart);
  if (!block.isYaml) {
    const language = block.language;
    return {
      ...none,
      body,
      bodyStart: block.bodyStart,
      bodyStartLine: block.bodyStartLine,
      problems: [
        {
          line: 1,
          column: 4,
          message: /^(js|javascript)$/i.test(language)
            ? l10n.t('JavaScript frontmatter (---js) is never run; write the frontmatter in YAML')
            : l10n.t('frontmatter in "{0}" is not read; write it in YAML', language.slice(0, 20)),
        },
      ],
    };
  }
  const yaml = text.slice(block.yamlStart, block.yamlEnd);
  const result: FrontmatterResult = {
    data: undefined,
    yaml,
    yamlStartLine: YAML_FIRST_LINE,
    body,
    bodyStart: block.bodyStart,
    bodyStartLine: block.bodyStartLine,
    problems: [],
  };
  if (isBlankOrComments(yaml)) {
    result.data = {};
    return result;
  }
  try {
    result.data = loadYaml(text, block.yamlStart, block.yamlEnd);
  } catch (err) {
    if (err instanceof YamlError) {
      const line = err.line === undefined ? YAML_FIRST_LINE : err.line + YAML_FIRST_LINE;
      result.problems.push({ line, column: err.column === undefined ? undefined : err.column + 1, message: yamlProblem(err.message, l10n) });
    } else {
      result.problems.push({ line: 1, message: l10n.t('the frontmatter could not be read: {0}', (err as Error).message) });
    }
  }
  return result;
}

/**
 * What the YAML reader says, in one plain sentence a freelancer can act on,
 * with its own words after it for a search (`bad indentation of a mapping
 * entry` tells nobody to line up the spaces).
 */
export function yamlProblem(reason: string, l10n: L10n): string {
  const plain = plainYamlReason(reason, l10n);
  return plain === undefined ? l10n.t('the frontmatter cannot be read here (YAML: {0})', reason) : l10n.t('the frontmatter cannot be read here: {0} (YAML: {1})', plain, reason);
}

function plainYamlReason(reason: string, l10n: L10n): string | undefined {
  if (/^bad indentation/.test(reason)) return l10n.t('this line is indented differently from the lines around it; line up its spaces with the other keys');
  if (/^duplicated mapping key/.test(reason)) return l10n.t('this key is written twice; keep one of them');
  if (/^tab characters must not be used/.test(reason)) return l10n.t('indent with spaces, not tabs');
  if (/^missed comma between flow collection entries/.test(reason)) return l10n.t('a list in square or curly brackets needs a comma between its items');
  if (/^unexpected end of the stream within a flow collection/.test(reason)) return l10n.t('a [ or { is opened and not closed');
  if (/^unexpected end of the stream within a (single|double) quoted scalar/.test(reason)) return l10n.t('a quote is opened and not closed');
  if (/a colon is missed|can not read a block mapping entry|end of the stream or a document separator is expected/.test(reason)) return l10n.t('this line does not read as "key: value"; check its colon and its quotes');
  if (/^unknown escape sequence/.test(reason)) return l10n.t('a backslash inside double quotes starts something YAML does not know; use single quotes');
  if (/^unidentified alias|^name of an alias node/.test(reason)) return l10n.t('a * here means a YAML alias; put the value in quotes');
  if (/^unknown tag/.test(reason)) return l10n.t('a ! here means a YAML tag; put the value in quotes');
  return undefined;
}

/** Whether every line is blank or a comment (an empty frontmatter reads as `{}`). */
function isBlankOrComments(yaml: string): boolean {
  let atLineStart = true;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c === 10 || c === 13) atLineStart = true;
    else if (c === 32 || c === 9) continue;
    else if (atLineStart && c === 35) {
      const end = lineEndAt(yaml, i);
      i = end - 1;
    } else return false;
  }
  return true;
}
