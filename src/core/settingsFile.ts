/**
 * The `clientFriction.*` settings of a VS Code settings file
 * (`.vscode/settings.json`: JSON with comments and trailing commas), read as
 * the extension reads its configuration, so that the terminal scores a folder
 * as the sidebar does (../shared/spec/cli.md, Settings). A value that is
 * wrong is a problem on its own line, and its default applies; a file that is
 * not JSON is a problem on the line of its first error, and what could be
 * read still counts.
 */
import { getNodeValue, Node, parseTree, ParseError, printParseErrorCode } from 'jsonc-parser';
import { lineOfOffset } from './read/frontmatter';
import { CONFIGURATION_KEYS, resolveSettings, SettingsInput, settingsInputFrom } from './settings';

export const SETTINGS_SECTION = 'clientFriction';

export interface SettingsFileProblem {
  /** 1-based line of the file. */
  line: number;
  message: string;
}

export interface SettingsFile {
  /** The values the file sets, by configuration key without the section (`workingHours.start`). */
  input: SettingsInput;
  problems: SettingsFileProblem[];
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.values(CONFIGURATION_KEYS).flat());

export function readSettingsFile(text: string): SettingsFile {
  // An empty file sets nothing (VS Code reads it so).
  if (!text.trim()) return { input: {}, problems: [] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const lineOf = (offset: number) => lineOfOffset(text, offset);
  const problems: SettingsFileProblem[] = errors
    .slice(0, 1)
    .map((e) => ({ line: lineOf(e.offset), message: `the settings file is not valid JSON (${printParseErrorCode(e.error)}); what could be read is used` }));
  const values = new Map<string, { value: unknown; offset: number }>();
  if (tree?.type === 'object') collect(tree, '', values);
  else if (tree && !errors.length) problems.push({ line: lineOf(tree.offset), message: 'the settings file must hold one object of settings; ignored' });

  // Each value checked on its own, so each complaint lands on its own line.
  for (const keys of Object.values(CONFIGURATION_KEYS) as (readonly string[])[]) {
    const present = keys.filter((k) => values.has(k));
    if (!present.length) continue;
    const one = settingsInputFrom((key) => (keys.includes(key) ? values.get(key)?.value : undefined));
    const resolved = resolveSettings(one);
    const line = lineOf(values.get(present[0])!.offset);
    for (const message of resolved.problems) problems.push({ line, message });
  }
  problems.sort((a, b) => a.line - b.line);
  return { input: settingsInputFrom((key) => values.get(key)?.value), problems };
}

/**
 * The known keys under the section, written flat (`"clientFriction.replyDays": 5`)
 * or nested (`"clientFriction": { "replyDays": 5 }`), as VS Code accepts both.
 */
function collect(object: Node, prefix: string, into: Map<string, { value: unknown; offset: number }>): void {
  for (const property of object.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode || typeof keyNode.value !== 'string') continue;
    const path = prefix ? `${prefix}.${keyNode.value}` : keyNode.value;
    if (path !== SETTINGS_SECTION && !path.startsWith(`${SETTINGS_SECTION}.`)) continue;
    const key = path.slice(SETTINGS_SECTION.length + 1);
    if (KNOWN_KEYS.has(key)) into.set(key, { value: getNodeValue(valueNode), offset: property.offset });
    else if (valueNode.type === 'object') collect(valueNode, path, into);
  }
}
