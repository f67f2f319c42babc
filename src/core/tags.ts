/**
 * The one vocabulary of log tags. Everything that names a tag reads this
 * table: the log scanner, the scorer, the Log Interaction picker, the preview's
 * chips, the snippets, and (held by a unit test) the `tagSynonyms` enum in
 * package.json. Adding a tag is one entry here.
 */
import { SignalId } from './settings';

export interface TagDefinition {
  /** Canonical name, lower case, without `#`. */
  readonly tag: string;
  /** Other names that mean the same tag (built in; settings may add more). */
  readonly synonyms?: readonly string[];
  /** The signal it feeds, if any (`#praise`, `#delivered`, `#agreed` and `#billed` feed none directly: they qualify other entries; `#reply` closes what `silence` counts). */
  readonly signal?: SignalId;
  /** The preview chip's colour class: `cf-tag-<chip>` in media/preview.css. */
  readonly chip: string;
  /** What the tag means, in the Log Interaction picker. */
  readonly description: { readonly en: string; readonly ms: string };
}

export const TAG_DEFINITIONS = [
  { tag: 'after-hours', synonyms: ['afterhours', 'luar-waktu'], signal: 'afterHours', chip: 'after-hours', description: { en: 'contact outside working hours', ms: 'hubungan di luar waktu bekerja' } },
  { tag: 'urgent', synonyms: ['segera'], signal: 'afterHours', chip: 'after-hours', description: { en: 'pushed as urgent', ms: 'didesak sebagai segera' } },
  { tag: 'revision', synonyms: ['pindaan'], signal: 'revisions', chip: 'revisions', description: { en: 'a round of revisions', ms: 'satu pusingan pindaan' } },
  { tag: 'vague', synonyms: ['kabur'], signal: 'revisions', chip: 'revisions', description: { en: 'vague feedback ("not quite it")', ms: 'maklum balas kabur ("belum kena")' } },
  { tag: 'scope-creep', synonyms: ['scope-change', 'luar-skop'], signal: 'scopeCreep', chip: 'scope-creep', description: { en: 'asked for work outside the scope', ms: 'meminta kerja di luar skop' } },
  { tag: 'disrespect', synonyms: ['rude', 'biadab'], signal: 'conduct', chip: 'conduct', description: { en: 'rude or disrespectful', ms: 'biadab atau tidak menghormati' } },
  { tag: 'late-payment', synonyms: ['late-paid', 'bayar-lewat'], signal: 'payment', chip: 'payment', description: { en: 'paid late (when invoices are not in the note)', ms: 'bayar lewat (apabila invois tiada dalam nota)' } },
  { tag: 'waiting', synonyms: ['menunggu'], signal: 'silence', chip: 'silence', description: { en: 'sent something that needs their answer', ms: 'menghantar sesuatu yang perlukan jawapan mereka' } },
  { tag: 'reply', synonyms: ['replied', 'dibalas'], signal: 'silence', chip: 'reply', description: { en: 'they answered (closes every open #waiting before it)', ms: 'mereka menjawab (menutup setiap #waiting sebelumnya)' } },
  { tag: 'promise', synonyms: ['janji'], signal: 'payment', chip: 'promise', description: { en: 'promised to pay by a date (write the date and the invoices)', ms: 'berjanji membayar sebelum satu tarikh (tulis tarikh dan invoisnya)' } },
  { tag: 'broken-promise', synonyms: ['mungkir-janji'], signal: 'payment', chip: 'payment', description: { en: 'a promise to pay was broken (when invoices are not in the note)', ms: 'janji untuk membayar dimungkiri (apabila invois tiada dalam nota)' } },
  { tag: 'chargeback', synonyms: ['dispute', 'refund-demand', 'caj-balik', 'pertikai'], signal: 'payment', chip: 'chargeback', description: { en: 'reversed, disputed or demanded back a payment for approved work', ms: 'membatalkan, mempertikaikan atau menuntut balik bayaran bagi kerja yang diluluskan' } },
  { tag: 'praise', synonyms: ['pujian'], chip: 'praise', description: { en: 'kind words (kept, never offsets friction)', ms: 'kata-kata baik (disimpan, tidak mengimbangi geseran)' } },
  { tag: 'delivered', synonyms: ['diserahkan'], chip: 'delivered', description: { en: 'a deliverable was handed over', ms: 'hasil kerja telah diserahkan' } },
  { tag: 'agreed', synonyms: ['scheduled', 'dipersetujui'], chip: 'agreed', description: { en: 'a time agreed with the client (not after hours)', ms: 'masa yang dipersetujui dengan klien (bukan luar waktu)' } },
  { tag: 'billed', synonyms: ['paid-change', 'dibilkan'], chip: 'billed', description: { en: 'the extra round or change was quoted and billed', ms: 'pusingan atau perubahan tambahan itu disebut harga dan dibilkan' } },
] as const satisfies readonly TagDefinition[];

export type KnownTag = (typeof TAG_DEFINITIONS)[number]['tag'];

/** Canonical tag names, in the table's order (the picker's and the snippets'). */
export const KNOWN_TAGS: readonly KnownTag[] = Object.freeze(TAG_DEFINITIONS.map((d) => d.tag));

/**
 * Each known tag as one bit (KNOWN_TAGS[i] is bit i), so a set of tags is a
 * number: the scorer tests an entry's tags with a mask instead of searching
 * a list, on every entry of every note, twice per note (today and 30 days ago).
 */
export const TAG_BIT: Readonly<Record<KnownTag, number>> = Object.freeze(
  Object.fromEntries(KNOWN_TAGS.map((tag, i) => [tag, 1 << i])) as Record<KnownTag, number>,
);

const BY_TAG: ReadonlyMap<string, TagDefinition> = new Map(TAG_DEFINITIONS.map((d) => [d.tag, d]));

/** Built-in synonyms, `rude` → `disrespect`; settings may add more. */
export const BUILT_IN_SYNONYMS: Readonly<Record<string, KnownTag>> = Object.freeze(
  Object.fromEntries(TAG_DEFINITIONS.flatMap((d: TagDefinition) => (d.synonyms ?? []).map((s) => [s, d.tag as KnownTag]))),
);

export function isKnownTag(name: string): name is KnownTag {
  return BY_TAG.has(name);
}

export function tagDefinition(tag: KnownTag): TagDefinition {
  return BY_TAG.get(tag)!;
}

/**
 * The canonical tag a lower-case name stands for (itself, a built-in synonym,
 * or one from settings), or undefined when it names no known tag.
 */
export function canonicalTag(name: string, synonyms: Readonly<Record<string, string>>): KnownTag | undefined {
  if (isKnownTag(name)) return name;
  const own = Object.prototype.hasOwnProperty.call(synonyms, name) ? synonyms[name] : undefined;
  const tag = own ?? (Object.prototype.hasOwnProperty.call(BUILT_IN_SYNONYMS, name) ? BUILT_IN_SYNONYMS[name] : undefined);
  return tag !== undefined && isKnownTag(tag) ? tag : undefined;
}

/**
 * Tags of an entry that make it a contact: the client reaching out or asking
 * (../shared/spec/note-format.md, Log entries: contacts and own work).
 */
export const CONTACT_TAGS: readonly KnownTag[] = ['after-hours', 'urgent', 'revision', 'vague', 'scope-creep', 'disrespect', 'reply', 'chargeback'];

/** Tags of something the freelancer sent: own work, whatever the text says. */
export const OWN_WORK_TAGS: readonly KnownTag[] = ['waiting', 'delivered'];

/**
 * Words that start the text of a contact (a call, a message, a meeting), in
 * English and Malay; the setting `channelWords` adds more. Matched in any
 * case, as whole words.
 */
export const CHANNEL_WORDS: readonly string[] = Object.freeze([
  'call',
  'email',
  'e-mail',
  'whatsapp',
  'slack',
  'sms',
  'message',
  'meeting',
  'feedback',
  'request',
  'panggilan',
  'e-mel',
  'emel',
  'mesej',
  'mesyuarat',
  'maklum balas',
  'permintaan',
]);
