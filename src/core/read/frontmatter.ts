/**
 * Splits a note into frontmatter and body with gray-matter, and parses the
 * frontmatter as YAML only. Every failure becomes a problem with a line.
 */
import matter from 'gray-matter';
import { loadYaml, YamlError } from './yaml';

export interface FrontmatterResult {
  /** The parsed frontmatter; undefined when there is none or it could not be read. */
  data: unknown;
  /** The raw YAML text (without the delimiters), for locating fields. */
  yaml: string;
  /** The markdown after the frontmatter. */
  body: string;
  /** 1-based line where `body` starts. */
  bodyStartLine: number;
  problems: { line: number; column?: number; message: string }[];
}

function refuseToRun(): never {
  throw new Error('JavaScript frontmatter is never run');
}

// gray-matter evaluates `---js` and `---javascript` blocks with eval() by
// default; `false` does not switch that off, only replacing both engines does.
// JSON (and any other language) is refused too: a note's frontmatter is YAML.
const MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: { parse: (text: string) => loadYaml(text) as object, stringify: refuseToRun },
    js: { parse: refuseToRun, stringify: refuseToRun },
    javascript: { parse: refuseToRun, stringify: refuseToRun },
    json: { parse: refuseToRun, stringify: refuseToRun },
  },
};

const YAML_NAMES = new Set(['', 'yaml', 'yml']);

/** `text` has no byte-order mark (the reader strips it). */
export function splitFrontmatter(text: string): FrontmatterResult {
  const none: FrontmatterResult = { data: undefined, yaml: '', body: text, bodyStartLine: 1, problems: [] };
  if (!text.startsWith('---') || text[3] === '-') return none;

  const firstBreak = text.indexOf('\n');
  const firstLine = (firstBreak < 0 ? text : text.slice(0, firstBreak)).replace(/\r$/, '');
  const language = firstLine.slice(3).trim();
  if (!YAML_NAMES.has(language.toLowerCase())) {
    return {
      ...none,
      problems: [
        {
          line: 1,
          column: 4,
          message: /^(js|javascript)$/i.test(language)
            ? 'JavaScript frontmatter (---js) is never run; write the frontmatter in YAML'
            : `frontmatter in "${language.slice(0, 20)}" is not read; write it in YAML`,
        },
      ],
    };
  }
  // The closing delimiter: the first line after line 1 that starts with ---,
  // found as gray-matter finds it (the first `\n---` after the opening line).
  const yamlEnd = firstBreak < 0 ? -1 : text.indexOf('\n---', firstBreak);
  if (yamlEnd < 0) {
    return {
      ...none,
      problems: [
        {
          line: 1,
          message: 'the frontmatter opened by --- on line 1 is never closed by a --- line; the note was read as plain markdown',
        },
      ],
    };
  }

  // gray-matter is handed the frontmatter block: the text up to the end of
  // its closing `---`. It reads that exactly as it reads the whole note (the
  // language, the block, the engine), and cuts the body at the same offset,
  // which is computed below as it computes it. Its cost then no longer grows
  // with the body: it hashes its whole input (a cache lookup keyed by the
  // text, even when, as here, options turn the cache off) and copies it into
  // a Buffer, which for a typical note was a quarter of all the reading. A
  // test holds the split to gray-matter's on whole notes.
  const block = text.slice(0, yamlEnd + 4);
  let parsed: { data: unknown; matter: string };
  try {
    parsed = matter(block, MATTER_OPTIONS) as unknown as typeof parsed;
  } catch (err) {
    const yaml = text.slice(firstBreak, yamlEnd);
    const bodyStart = lineEndAfter(text, yamlEnd + 4);
    const result: FrontmatterResult = {
      data: undefined,
      yaml,
      body: text.slice(bodyStart),
      bodyStartLine: countLines(text, bodyStart),
      problems: [],
    };
    if (err instanceof YamlError) {
      // The YAML handed to the engine starts with the newline that ends line 1.
      const line = err.line === undefined ? 2 : err.line + 1;
      result.problems.push({ line: Math.max(2, line), column: err.column === undefined ? undefined : err.column + 1, message: `invalid YAML: ${err.message}` });
    } else {
      result.problems.push({ line: 1, message: `the frontmatter could not be read: ${(err as Error).message}` });
    }
    return result;
  }

  // Where gray-matter starts the content: after `\n---`, then one `\r`, then one `\n`.
  let bodyStart = yamlEnd + 4;
  if (text.charCodeAt(bodyStart) === 13) bodyStart++;
  if (text.charCodeAt(bodyStart) === 10) bodyStart++;
  return {
    data: parsed.data,
    yaml: parsed.matter,
    body: text.slice(bodyStart),
    bodyStartLine: countLines(text, bodyStart),
    problems: [],
  };
}

/** 1-based line number of the character at `offset`. */
function countLines(text: string, offset: number): number {
  let line = 1;
  let i = text.indexOf('\n');
  while (i >= 0 && i < offset) {
    line++;
    i = text.indexOf('\n', i + 1);
  }
  return line;
}

/** Offset just past the end of the line containing `offset`. */
function lineEndAfter(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}
