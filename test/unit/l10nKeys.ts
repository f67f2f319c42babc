/**
 * The messages the code words through `l10n.t(…)` (`vscode.l10n.t` in the
 * extension, the core's `L10n` elsewhere), found in the source with the
 * TypeScript parser, and the placeholders of a message.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface MessageCall {
  message: string;
  /** `file:line` of the call. */
  at: string;
  /** Positional arguments after the message, or the property names of an object of named ones (undefined: not a literal object). */
  args: { kind: 'positional'; count: number } | { kind: 'named'; names: string[] | undefined } | { kind: 'either' };
}

export interface ScanResult {
  calls: MessageCall[];
  /** Calls whose message is not a literal (the catalogue could not be checked against them). */
  notLiteral: string[];
  /** `x.t('…')` calls on something not named `l10n` (which this scan would miss). */
  elsewhere: string[];
}

function typescriptFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...typescriptFiles(full));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Every `l10n.t(…)` call under `src/` of the repository. */
export function scanMessages(root: string): ScanResult {
  const result: ScanResult = { calls: [], notLiteral: [], elsewhere: [] };
  for (const file of typescriptFiles(join(root, 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isL10nT(node.expression)) {
        const at = `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const [first, ...rest] = node.arguments;
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          result.calls.push({ message: first.text, at, args: argsOf(rest) });
        } else result.notLiteral.push(at);
      } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 't') {
        const first = node.arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          result.elsewhere.push(`${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return result;
}

/** `l10n.t` or `vscode.l10n.t`. */
function isL10nT(callee: ts.Expression): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 't') return false;
  const object = callee.expression;
  return (ts.isIdentifier(object) && object.text === 'l10n') || (ts.isPropertyAccessExpression(object) && object.name.text === 'l10n');
}

function argsOf(rest: readonly ts.Expression[]): MessageCall['args'] {
  if (rest.length === 1 && ts.isObjectLiteralExpression(rest[0])) {
    const names: string[] = [];
    for (const p of rest[0].properties) {
      if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) names.push(p.name.text);
      else return { kind: 'named', names: undefined }; // a spread: not known here
    }
    return { kind: 'named', names };
  }
  // One argument that is not a literal object may be a value or an object of named ones.
  if (rest.length === 1 && !ts.isLiteralExpression(rest[0]) && !ts.isPrefixUnaryExpression(rest[0])) return { kind: 'either' };
  return { kind: 'positional', count: rest.length };
}

/** The placeholders of a message, sorted: `{0}`, `{name}`. */
export function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/{([^}]+)}/g)].map((m) => m[1]))].sort();
}
