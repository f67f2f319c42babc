/**
 * Offboarding: the checklist and the scripts, filled in from what the note
 * knows. Facts the note lacks are never invented: they become visible
 * placeholders (`‹contact name›`) in text, or tab stops in a snippet.
 */
import { enGB } from 'date-fns/locale/en-GB';
import { ms as msLocale } from 'date-fns/locale/ms';
import { CalendarDay, formatDay, formatIsoDay } from '../dates';
import { latePayments, overdueInvoices, unpaidInvoices } from '../invoices';
import { frictionScore, FrictionResult } from '../score/friction';
import { formatAmount, formatShare } from '../text';
import { noteMarkdown, oneLine, snippetText } from '../sinks';
import { ClientNote, Invoice } from '../read/note';
import { Language, FrictionSettings } from '../settings';
import { LANGUAGES, LanguagePack, ScriptId, Slot } from './templates';

/** Paid invoices this recent are listed for a delivery check when no `#delivered` entry says otherwise. */
export const RECENTLY_PAID_DAYS = 60;
/** The "New payment terms" script lists at most this many late invoices, the latest. */
export const LATE_LIST_MAX = 5;

const DATE_LOCALES = { en: enGB, ms: msLocale };

type Values = Partial<Record<string, string>>;

/** What the note knows, as text per slot; a missing slot is a fact the note lacks. */
export interface OffboardingFacts {
  values: Values;
  /** The log shows `#disrespect`: skip the referral. */
  disrespect: boolean;
  coolDownEnd: CalendarDay;
  announceDate: CalendarDay;
  noticeDays: number;
  noticeEnd: CalendarDay;
  overdue: { invoice: Invoice; daysOverdue: number }[];
  unpaid: Invoice[];
  paidToDeliver: Invoice[];
}

/**
 * What the note knows, each value from the note passed through `escape` for
 * the place it goes (one line by default: a value never adds a line).
 */
export function offboardingFacts(
  note: ClientNote,
  settings: FrictionSettings,
  asOf: CalendarDay,
  language: Language,
  escape: (text: string) => string = oneLine,
): OffboardingFacts {
  const pack = LANGUAGES[language];
  const long = (day: CalendarDay) => formatDay(day, pack.longDate, { locale: DATE_LOCALES[language] });
  const money = (n: number) => escape(formatAmount(n, note.currency));
  const amount = (i: Invoice) => (i.amount === undefined ? undefined : money(i.amount));
  const text = (value: string | undefined) => (value === undefined ? undefined : escape(value));

  const coolDownEnd = asOf + settings.coolDownDays;
  const noticeDays = note.noticeDays ?? settings.defaultNoticeDays;
  const announceDate = coolDownEnd;
  const noticeEnd = announceDate + noticeDays;
  const log = note.log.filter((e) => e.date <= asOf);
  const disrespect = log.some((e) => e.tags.includes('disrespect'));
  const overdue = overdueInvoices(note.invoices, settings, asOf);
  const unpaid = unpaidInvoices(note.invoices, asOf);

  const delivered = log.filter((e) => e.tags.includes('delivered')).reduce((d, e) => Math.max(d, e.date), -Infinity);
  const since = Number.isFinite(delivered) ? delivered : asOf - RECENTLY_PAID_DAYS;
  const paidToDeliver = note.invoices.filter((i) => i.paid !== undefined && i.paid <= asOf && i.paid >= since);

  const firstName = note.contact?.name?.split(/\s+/).find((w) => !/^(dr|mr|mrs|ms|prof|encik|puan|cik|tuan)\.?$/i.test(w));
  const overdueTotal = overdue.reduce((s, o) => s + (o.invoice.amount ?? 0), 0);
  const values: Values = {
    clientName: text(note.name),
    contactName: text(note.contact?.name),
    contactFirstName: text(firstName),
    yourName: text(settings.yourName || undefined),
    today: formatIsoDay(asOf),
    todayLong: long(asOf),
    coolDownEnd: formatIsoDay(coolDownEnd),
    contract: text(note.contract),
    scope: text(note.scope),
    revisionsIncluded: note.revisionsIncluded === undefined ? undefined : String(note.revisionsIncluded),
    noticeDays: String(noticeDays),
    announceDate: formatIsoDay(announceDate),
    // The written notice is sent on the announcement day (after the cool-down): its notice runs from that day.
    announceDateLong: long(announceDate),
    noticeEnd: formatIsoDay(noticeEnd),
    noticeEndLong: long(noticeEnd),
    reason: pack.placeholders.reason,
  };
  if (overdue.length > 0) {
    values.overdueIds = overdue.map((o) => escape(o.invoice.id)).join(', ');
    values.overdueList = overdue
      .map((o) => `- ${fill(pack.steps.overdueItem, { id: escape(o.invoice.id), amount: amount(o.invoice), days: String(o.daysOverdue), due: formatIsoDay(o.invoice.due!) }, pack)}`)
      .join('\n');
    if (overdueTotal > 0) values.overdueTotal = money(overdueTotal);
    values.oldestOverdueDays = String(overdue[0].daysOverdue);
  }
  // The late invoices, for the "New payment terms" script: paid late or still
  // overdue, the latest few by due date, with their average lateness.
  const late = [
    ...latePayments(note.invoices, settings, asOf).map((l) => ({ invoice: l.invoice, days: l.days, item: pack.steps.latePaidItem })),
    ...overdue.map((o) => ({ invoice: o.invoice, days: o.daysOverdue, item: pack.steps.overdueItem })),
  ]
    .sort((a, b) => (a.invoice.due ?? 0) - (b.invoice.due ?? 0) || a.invoice.line - b.invoice.line)
    .slice(-LATE_LIST_MAX);
  if (late.length > 0) {
    values.lateList = late
      .map((l) => `- ${fill(l.item, { id: escape(l.invoice.id), amount: amount(l.invoice), days: String(l.days), due: formatIsoDay(l.invoice.due!) }, pack)}`)
      .join('\n');
    values.averageDaysLate = String(Math.round(late.reduce((s, l) => s + l.days, 0) / late.length));
  }
  return { values, disrespect, coolDownEnd, announceDate, noticeDays, noticeEnd, overdue, unpaid, paidToDeliver };
}

/** `‹label›`: visible in the editor and the preview, and easy to search for. */
export function placeholder(label: string): string {
  return `‹${label}›`;
}

/** Fills `{slot}` marks; a missing value becomes a visible placeholder. */
function fill(template: string, values: Values, pack: LanguagePack): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => values[slot] ?? placeholder(pack.placeholders[slot as Slot] ?? slot));
}

export interface ChecklistOptions {
  /** List the note's problems at the top (the terminal does; the editor has a Problems panel). */
  includeProblems?: boolean;
  /**
   * How many folders the note is below the workspace root (`clients/a.md`: 1):
   * a relative `contract:` is linked only while it stays inside. Default 0.
   */
  noteFolderDepth?: number;
  /**
   * The client's share of the income (0–1), when the caller knows the
   * portfolio: at the concentration share or above, the cool-down step says so.
   */
  incomeShare?: number | null;
}

/**
 * Whether a client may be worth keeping on new terms (a deposit, shorter
 * terms, a late fee) rather than offboarded: most of its friction is
 * payment, and nothing is flagged.
 */
export function keepOnNewTerms(result: FrictionResult): boolean {
  const payment = result.signals.find((s) => s.id === 'payment');
  return result.flags.length === 0 && payment !== undefined && payment.points * 2 >= result.rawPoints;
}


/** The markdown checklist, heading included, ending with a newline. */
export function offboardingChecklist(
  note: ClientNote,
  settings: FrictionSettings,
  asOf: CalendarDay,
  language: Language,
  options: ChecklistOptions = {},
): string {
  const pack = LANGUAGES[language];
  const facts = offboardingFacts(note, settings, asOf, language, noteMarkdown);
  const contract = note.contract === undefined ? undefined : contractMarkdown(note.contract, options.noteFolderDepth ?? 0);
  const values: Values = { ...facts.values, contract };
  const s = pack.steps;
  const amount = (i: Invoice) => (i.amount === undefined ? placeholder(pack.placeholders.overdueTotal) : noteMarkdown(formatAmount(i.amount, note.currency)));
  const id = (i: Invoice) => noteMarkdown(i.id);
  const lines: string[] = [];

  if (options.includeProblems && note.problems.length > 0) {
    lines.push(`> ${pack.problemsHeading}`);
    for (const p of note.problems) lines.push(`> - ${noteMarkdown(`${p.file}:${p.line}: ${p.message}`)}`);
    lines.push('');
  }
  lines.push(`## ${fill(pack.heading, values, pack)}`, '');
  const task = (text: string, depth = 0) => lines.push(`${'  '.repeat(depth)}- [ ] ${text}`);

  task(fill(s.coolDown, values, pack));
  if (keepOnNewTerms(frictionScore(note, settings, asOf, { evidence: false }))) lines.push(`  - ${fill(s.newTermsHint, values, pack)}`);
  const share = options.incomeShare;
  if (share !== undefined && share !== null && share >= settings.concentrationShare) {
    lines.push(`  - ${fill(s.concentration, { ...values, incomeShare: formatShare(share) }, pack)}`);
  }
  task(fill(note.revisionsIncluded === undefined ? s.contractNothing : s.contract, values, pack));
  for (const i of facts.paidToDeliver) {
    task(fill(s.deliverPaid, { id: id(i), amount: amount(i), paid: formatIsoDay(i.paid!) }, pack), 1);
  }
  if (facts.unpaid.length > 0) {
    task(fill(s.minimiseDamage, values, pack));
    const overdueIds = new Map(facts.overdue.map((o) => [o.invoice, o.daysOverdue]));
    for (const i of facts.unpaid) {
      const days = overdueIds.get(i);
      const due = i.due === undefined ? placeholder(pack.placeholders.deliverableEnd) : formatIsoDay(i.due);
      task(
        days === undefined
          ? fill(s.unpaidItem, { id: id(i), amount: amount(i), due }, pack)
          : fill(s.overdueItem, { id: id(i), amount: amount(i), days: String(days), due }, pack),
        1,
      );
    }
  } else {
    task(fill(s.minimiseDamageNothing, values, pack));
  }
  task(fill(s.meet, values, pack));
  task(fill(s.keepShort, values, pack));
  task(fill(s.notice, values, pack));
  if (facts.disrespect) lines.push(`- ${pack.referralSkipped}`);
  else task(fill(s.referral, values, pack));
  return `${lines.join('\n')}\n`;
}

/**
 * The contract in the checklist: a link when it is an http(s) URL or a
 * relative path that stays inside the workspace (`folderDepth` folders above
 * the note), written as text otherwise (a `command:` or `vscode:` URI, an
 * absolute path, a path that climbs out).
 */
export function contractMarkdown(contract: string, folderDepth: number): string {
  const target = contract.trim();
  return isSafeLinkTarget(target, folderDepth) ? `[${noteMarkdown(target)}](${target})` : noteMarkdown(contract);
}

function isSafeLinkTarget(target: string, folderDepth: number): boolean {
  if (!/^[^\s()<>[\]\\%`'"]+$/.test(target)) return false;
  if (/^https?:\/\/[^/]/i.test(target)) return true;
  // No scheme (`command:`, `vscode:`, `file:`, `C:`), not absolute, not from home.
  if (target.includes(':') || target.startsWith('/') || target.startsWith('~')) return false;
  let depth = 0;
  for (const part of target.split(/[?#]/)[0].split('/')) {
    if (part === '..') {
      if (--depth < -folderDepth) return false;
    } else if (part !== '.' && part !== '') depth++;
  }
  return true;
}

export interface ScriptInfo {
  id: ScriptId;
  title: string;
  detail: string;
  /** Why this script may be the wrong one for this client, when it is. */
  warning?: string;
  /** Why this script fits this client, when it stands out. */
  recommended?: string;
}

export const SCRIPT_IDS: readonly ScriptId[] = [
  'shortConversation',
  'writtenNotice',
  'referralEmail',
  'agencyVariant',
  'specialistVariant',
  'handoverNote',
  'paymentFriendly',
  'paymentFirm',
  'paymentFinal',
  'newTerms',
];

const REFERRAL_SCRIPTS = new Set<ScriptId>(['referralEmail', 'agencyVariant', 'specialistVariant']);

export function listScripts(note: ClientNote, settings: FrictionSettings, asOf: CalendarDay, language: Language): ScriptInfo[] {
  const pack = LANGUAGES[language];
  const facts = offboardingFacts(note, settings, asOf, language);
  const newTerms = keepOnNewTerms(frictionScore(note, settings, asOf, { evidence: false }));
  return SCRIPT_IDS.map((id) => ({
    id,
    title: pack.scripts[id].title,
    detail: pack.scripts[id].detail,
    warning: facts.disrespect && REFERRAL_SCRIPTS.has(id) ? pack.referralWarning : undefined,
    recommended: newTerms && id === 'newTerms' ? pack.newTermsReason : undefined,
  }));
}

export type ScriptMode = 'text' | 'snippet';

/**
 * A script filled in from the note. In `snippet` mode the result is VS Code
 * snippet syntax: known facts are escaped literals, and each missing fact is
 * a tab stop (the same fact twice is one mirrored stop).
 */
export function renderScript(
  id: ScriptId,
  note: ClientNote,
  settings: FrictionSettings,
  asOf: CalendarDay,
  language: Language,
  mode: ScriptMode,
): string {
  const pack = LANGUAGES[language];
  const values = offboardingFacts(note, settings, asOf, language, oneLine).values;
  const body = pack.scripts[id].body;
  if (mode === 'text') return fill(body, values, pack);
  return snippetBody(body, (slot) => values[slot], pack);
}

/**
 * Turns a template into snippet syntax. `known(slot)` gives a fact (inserted
 * literally), raw snippet text such as `$CURRENT_YEAR` (`{ snippet }`), or
 * undefined for a tab stop.
 */
export function snippetBody(template: string, known: (slot: string) => string | { snippet: string } | undefined, pack: LanguagePack): string {
  const stops = new Map<string, number>();
  let out = '';
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    out += escapeSnippet(template.slice(last, m.index));
    last = m.index! + m[0].length;
    const slot = m[1];
    const value = known(slot);
    if (typeof value === 'string') {
      out += escapeSnippet(value);
      continue;
    }
    if (value !== undefined) {
      out += value.snippet;
      continue;
    }
    if (!stops.has(slot)) stops.set(slot, stops.size + 1);
    out += `\${${stops.get(slot)}:${escapeSnippet(pack.placeholders[slot as Slot] ?? slot)}}`;
  }
  return `${out}${escapeSnippet(template.slice(last))}$0`;
}

/** Snippet syntax treats `$`, `}` and `\` specially; note text must stay literal. */
export const escapeSnippet = snippetText;
