/**
 * The interface's words in English and Malay, through one catalogue. As in
 * `vscode.l10n`, the English text is the key and `l10n/bundle.l10n.ms.json`
 * holds the Malay of each: the extension passes `vscode.l10n` (VS Code picks
 * the bundle by its display language), the CLI passes `catalogue(language)`
 * over the same bundle, and a function of the core that words something for
 * people takes either as its `l10n`. Every message is a literal at its
 * `l10n.t(` call, so that a test can hold the code and the bundle together.
 */
import MALAY from '../../l10n/bundle.l10n.ms.json';
import { Language } from './settings';

export type L10nArg = string | number | boolean;

/** The part of `vscode.l10n` the core uses: `t('{0} of {1}', a, b)` or `t('{name} said', { name })`. */
export interface L10n {
  t(message: string, ...args: L10nArg[]): string;
  t(message: string, args: Record<string, L10nArg>): string;
}

const PLACEHOLDER = /{([^}]+)}/;
/** Each template split at its placeholders: literal, name, literal, …, literal. */
const PIECES = new Map<string, readonly string[]>();
/** Templates are literals of the code and of the bundle: a few hundred. Anything past this is split each time. */
const MAX_PIECES = 2000;

function piecesOf(template: string): readonly string[] {
  let pieces = PIECES.get(template);
  if (pieces === undefined) {
    pieces = template.split(PLACEHOLDER);
    if (PIECES.size < MAX_PIECES) PIECES.set(template, pieces);
  }
  return pieces;
}

/**
 * Fills `{0}` or `{name}` as `vscode.l10n.t` does: a placeholder without a
 * value stays as it is. The scorer words a note's details through it, so a
 * template is split once and then joined (a regular expression's replace
 * per call cost several times as much).
 */
export function formatMessage(template: string, args: readonly L10nArg[] | Readonly<Record<string, L10nArg>>): string {
  if (template.indexOf('{') < 0) return template;
  if (Array.isArray(args) ? args.length === 0 : Object.keys(args).length === 0) return template;
  const values = args as Readonly<Record<string, L10nArg | undefined>>;
  const pieces = piecesOf(template);
  let out = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const value = values[pieces[i]];
    out += (value === undefined ? `{${pieces[i]}}` : String(value)) + pieces[i + 1];
  }
  return out;
}

function translator(bundle: Readonly<Record<string, string>> | undefined): L10n {
  return {
    t(message: string, ...rest: unknown[]): string {
      const args = rest.length === 1 && typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as Record<string, L10nArg>) : (rest as L10nArg[]);
      const text = bundle && Object.hasOwn(bundle, message) ? bundle[message] : message;
      return formatMessage(text, args);
    },
  };
}

/** The English words (the keys themselves). */
export const ENGLISH: L10n = translator(undefined);
const MALAY_L10N: L10n = translator(MALAY as Record<string, string>);

export function catalogue(language: Language): L10n {
  return language === 'ms' ? MALAY_L10N : ENGLISH;
}

/**
 * The language of a terminal, as its locale variables say (`LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`, the first one set): Malay for `ms`, `ms_MY.UTF-8`
 * and the like, English otherwise.
 */
export function languageOfEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ms([_.@-]|$)/i.test(locale) ? 'ms' : 'en';
}
