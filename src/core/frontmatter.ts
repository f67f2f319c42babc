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
  /**
   * 1-based note line of the YAML text's first line. The text starts with the
   * newline that ends the opening `---` line, so this is 1.
   */
  yamlStartLine: number;
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
  const none: FrontmatterResult = { data: undefined, yaml: '', yamlStartLine: 1, body: text, bodyStartLine: 1, problems: [] };
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
  if (firstBreak < 0 || text.indexOf('\n---', firstBreak) < 0) {
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

  let parsed: { data: unknown; content: string; matter: string };
  try {
    parsed = matter(text, MATTER_OPTIONS) as unknown as typeof parsed;
  } catch (err) {
    const yamlEnd = text.indexOf('\n---', firstBreak);
    const yaml = text.slice(firstBreak, yamlEnd);
    const bodyStart = lineEndAfter(text, yamlEnd + 4);
    const result: FrontmatterResult = {
      data: undefined,
      yaml,
      yamlStartLine: 1,
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

  const bodyStart = text.length - parsed.content.length;
  return {
    data: parsed.data,
    yaml: parsed.matter,
    yamlStartLine: 1,
    body: parsed.content,
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
