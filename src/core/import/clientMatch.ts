/**
 * Which note an export's client name belongs to: the note's `client:` name
 * (or the name the note falls back to) or one of its `aliases:`, compared
 * ignoring case, accents, spaces and punctuation (`CEDAR & PINE architects`
 * is `Cedar & Pine Architects`). A name that fits two notes is not guessed.
 */
import { nameKey } from './cells';

export type Match = { kind: 'note'; note: number } | { kind: 'none' } | { kind: 'ambiguous'; notes: number[] };

export class ClientMatcher {
  private readonly byKey = new Map<string, number[]>();
  private readonly chosen = new Map<string, number>();

  /** `names[i]` are the names of note i: its name first, then its aliases. */
  constructor(names: readonly (readonly string[])[]) {
    names.forEach((list, note) => {
      for (const name of list) {
        const key = nameKey(name);
        if (!key) continue;
        const notes = this.byKey.get(key);
        if (!notes) this.byKey.set(key, [note]);
        else if (!notes.includes(note)) notes.push(note);
      }
    });
  }

  /** Sends `name` to `note` whatever the notes say (a choice the user made). */
  choose(name: string, note: number): void {
    this.chosen.set(nameKey(name), note);
  }

  match(name: string): Match {
    const key = nameKey(name);
    const chosen = this.chosen.get(key);
    if (chosen !== undefined) return { kind: 'note', note: chosen };
    const notes = key ? this.byKey.get(key) : undefined;
    if (!notes) return { kind: 'none' };
    return notes.length === 1 ? { kind: 'note', note: notes[0] } : { kind: 'ambiguous', notes };
  }
}

/** Whether a name is already one of the note's names (so adding it as an alias would change nothing). */
export function hasName(names: readonly string[], name: string): boolean {
  const key = nameKey(name);
  return names.some((n) => nameKey(n) === key);
}

// Words too common in company names to tell two clients apart.
const COMMON_WORDS = new Set(['the', 'and', 'ltd', 'limited', 'inc', 'llc', 'llp', 'gmbh', 'co', 'company', 'corp', 'group', 'studio', 'studios', 'sdn', 'bhd', 'plc', 'sa', 'sas', 'srl', 'bv', 'ag', 'pty', 'agency', 'services', 'solutions', 'design', 'media']);

function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !COMMON_WORDS.has(w));
}

/**
 * The note an unknown client name most likely is another name of (`NW
 * Studio` for `Northwind Studio` is not guessed, `Northwind` is): the one
 * note sharing a distinctive word with it, or whose name starts the other.
 * Undefined when none, or more than one, fits: then a new note is likelier.
 */
export function likelyNote(name: string, notes: readonly { file: string; name: string }[]): string | undefined {
  const mine = new Set(words(name));
  const key = nameKey(name);
  const fits = notes.filter((n) => {
    const other = nameKey(n.name);
    if (key.length >= 4 && other.length >= 4 && (other.startsWith(key) || key.startsWith(other))) return true;
    return words(n.name).some((w) => mine.has(w));
  });
  return fits.length === 1 ? fits[0].file : undefined;
}
