/**
 * The one place where text from a note (a name, a detail, an invoice id, a
 * file name) becomes text of another kind, with the escaping each place needs.
 * Every string that came from a note goes through one of these on its way out:
 *
 * - `noteMarkdown`: markdown written into a note (the checklist): one line,
 *   and no link, HTML or comment it could open;
 * - `markdownText`: a MarkdownString (tooltips, hovers): every markdown and
 *   theme-icon character escaped;
 * - `reportMarkdownText`: the markdown report (`report --md`, to a file or a
 *   terminal): as markdownText, and control characters shown as escapes;
 * - `notificationText`: a VS Code notification, which turns `[label](command:…)`
 *   into a link it runs on click and knows no escapes: the pattern is broken;
 * - `terminalText`: a terminal line: control characters (escape sequences,
 *   line breaks, bidirectional overrides) shown as `\x1b`-style escapes;
 * - `snippetText`: literal text inside a VS Code snippet;
 * - `quickPickText`: a quick pick's label, description or title, where
 *   `$(name)` is an icon.
 *
 * Pure functions of their input, linear in its length.
 */

// Everything an editor, a terminal or a markdown renderer may take as a line break.
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/** The text on one line: every line break becomes a space. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

/**
 * Note text inside markdown written into a note: one line (so it cannot start
 * a list item, a task or a heading), with `\`, `[`, `]` and `<` escaped (so it
 * cannot open a link, HTML or a comment that would swallow the lines after it).
 */
export function noteMarkdown(text: string): string {
  return oneLine(text).replace(/[\\[\]<]/g, (c) => (c === '<' ? '&lt;' : `\\${c}`));
}

/**
 * Text from a note made safe to put inside a MarkdownString: every markdown
 * and theme-icon character is backslash-escaped and `<`, `>`, `&` become
 * entities, so names like `[x](command:…)`, `<img onerror=…>` or `$(alert)`
 * show literally even where HTML or links would otherwise render.
 */
export function markdownText(text: string): string {
  return oneLine(
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_{}[\]()#+\-.!|~$]/g, '\\$&'),
  );
}

/**
 * Text from a note in the markdown report (a table cell, a problem's line):
 * markdownText (one line, `|` and every other markdown character escaped),
 * then every control character left (ESC, BEL, NUL, bidirectional
 * overrides) shown as terminalText shows it, as the report may be printed
 * to a terminal. A note's text never adds a row, a column or a control
 * character; a `\x1b` reads as those four characters in any preview too.
 */
export function reportMarkdownText(text: string): string {
  return terminalText(markdownText(text));
}

/**
 * Text for a VS Code notification (showInformationMessage and the like). Its
 * message renders `[label](https:…|command:…|file:…)` as a link (the
 * workbench's linkedText pattern) and has no escape for it, so a zero-width
 * space is put between `]` and `(`: the text reads the same and links nothing.
 */
export function notificationText(text: string): string {
  return oneLine(text).replace(/\]\(/g, ']\u200b(');
}

// C0 controls, DEL, C1 controls, line and paragraph separators, and the
// bidirectional embeddings, overrides and isolates.
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a terminal line: every control character is shown as an escape
 * (`\x1b`, `\n`, `\u202e`), so no note or file name can move the cursor,
 * clear the screen, set the title or start a line of its own.
 */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Text for a quick pick's label, description or title: one line, and `$(name)` is not an icon. */
export function quickPickText(text: string): string {
  return text.replace(/\$\(/g, '$\u200b(').replace(/[\r\n]+/g, ' ');
}

/** Literal text inside a VS Code snippet: `$`, `}` and `\` escaped. */
export function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}
