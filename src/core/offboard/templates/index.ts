import { Language } from '../../settings';
import { en } from './en';
import { ms } from './ms';
import { LanguagePack } from './types';

export const LANGUAGES: Readonly<Record<Language, LanguagePack>> = Object.freeze({ en, ms });

export type { LanguagePack, ScriptId, ScriptTemplate, Slot } from './types';
