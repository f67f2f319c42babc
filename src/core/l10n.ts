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

const PLACEHOLDER = /{([^}]+)}/g;

/** Fills `{0}` or `{name}` as `vscode.l10n.t` does: a placeholder without a value stays as it is. */
export function formatMessage(template: string, args: readonly L10nArg[] | Readonly<Record<string, L10nArg>>): string {
  const values = args as Readonly<Record<string, L10nArg | undefined>>;
  if (Object.keys(values).length === 0) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
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
