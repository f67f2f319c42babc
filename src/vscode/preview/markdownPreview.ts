/**
 * The built-in markdown preview of a client note: log tags become small chips
 * coloured by the signal they feed, and a line at the top shows the score and
 * band. Everything taken from the note is HTML-escaped.
 *
 * VS Code passes its own markdown-it instance; this file only adds rules to it.
 */
// Types only; markdown-it's CommonJS typings are an `export =` of a class and a namespace.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import type MarkdownIt = require('markdown-it');
import type * as vscode from 'vscode';
import { L10n } from '../../core/l10n';
import { signalLabel } from '../../core/labels';
import { canonicalTag, tagDefinition } from '../../core/tags';
import { ClientSummary, scoreHeadline } from '../../core/rank/portfolio';

type Md = InstanceType<typeof MarkdownIt>;
type StateCore = MarkdownIt.StateCore;
type Token = MarkdownIt.Token;

const TAG = /(^|[\s(])#([A-Za-z][\w-]*)/g;
const SCORE_TOKEN = 'client_friction_score';
const ESCAPED_HASH = 'client_friction_escaped_hash';

/** `l10n` words the score line (the extension passes `vscode.l10n`; its texts hold no HTML). */
export function frictionPreviewPlugin(summaryOf: (uri: vscode.Uri) => ClientSummary | undefined, synonyms: () => Readonly<Record<string, string>>, l10n: L10n) {
  return (md: Md): Md => {
    const escape = md.utils.escapeHtml;

    // `\#tag` is not a tag (note-format.md), as the note reader has it: the
    // escape becomes a token of its own, which no chip starts at. (markdown-it
    // before 13 put an escaped `#` in the text with no trace of its `\`.)
    md.inline.ruler.before('escape', ESCAPED_HASH, (state, silent) => {
      if (state.src.charCodeAt(state.pos) !== 0x5c /* \ */ || state.src.charCodeAt(state.pos + 1) !== 0x23 /* # */) return false;
      if (!silent) state.push(ESCAPED_HASH, '', 0).content = '#';
      state.pos += 2;
      return true;
    });
    md.renderer.rules[ESCAPED_HASH] = () => '#';

    md.core.ruler.push('client_friction_tags', (state: StateCore) => {
      for (const block of state.tokens) {
        if (block.type !== 'inline' || !block.children) continue;
        const out: Token[] = [];
        let previous: Token | undefined;
        for (const child of block.children) {
          const before = previous;
          previous = child;
          if (child.type !== 'text' || !child.content.includes('#')) {
            out.push(child);
            continue;
          }
          // A `#` at the start of a text token is a tag's only at the start
          // of a line: after `\#`, `**bold**` or `<b>` it follows a character
          // that is not a space, and the note reader reads no tag there.
          const atLineStart = before === undefined || before.type === 'softbreak' || before.type === 'hardbreak';
          let last = 0;
          const text = child.content;
          for (const m of text.matchAll(TAG)) {
            if (m.index === 0 && m[1] === '' && !atLineStart) continue;
            const tag = canonicalTag(m[2].toLowerCase(), synonyms());
            if (!tag) continue;
            const start = m.index! + m[1].length;
            out.push(textToken(state, text.slice(last, start)));
            const chip = new state.Token('html_inline', '', 0);
            chip.content = `<span class="cf-tag cf-tag-${tagDefinition(tag).chip}" title="${escape(tag)}">#${escape(m[2])}</span>`;
            out.push(chip);
            last = start + 1 + m[2].length;
          }
          if (last === 0) out.push(child);
          else if (last < text.length) out.push(textToken(state, text.slice(last)));
        }
        block.children = out;
      }
    });

    // The preview caches tokens per document and only knows which document it
    // renders at render time (env.currentDocument), so the score line is a
    // placeholder token filled in by a renderer rule with the current score.
    md.core.ruler.push('client_friction_score', (state: StateCore) => {
      const placeholder = new state.Token(SCORE_TOKEN, '', 0);
      placeholder.block = true;
      state.tokens.unshift(placeholder);
    });
    md.renderer.rules[SCORE_TOKEN] = (_tokens, _idx, _options, env) => {
      const uri = (env as { currentDocument?: vscode.Uri } | undefined)?.currentDocument;
      const summary = uri ? summaryOf(uri) : undefined;
      if (!summary) return '';
      const top = summary.signals[0];
      return (
        `<div class="cf-score cf-band-${summary.band}">${l10n.t('Friction {0}', scoreHeadline(summary, l10n, `<strong>${summary.score}</strong>`))}` +
        (top ? ` — ${escape(signalLabel(top.id, l10n))}: ${escape(top.detail)}` : '') +
        `</div>\n`
      );
    };
    return md;
  };
}

function textToken(state: StateCore, content: string): Token {
  const t = new state.Token('text', '', 0);
  t.content = content;
  return t;
}
