/**
 * Help while typing a client note (the documents the notes glob names, per
 * workspace folder): hovers on an invoice id (amount, due, paid or days
 * overdue, the next reminder), on a tag (what it means and how it weighs)
 * and on `hours:` (what was read of it); completion of tags after `#` (their
 * Malay names too), of the unpaid invoices' ids in a `#promise` entry, of the
 * frontmatter's keys and of `status:` values. The tag and key lists are
 * fixed; a note's invoices are read once per version of the document, only
 * when a hover or a promise needs them.
 */
import * as vscode from 'vscode';
import { CalendarDay, formatIsoDay } from '../../core/dates';
import { isPaidBy } from '../../core/invoices';
import { signalLabel } from '../../core/labels';
import { formatAmount } from '../../core/text';
import { parseAgreedHours } from '../../core/read/agreedHours';
import { findFrontmatter } from '../../core/read/frontmatter';
import { ClientNote, parseClientNote, STATUSES } from '../../core/read/note';
import { nextReminder } from '../../core/report/ageing';
import { toneLabel } from '../../core/report/words';
import { FrictionSettings, WEEKDAY_NAMES } from '../../core/settings';
import { BUILT_IN_SYNONYMS, canonicalTag, KnownTag, TAG_DEFINITIONS, tagDefinition } from '../../core/tags';
import { Disposable } from '../lifecycle';
import { escapeMarkdownText } from '../markdownText';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { noteStem } from '../workspace/noteFiles';
import { displayLanguage, folderSettings } from '../workspace/loadSettings';

/** The frontmatter keys of the spec, in the order a note usually has them. */
const FRONTMATTER_KEYS = ['client', 'aliases', 'status', 'contact', 'since', 'rate', 'currency', 'notice_days', 'revisions_included', 'hours', 'contract', 'scope', 'invoices', 'tags'];

export class NoteLanguageFeatures extends Disposable {
  private registration: vscode.Disposable | undefined;
  /** The last few notes read for a hover or a completion, by URI and version. */
  private readonly parsed = new Map<string, { version: number; note: ClientNote }>();

  constructor(private readonly clients: ClientWorkspace) {
    super();
    this.registerFor();
    // The notes glob is a setting: the selector follows it.
    this.register(clients.onDidRebuild(() => this.registerFor()));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.registerFor()));
    this.register({ dispose: () => this.registration?.dispose() });
  }

  private selector(): vscode.DocumentSelector {
    // Each folder's own notes glob (a folder's settings may set it).
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => ({ language: 'markdown', pattern: new vscode.RelativePattern(folder, folderSettings(this.clients.settings, folder).notesGlob) }));
  }

  private registerFor(): void {
    this.registration?.dispose();
    const selector = this.selector();
    this.registration = vscode.Disposable.from(
      vscode.languages.registerHoverProvider(selector, { provideHover: (doc, pos) => this.hover(doc, pos) }),
      vscode.languages.registerCompletionItemProvider(selector, { provideCompletionItems: (doc, pos) => this.complete(doc, pos) }, '#', ' '),
    );
  }

  /** The note as the document holds it now, read once per version. */
  private noteOf(doc: vscode.TextDocument): ClientNote {
    const key = doc.uri.toString();
    const cached = this.parsed.get(key);
    if (cached?.version === doc.version) return cached.note;
    const note = parseClientNote(doc.getText(), { file: key, fileStem: noteStem(doc.uri), settings: this.clients.settings });
    this.parsed.delete(key);
    this.parsed.set(key, { version: doc.version, note });
    // Keep a few: the ones being typed in.
    while (this.parsed.size > 8) this.parsed.delete(this.parsed.keys().next().value!);
    return note;
  }

  hover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const line = doc.lineAt(pos.line).text;
    const settings = this.clients.settings;
    const tagRange = doc.getWordRangeAtPosition(pos, /#[A-Za-z][\w-]*/);
    if (tagRange) {
      const word = doc.getText(tagRange).slice(1).toLowerCase();
      const before = tagRange.start.character > 0 ? line[tagRange.start.character - 1] : ' ';
      const tag = /[\s(]/.test(before) ? canonicalTag(word, settings.tagSynonyms) : undefined;
      if (tag) return new vscode.Hover(tagHover(tag, word, settings), tagRange);
    }
    if (/^hours\s*:/.test(line) && this.inFrontmatter(doc, pos.line)) return new vscode.Hover(hoursHover(line.replace(/^hours\s*:\s*/, '').replace(/^["']|["']\s*(#.*)?$/g, '')), doc.lineAt(pos.line).range);
    const idRange = doc.getWordRangeAtPosition(pos, /[A-Za-z0-9][\w./-]*/);
    if (!idRange) return undefined;
    const id = doc.getText(idRange);
    const note = this.noteOf(doc);
    const invoice = note.invoices.find((i) => i.id === id);
    if (!invoice) return undefined;
    return new vscode.Hover(invoiceHover(note, invoice.id, settings, this.clients.asOf), idRange);
  }

  complete(doc: vscode.TextDocument, pos: vscode.Position): vscode.CompletionItem[] | undefined {
    const before = doc.lineAt(pos.line).text.slice(0, pos.character);
    const inFrontmatter = this.inFrontmatter(doc, pos.line);
    if (inFrontmatter) {
      if (/^status:\s*\w*$/.test(before)) return STATUSES.map((s) => item(s, vscode.CompletionItemKind.EnumMember, undefined, rangeOfWord(pos, before)));
      if (/^[a-z_]*$/.test(before)) {
        return FRONTMATTER_KEYS.map((k) => {
          const c = item(k, vscode.CompletionItemKind.Property, vscode.l10n.t('client note field'), rangeOfWord(pos, before));
          c.insertText = `${k}: `;
          return c;
        });
      }
      return undefined;
    }
    const hash = /(^|[\s(])#([\w-]*)$/.exec(before);
    if (hash) {
      const range = new vscode.Range(pos.translate(0, -hash[2].length - 1), pos);
      const language = displayLanguage();
      const items: vscode.CompletionItem[] = [];
      for (const d of TAG_DEFINITIONS) {
        items.push(tagItem(d.tag, d.tag, d.description[language], range, true));
        for (const synonym of d.synonyms ?? []) items.push(tagItem(synonym, d.tag, d.description[language], range, false));
      }
      // The user's own synonyms (setting tagSynonyms) too.
      for (const own of Object.keys(this.clients.settings.tagSynonyms)) {
        const known = canonicalTag(own, this.clients.settings.tagSynonyms);
        if (known && !Object.hasOwn(BUILT_IN_SYNONYMS, own) && own !== known) items.push(tagItem(own, known, tagDefinition(known).description[language], range, false));
      }
      return items;
    }
    // Invoice ids in a promise to pay: the unpaid ones.
    const lineText = doc.lineAt(pos.line).text;
    if (/^\s*[-*+]\s+\d{4}-\d{2}-\d{2}/.test(lineText) && /(^|\s)#(promise|janji)\b/i.test(lineText)) {
      const note = this.noteOf(doc);
      const word = /[\w./-]*$/.exec(before)![0];
      return note.invoices
        .filter((i) => !isPaidBy(i, this.clients.asOf))
        .map((i) => item(i.id, vscode.CompletionItemKind.Reference, [i.amount === undefined ? undefined : formatAmount(i.amount, note.currency), i.due === undefined ? undefined : vscode.l10n.t('due {0}', formatIsoDay(i.due))].filter(Boolean).join(' · '), rangeOfWord(pos, word)));
    }
    return undefined;
  }

  private inFrontmatter(doc: vscode.TextDocument, line: number): boolean {
    const fm = findFrontmatter(doc.getText());
    if (!fm) return false;
    const first = doc.positionAt(fm.yamlStart).line;
    const last = doc.positionAt(fm.yamlEnd).line;
    return line >= first && line <= last && line > 0;
  }
}

function rangeOfWord(pos: vscode.Position, word: string): vscode.Range {
  const length = /[\w./-]*$/.exec(word)![0].length;
  return new vscode.Range(pos.translate(0, -length), pos);
}

function item(label: string, kind: vscode.CompletionItemKind, detail: string | undefined, range: vscode.Range): vscode.CompletionItem {
  const c = new vscode.CompletionItem(label, kind);
  c.detail = detail;
  c.range = range;
  return c;
}

function tagItem(word: string, tag: KnownTag, description: string, range: vscode.Range, canonical: boolean): vscode.CompletionItem {
  const c = item(`#${word}`, vscode.CompletionItemKind.Keyword, canonical ? description : `= #${tag} · ${description}`, range);
  c.filterText = `#${word}`;
  // The tags of the spec first, then their other names (Malay, synonyms).
  c.sortText = `${canonical ? '0' : '1'}${word}`;
  return c;
}

/** What a tag means and how it weighs, in the interface's words. */
function tagHover(tag: KnownTag, written: string, settings: FrictionSettings): vscode.MarkdownString {
  const d = tagDefinition(tag);
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**#${tag}**${written !== tag ? ` (#${escapeMarkdownText(written)})` : ''} — ${escapeMarkdownText(d.description[displayLanguage()])}\n\n`);
  const weight = tagWeight(tag, settings);
  if (weight) md.appendMarkdown(`${escapeMarkdownText(weight)}\n\n`);
  if (d.signal) md.appendMarkdown(escapeMarkdownText(vscode.l10n.t('Signal: {0}', signalLabel(d.signal, vscode.l10n))));
  return md;
}

function tagWeight(tag: KnownTag, s: FrictionSettings): string | undefined {
  const half = s.halfLifeDays;
  switch (tag) {
    case 'after-hours':
      return vscode.l10n.t('A contact outside your working hours: 2 points, halving every {0} days.', half);
    case 'urgent':
      return vscode.l10n.t('Pushed as urgent: 1.5 points, halving every {0} days.', half);
    case 'revision':
      return vscode.l10n.t('Counts beyond the rounds included: 3 points for the first extra round, 1 more for each further one; a fifth of that when billed.');
    case 'vague':
      return vscode.l10n.t('Vague feedback: 2 points, halving every {0} days.', half);
    case 'scope-creep':
      return vscode.l10n.t('Work outside the scope: 3 points and 0.5 an hour it took; a fifth of that when billed.');
    case 'disrespect':
      return vscode.l10n.t('Heavy: 20 points, and the client is flagged (never below strained) for {0} days.', s.flagDays);
    case 'chargeback':
      return vscode.l10n.t('As heavy as disrespect: 20 points, and the client is flagged for {0} days.', s.flagDays);
    case 'late-payment':
      return vscode.l10n.t('6 points, where the note does not list its invoices.');
    case 'waiting':
      return vscode.l10n.t('Silence counts once {0} days pass without a #reply: 2 points and 1 more every 2.5 days, not fading while open. A #waiting sent while one is open is a reminder of the same wait.', s.replyDays);
    case 'reply':
      return vscode.l10n.t('Closes every open #waiting before it.');
    case 'promise':
      return vscode.l10n.t('Judged on the first date in the text and the invoices it names: broken, it weighs 8 points and more.');
    case 'broken-promise':
      return vscode.l10n.t('A broken promise to pay: 8 points.');
    case 'praise':
      return vscode.l10n.t('Kept and shown; it never offsets friction.');
    case 'delivered':
      return vscode.l10n.t('Something you handed over (your own work): revision rounds after it belong to the next deliverable.');
    case 'agreed':
      return vscode.l10n.t('Planned together: this contact is never after hours.');
    case 'billed':
      return vscode.l10n.t('Quoted and billed on top: the extra round or change weighs a fifth.');
  }
}

function hoursHover(value: string): vscode.MarkdownString {
  const read = parseAgreedHours(value);
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = false;
  if ('error' in read) {
    md.appendMarkdown(escapeMarkdownText(vscode.l10n.t('These hours cannot be read: the working hours apply. Write days and ranges, such as "Mon-Fri 08:00-20:00" or "Tue,Thu 21:30-23:00; Sat 10:00-12:00".')));
    return md;
  }
  md.appendMarkdown(`**${escapeMarkdownText(vscode.l10n.t('Agreed contact times'))}** — ${escapeMarkdownText(vscode.l10n.t('a contact inside them is not after hours'))}\n\n`);
  for (const r of read.hours.ranges) {
    const days = WEEKDAY_NAMES.filter((_, d) => (r.days & (1 << d)) !== 0).join(', ');
    const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    md.appendMarkdown(`- ${escapeMarkdownText(days)}: ${clock(r.start)}–${clock(r.end)}${r.end <= r.start ? ` ${escapeMarkdownText(vscode.l10n.t('(past midnight)'))}` : ''}\n`);
  }
  return md;
}

function invoiceHover(note: ClientNote, id: string, settings: FrictionSettings, asOf: CalendarDay): vscode.MarkdownString {
  const invoice = note.invoices.find((i) => i.id === id)!;
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = false;
  md.supportHtml = false;
  const parts: string[] = [];
  if (invoice.amount !== undefined) parts.push(formatAmount(invoice.amount, note.currency));
  if (invoice.issued !== undefined) parts.push(vscode.l10n.t('issued {0}', formatIsoDay(invoice.issued)));
  if (invoice.due !== undefined) parts.push(vscode.l10n.t('due {0}', formatIsoDay(invoice.due)));
  md.appendMarkdown(`**${escapeMarkdownText(id)}** — ${escapeMarkdownText(parts.join(' · '))}\n\n`);
  if (isPaidBy(invoice, asOf)) {
    const late = invoice.paid !== undefined && invoice.due !== undefined ? invoice.paid - invoice.due : undefined;
    md.appendMarkdown(
      escapeMarkdownText(
        invoice.paid === undefined
          ? vscode.l10n.t('Paid.')
          : late !== undefined && late > settings.graceDays
            ? vscode.l10n.t('Paid {0}, {1} days after its due date.', formatIsoDay(invoice.paid), late)
            : vscode.l10n.t('Paid {0}.', formatIsoDay(invoice.paid)),
      ),
    );
  } else if (invoice.due !== undefined && asOf > invoice.due) {
    const next = nextReminder(invoice.due, asOf, settings);
    const when = next.day === asOf ? vscode.l10n.t('today') : formatIsoDay(next.day);
    md.appendMarkdown(escapeMarkdownText(vscode.l10n.t('Unpaid, {0} days overdue. Next reminder: {1}, {2}.', asOf - invoice.due, toneLabel(next.tone, vscode.l10n), when)));
  } else {
    md.appendMarkdown(escapeMarkdownText(invoice.due === undefined ? vscode.l10n.t('Unpaid, with no due date.') : vscode.l10n.t('Unpaid, not due yet.')));
  }
  return md;
}
