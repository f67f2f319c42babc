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
