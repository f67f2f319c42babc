/**
 * Text from a note, made safe to put inside a MarkdownString: every markdown
 * and theme-icon character is backslash-escaped and `<`, `>`, `&` become
 * entities, so names like `[x](command:…)`, `<img onerror=…>` or `$(alert)`
 * show literally even where HTML or links would otherwise render.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~$]/g, '\\$&')
    .replace(/\r?\n/g, ' ');
}
