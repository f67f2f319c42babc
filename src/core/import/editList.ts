/**
 * Several targeted edits of one note, each computed on the text as the
 * previous ones left it (so every step reads the note it edits), kept as
 * edits of the original text: sorted, never overlapping, an edit that lands
 * inside or against text inserted earlier merged into that insertion. The
 * VS Code layer applies the list as one undoable edit; the CLI applies it to
 * the file's text.
 */
import { TextEdit } from '../noteEdits';

export class EditList {
  private readonly list: TextEdit[] = [];

  constructor(readonly original: string) {}

  get edits(): readonly TextEdit[] {
    return this.list;
  }

  /** The original text with every edit so far applied. */
  get text(): string {
    return applyTextEdits(this.original, this.list);
  }

  /** Adds an edit given in the coordinates of `this.text`. */
  add(edit: TextEdit): void {
    let delta = 0; // offset in the current text minus offset in the original, before list[i]
    for (let i = 0; i < this.list.length; i++) {
      const e = this.list[i];
      const start = e.start + delta; // where e's text is in the current text
      const end = start + e.text.length;
      if (edit.end < start) {
        this.list.splice(i, 0, { start: edit.start - delta, end: edit.end - delta, text: edit.text });
        return;
      }
      if (edit.start >= start && edit.end <= end) {
        // Inside (or against) e's own text: it becomes part of it.
        e.text = e.text.slice(0, edit.start - start) + edit.text + e.text.slice(edit.end - start);
        return;
      }
      if (edit.end === start) {
        // Replaces original text up to where e's text starts: one edit with e.
        this.list[i] = { start: edit.start - delta, end: e.end, text: edit.text + e.text };
        return;
      }
      if (edit.start < end) throw new Error('overlapping edits');
      delta += e.text.length - (e.end - e.start);
    }
    this.list.push({ start: edit.start - delta, end: edit.end - delta, text: edit.text });
  }

  /** Adds edits computed together on `this.text` (not overlapping), the last first so each offset stays valid. */
  addAll(edits: readonly TextEdit[]): void {
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) this.add(edit);
  }
}

/** Applies edits of one text (sorted or not, never overlapping). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
