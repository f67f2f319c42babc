/**
 * Every tunable of the score and the checklist, as one plain object with
 * documented defaults. The VS Code layer and the CLI both turn their input
 * (configuration, flags) into a partial object and pass it to
 * `resolveSettings`, which validates it field by field: a bad value is
 * reported and the default is used instead, never a crash.
 */
import { CalendarDay, parseClock, parseIsoDay } from './dates';

export const SIGNAL_IDS = ['payment', 'afterHours', 'revisions', 'scopeCreep', 'effort', 'conduct', 'silence'] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export const BANDS = ['calm', 'watch', 'strained', 'fire'] as const;
export type Band = (typeof BANDS)[number];

export type Language = 'en' | 'ms';

export interface FrictionSettings {
  /** Glob, relative to each workspace folder, of the client notes. */
  notesGlob: string;
  /** Working hours in minutes after midnight: [start, end). */
  workStartMinutes: number;
  workEndMinutes: number;
  /** Working weekdays, 0 = Sunday … 6 = Saturday. */
  workingDays: readonly number[];
  /** An event this many days old counts half as much as one today. */
  halfLifeDays: number;
  /** Days after the due date before a payment counts as late. */
  graceDays: number;
  /** Days a `#waiting` may stay unanswered before the silence counts. */
  replyDays: number;
  /** A `#disrespect` or `#chargeback` this many days old or newer flags the client. */
  flagDays: number;
  /** A client bringing this share (0–1) of the income or more is a concentration risk. */
  concentrationShare: number;
  /** Multiplier of each signal's points. */
  weights: Readonly<Record<SignalId, number>>;
  /** Raw points at which the score reaches 63 (score = 100·(1 − e^(−points/scale))). */
  scale: number;
  /** Lowest score of each band above calm. */
  bandThresholds: Readonly<{ watch: number; strained: number; fire: number }>;
  defaultNoticeDays: number;
  defaultRevisionsIncluded: number;
  coolDownDays: number;
  /** Notes larger than this are reported and not parsed. */
  maxNoteBytes: number;
  /** Extra tag synonyms, lower case without `#`: `{ asap: 'urgent' }`. */
  tagSynonyms: Readonly<Record<string, string>>;
  /** Extra words (lower case) that start a contact's text, beside the built-in ones (`Call`, `Email`, `Mesej`, …). */
  channelWords: readonly string[];
  /** The freelancer's own name, signed under the scripts. */
  yourName: string;
  language: Language;
  /**
   * Days overdue at which the next payment reminder takes each tone: friendly
   * from the first day overdue, firm after 14 days, final after 30.
   */
  reminderDays: Readonly<{ friendly: number; firm: number; final: number }>;
  /**
   * The currency income is counted in, upper case (`MYR`); '' for the
   * currency most ranked clients use.
   */
  homeCurrency: string;
  /**
   * The user's own exchange rates: home-currency units per unit of each
   * other currency, by upper-case code (`{ USD: 4.45 }` for a home currency
   * of MYR). Nothing is ever fetched; a currency without one has no share.
   */
  exchangeRates: Readonly<Record<string, number>>;
}

export const DEFAULT_SETTINGS: FrictionSettings = Object.freeze({
  notesGlob: 'clients/**/*.md',
  workStartMinutes: 9 * 60,
  workEndMinutes: 18 * 60,
  workingDays: Object.freeze([1, 2, 3, 4, 5]),
  halfLifeDays: 90,
  graceDays: 3,
  replyDays: 7,
  flagDays: 180,
  concentrationShare: 0.4,
  weights: Object.freeze({ payment: 1, afterHours: 1, revisions: 1, scopeCreep: 1, effort: 1, conduct: 1, silence: 1 }),
  scale: 40,
  bandThresholds: Object.freeze({ watch: 10, strained: 35, fire: 60 }),
  defaultNoticeDays: 30,
  defaultRevisionsIncluded: 2,
  coolDownDays: 3,
  maxNoteBytes: 1024 * 1024,
  tagSynonyms: Object.freeze({}),
  channelWords: Object.freeze([]),
  yourName: '',
  language: 'en',
  reminderDays: Object.freeze({ friendly: 1, firm: 14, final: 30 }),
  homeCurrency: '',
  exchangeRates: Object.freeze({}),
});

/** The user-facing shape: what `clientFriction.*` settings and CLI flags provide. */
export interface SettingsInput {
  notesGlob?: unknown;
  workingHours?: unknown; // { start: 'HH:MM', end: 'HH:MM' }
  workingDays?: unknown; // ['mon', 'tue', …]
  halfLifeDays?: unknown;
  graceDays?: unknown;
  replyDays?: unknown;
  flagDays?: unknown;
  concentrationPercent?: unknown; // 40 for 40%
  weights?: unknown; // partial { payment: 1.5, … }
  scale?: unknown;
  bandThresholds?: unknown; // partial { watch, strained, fire }
  defaultNoticeDays?: unknown;
  defaultRevisionsIncluded?: unknown;
  coolDownDays?: unknown;
  maxNoteSizeKB?: unknown;
  tagSynonyms?: unknown;
  channelWords?: unknown; // ['Zoom', 'Telegram']
  yourName?: unknown;
  language?: unknown;
  paymentReminders?: unknown; // partial { friendly, firm, final }: days overdue
  asOf?: unknown; // 'YYYY-MM-DD', or '' for today
  homeCurrency?: unknown; // 'MYR', or '' for the currency most clients use
  exchangeRates?: unknown; // { "USD": 4.45 }: home-currency units per unit
}

/** How a currency code may be written: a few letters or signs, no space (`MYR`, `USD`, `RM`). */
const CURRENCY_CODE = /^[^\s\p{C}]{1,10}$/u;

/** The code as income counts it (trimmed, upper case), or undefined when it cannot be one. */
export function currencyCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return CURRENCY_CODE.test(code) ? code : undefined;
}

/** An exchange rate is a positive number a person could mean (home-currency units per unit). */
const MAX_RATE = 1e9;

export const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export interface ResolvedSettings {
  settings: FrictionSettings;
  /**
   * The day every note is scored as of, when a setting pins it (to look at
   * the ranking as of the end of last quarter, or to keep the examples and
   * their pictures on their own day); undefined: today.
   */
  asOf: CalendarDay | undefined;
  /** Plain-words complaints about values that were replaced by defaults. */
  problems: string[];
}

export function resolveSettings(input: SettingsInput = {}): ResolvedSettings {
  const problems: string[] = [];
  const d = DEFAULT_SETTINGS;

  const num = (key: string, value: unknown, fallback: number, min: number, max: number): number => {
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      problems.push(`setting ${key} must be a number from ${min} to ${max}; using ${fallback}`);
      return fallback;
    }
    return value;
  };

  let workStart = d.workStartMinutes;
  let workEnd = d.workEndMinutes;
  if (input.workingHours !== undefined && input.workingHours !== null) {
    const wh = input.workingHours as { start?: unknown; end?: unknown };
    const start = typeof wh.start === 'string' ? parseClock(wh.start) : undefined;
    const end = typeof wh.end === 'string' ? (wh.end === '24:00' ? 1440 : parseClock(wh.end)) : undefined;
    if (typeof wh !== 'object' || start === undefined || end === undefined || end <= start) {
      problems.push('setting workingHours needs { "start": "HH:MM", "end": "HH:MM" } with end after start; using 09:00–18:00');
    } else {
      workStart = start;
      workEnd = end;
    }
  }

  let workingDays = d.workingDays;
  if (input.workingDays !== undefined && input.workingDays !== null) {
    const days = Array.isArray(input.workingDays)
      ? input.workingDays.map((x) => (typeof x === 'string' ? WEEKDAY_NAMES.indexOf(x.slice(0, 3).toLowerCase() as never) : -1))
      : [-1];
    if (days.some((x) => x < 0)) {
      problems.push('setting workingDays must list weekdays such as ["mon", "tue", "wed", "thu", "fri"]; using Monday to Friday');
    } else {
      workingDays = Object.freeze([...new Set(days)].sort());
    }
  }

  const weights = { ...d.weights };
  if (input.weights !== undefined && input.weights !== null) {
    if (typeof input.weights !== 'object' || Array.isArray(input.weights)) {
      problems.push('setting weights must be an object such as { "payment": 1.5 }; using the defaults');
    } else {
      for (const [key, value] of Object.entries(input.weights)) {
        if (!(SIGNAL_IDS as readonly string[]).includes(key)) {
          problems.push(`setting weights.${key} is not a signal (${SIGNAL_IDS.join(', ')}); ignored`);
          continue;
        }
        weights[key as SignalId] = num(`weights.${key}`, value, d.weights[key as SignalId], 0, 10);
      }
    }
  }

  /** Numbers under `keys` that must increase in that order (the bands, the reminder days); else the defaults. */
  const increasing = <K extends string>(key: string, value: unknown, fallback: Readonly<Record<K, number>>, keys: readonly K[], min: number, max: number) => {
    if (value === undefined || value === null) return { ...fallback };
    const v = value as Record<string, unknown>;
    const read = keys.map((k) => num(`${key}.${k}`, v[k], fallback[k], min, max));
    if (typeof value !== 'object' || Array.isArray(value) || read.some((x, i) => i > 0 && !(read[i - 1] < x))) {
      problems.push(`setting ${key} needs ${keys.join(' < ')}; using ${keys.map((k) => fallback[k]).join(', ')}`);
      return { ...fallback };
    }
    return Object.fromEntries(keys.map((k, i) => [k, read[i]])) as Record<K, number>;
  };
  const bands = increasing('bandThresholds', input.bandThresholds, d.bandThresholds, ['watch', 'strained', 'fire'], 1, 100);
  const reminderDays = increasing('paymentReminders', input.paymentReminders, d.reminderDays, ['friendly', 'firm', 'final'], 1, 3650);

  const tagSynonyms: Record<string, string> = {};
  if (input.tagSynonyms !== undefined && input.tagSynonyms !== null) {
    if (typeof input.tagSynonyms !== 'object' || Array.isArray(input.tagSynonyms)) {
      problems.push('setting tagSynonyms must map a tag to a known tag, such as { "asap": "urgent" }; ignored');
    } else {
      for (const [from, to] of Object.entries(input.tagSynonyms)) {
        const key = from.replace(/^#/, '').toLowerCase();
        if (typeof to !== 'string' || !/^[a-z][\w-]*$/.test(key)) {
          problems.push(`setting tagSynonyms.${from} must be a tag name; ignored`);
          continue;
        }
        tagSynonyms[key] = to.replace(/^#/, '').toLowerCase();
      }
    }
  }

  let channelWords: readonly string[] = d.channelWords;
  if (input.channelWords !== undefined && input.channelWords !== null) {
    const words = Array.isArray(input.channelWords) ? input.channelWords : [undefined];
    if (words.length > 100 || words.some((w) => typeof w !== 'string' || !w.trim() || w.trim().length > 40)) {
      problems.push('setting channelWords must list words such as ["Zoom", "Telegram"] (at most 100, each up to 40 letters); ignored');
    } else {
      channelWords = Object.freeze([...new Set(words.map((w: string) => w.trim().toLowerCase()))]);
    }
  }

  const str = (key: string, value: unknown, fallback: string): string => {
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'string') {
      problems.push(`setting ${key} must be text; using "${fallback}"`);
      return fallback;
    }
    return value;
  };

  let language: Language = d.language;
  if (input.language !== undefined && input.language !== null && input.language !== 'auto') {
    if (input.language === 'en' || input.language === 'ms') language = input.language;
    else problems.push('setting language must be "en" or "ms"; using English');
  }

  const maxKB = num('maxNoteSizeKB', input.maxNoteSizeKB, d.maxNoteBytes / 1024, 1, 1024 * 1024);
  const notesGlob = str('notesGlob', input.notesGlob, d.notesGlob).trim() || d.notesGlob;

  const settings: FrictionSettings = {
    notesGlob,
    workStartMinutes: workStart,
    workEndMinutes: workEnd,
    workingDays,
    halfLifeDays: num('halfLifeDays', input.halfLifeDays, d.halfLifeDays, 1, 3650),
    graceDays: num('graceDays', input.graceDays, d.graceDays, 0, 365),
    replyDays: Math.round(num('replyDays', input.replyDays, d.replyDays, 0, 365)),
    flagDays: Math.round(num('flagDays', input.flagDays, d.flagDays, 0, 3650)),
    concentrationShare: num('concentrationPercent', input.concentrationPercent, d.concentrationShare * 100, 1, 100) / 100,
    weights: Object.freeze(weights),
    scale: num('scale', input.scale, d.scale, 1, 1000),
    bandThresholds: Object.freeze(bands),
    defaultNoticeDays: Math.round(num('defaultNoticeDays', input.defaultNoticeDays, d.defaultNoticeDays, 0, 3650)),
    defaultRevisionsIncluded: Math.round(
      num('defaultRevisionsIncluded', input.defaultRevisionsIncluded, d.defaultRevisionsIncluded, 0, 100),
    ),
    coolDownDays: Math.round(num('coolDownDays', input.coolDownDays, d.coolDownDays, 0, 365)),
    maxNoteBytes: Math.round(maxKB * 1024),
    tagSynonyms: Object.freeze(tagSynonyms),
    channelWords,
    yourName: str('yourName', input.yourName, d.yourName).trim(),
    language,
    // Whole days: a reminder falls on a calendar day.
    reminderDays: Object.freeze({ friendly: Math.round(reminderDays.friendly), firm: Math.round(reminderDays.firm), final: Math.round(reminderDays.final) }),
    homeCurrency: d.homeCurrency,
    exchangeRates: d.exchangeRates,
  };
  let homeCurrency = d.homeCurrency;
  if (input.homeCurrency !== undefined && input.homeCurrency !== null && input.homeCurrency !== '') {
    const code = currencyCode(input.homeCurrency);
    if (code === undefined) problems.push('setting homeCurrency must be a currency code such as "MYR" or "EUR", or empty for the currency most clients use; using the most used one');
    else homeCurrency = code;
  }
  const exchangeRates: Record<string, number> = {};
  if (input.exchangeRates !== undefined && input.exchangeRates !== null) {
    if (typeof input.exchangeRates !== 'object' || Array.isArray(input.exchangeRates)) {
      problems.push('setting exchangeRates must map a currency to its rate in the home currency, such as { "USD": 4.45 }; no currency is converted');
    } else {
      for (const [key, rate] of Object.entries(input.exchangeRates)) {
        const code = currencyCode(key);
        if (code === undefined) problems.push(`setting exchangeRates: "${oneLineSetting(key)}" is not a currency code; ignored`);
        else if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0 || rate > MAX_RATE) {
          problems.push(`setting exchangeRates.${code} must be a number above 0 (home-currency units per ${code}); ${code} has no rate, and its clients no share`);
        } else if (code === homeCurrency && rate !== 1) problems.push(`setting exchangeRates.${code} is the home currency, whose rate is 1; ignored`);
        else if (code !== homeCurrency) exchangeRates[code] = rate;
      }
    }
  }
  settings.homeCurrency = homeCurrency;
  settings.exchangeRates = Object.freeze(exchangeRates);

  let asOf: CalendarDay | undefined;
  if (input.asOf !== undefined && input.asOf !== null && input.asOf !== '') {
    asOf = typeof input.asOf === 'string' ? parseIsoDay(input.asOf.trim()) : undefined;
    if (asOf === undefined) problems.push('setting asOf must be a real date written YYYY-MM-DD, or empty for today; using today');
  }
  return { settings: Object.freeze(settings), problems, asOf };
}

/** A key of a settings object as a problem quotes it: one line, not too long. */
function oneLineSetting(text: string): string {
  const line = text.replace(/[\s\p{C}]+/gu, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/**
 * The `clientFriction.*` configuration keys (as package.json declares them,
 * without the section) that feed each field of the settings: the one map
 * from what a user writes to what the core reads, for the extension's
 * configuration and the CLI's reading of `.vscode/settings.json` alike.
 */
export const CONFIGURATION_KEYS = {
  notesGlob: ['notesGlob'],
  workingHours: ['workingHours.start', 'workingHours.end'],
  workingDays: ['workingDays'],
  halfLifeDays: ['halfLifeDays'],
  graceDays: ['graceDays'],
  replyDays: ['replyDays'],
  flagDays: ['flagDays'],
  concentrationPercent: ['concentrationPercent'],
  weights: ['weights'],
  scale: ['scale'],
  bandThresholds: ['bands'],
  defaultNoticeDays: ['defaultNoticeDays'],
  defaultRevisionsIncluded: ['defaultRevisionsIncluded'],
  coolDownDays: ['coolDownDays'],
  maxNoteSizeKB: ['maxNoteSizeKB'],
  tagSynonyms: ['tagSynonyms'],
  channelWords: ['channelWords'],
  yourName: ['yourName'],
  language: ['language'],
  paymentReminders: ['paymentReminders'],
  asOf: ['asOf'],
  homeCurrency: ['homeCurrency'],
  exchangeRates: ['exchangeRates'],
} as const satisfies Record<keyof SettingsInput, readonly string[]>;

/**
 * The settings input from a lookup of configuration keys (`get('replyDays')`);
 * `workingHours` is the object of its two keys, when either is set.
 */
export function settingsInputFrom(get: (key: string) => unknown): SettingsInput {
  const input: Record<string, unknown> = {};
  for (const [field, keys] of Object.entries(CONFIGURATION_KEYS) as [keyof SettingsInput, readonly string[]][]) {
    if (field === 'workingHours') {
      const [start, end] = [get(keys[0]), get(keys[1])];
      if (start !== undefined || end !== undefined) input.workingHours = { start: start ?? '09:00', end: end ?? '18:00' };
    } else {
      const value = get(keys[0]);
      if (value !== undefined) input[field] = value;
    }
  }
  return input as SettingsInput;
}
