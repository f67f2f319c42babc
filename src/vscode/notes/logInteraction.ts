/**
 * Log Interaction: asks what happened (the client reached out, the client
 * answered, I sent something and wait for an answer, I worked on it), when
 * (now, editable), then the details of that kind, and appends the line the
 * note reader reads as that kind (src/core/interactionEntry.ts) to the
 * note's `## Log` as one undoable edit. Every answer may be given as an
 * argument instead.
 */
import * as vscode from 'vscode';
import { CalendarDay, formatClock, formatIsoDay, parseClock, parseIsoDay, today } from '../../core/dates';
import { Interaction, interactionLine, InteractionKind, KIND_TAGS } from '../../core/interactionEntry';
import { logInsertion } from '../../core/noteEdits';
import { readLogEntry } from '../../core/read/logEntry';
import { isKnownTag, KnownTag, tagDefinition } from '../../core/tags';
import { Command } from '../commands';
import { Commands } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { displayLanguage } from '../workspace/loadSettings';
import { applyDocumentEdit, openNote, showAt } from './editNote';
import { resolveNote } from './noteTarget';

export interface LogInteractionArgs {
  kind?: InteractionKind;
  /** `YYYY-MM-DD HH:MM` or `YYYY-MM-DD`; default now. */
  when?: string;
  /** Hours of work (`work`), or a duration as the log writes it (`1.5h`, `45m`). */
  hours?: number | string;
  channel?: string;
  tags?: string[];
  text?: string;
}

const CHANNELS = ['Call', 'Email', 'WhatsApp', 'Slack', 'Message', 'Meeting', 'Feedback', 'Request'];

export function logInteractionCommand(clients: ClientWorkspace): Command {
  return {
    id: Commands.logInteraction,
    execute: async (target?: unknown, args?: LogInteractionArgs) => {
      const title = vscode.l10n.t('Log Interaction');
      const uri = await resolveNote(clients, target, title);
      if (!uri) return undefined;
      // Given arguments (a test, a keybinding), what they leave out takes its
      // default (now, no channel, no tag, no text) instead of a question.
      const interactive = args === undefined;
      const given = args ?? {};
      const kind = given.kind ?? (interactive ? await pickKind(title) : kindOfTags(given.tags ?? []));
      if (!kind) return undefined;
      const when = given.when !== undefined ? readWhen(given.when) : interactive ? await askWhen(title) : nowWhen();
      if (!when) return undefined;
      let hours: number | undefined;
      if (kind === 'work') {
        hours = given.hours !== undefined ? readHours(String(given.hours)) : await askHours(title);
        if (hours === undefined) return undefined;
      }
      let channel = given.channel;
      if ((kind === 'contact' || kind === 'reply') && interactive) {
        channel = await pickChannel(title);
        if (channel === undefined) return undefined;
      }
      const tags = given.tags !== undefined ? given.tags.filter(isKnownTag) : interactive ? await pickTags(title, kind) : [];
      if (!tags) return undefined;
      const text = given.text ?? (interactive ? await vscode.window.showInputBox({ title, prompt: promptOf(kind), placeHolder: placeholderOf(kind) }) : '');
      if (text === undefined) return undefined;
      const interaction: Interaction = { kind, day: when.day, minutes: when.minutes, hours, channel: channel || undefined, text, tags };
      const entry = interactionLine(interaction, clients.settings);
      const { doc, text: noteText } = await openNote(clients, uri);
      const edit = logInsertion(noteText, entry, clients.settings);
      await applyDocumentEdit(doc, edit);
      await showAt(doc, edit.start + edit.text.length);
      return entry;
    },
  };
}

/** The kind of the tags given without one (an older call, a keybinding): `#waiting` sent, `#reply` a reply, else a contact. */
function kindOfTags(tags: readonly string[]): InteractionKind {
  return tags.includes('waiting') ? 'sent' : tags.includes('reply') ? 'reply' : 'contact';
}

async function pickKind(title: string): Promise<InteractionKind | undefined> {
  const items: (vscode.QuickPickItem & { value: InteractionKind })[] = [
    { value: 'contact', label: `$(comment-discussion) ${vscode.l10n.t('The client reached out')}`, detail: vscode.l10n.t('A call, a message, a request or feedback: it counts as after hours outside your working hours') },
    { value: 'reply', label: `$(reply) ${vscode.l10n.t('The client answered')}`, detail: vscode.l10n.t('Closes what you were waiting for (#reply)') },
    { value: 'sent', label: `$(mail) ${vscode.l10n.t('I sent something and wait for an answer')}`, detail: vscode.l10n.t('A question, work to approve, a reminder (#waiting): silence counts if they do not answer') },
    { value: 'work', label: `$(tools) ${vscode.l10n.t('I worked on it')}`, detail: vscode.l10n.t('Your own work, with its time: never the client\'s after-hours contact') },
  ];
  return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('What happened?') }))?.value;
}

interface When {
  day: CalendarDay;
  minutes?: number;
}

/** `YYYY-MM-DD` with an optional ` HH:MM`, or undefined. */
function readWhen(text: string): When | undefined {
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:\s+(\d{1,2}:\d{2}))?\s*$/.exec(text);
  const day = m ? parseIsoDay(m[1]) : undefined;
  if (!m || day === undefined) return undefined;
  if (m[2] === undefined) return { day };
  const minutes = parseClock(m[2]);
  return minutes === undefined ? undefined : { day, minutes };
}

function nowWhen(): When {
  const now = new Date();
  return { day: today(now), minutes: now.getHours() * 60 + now.getMinutes() };
}

async function askWhen(title: string): Promise<When | undefined> {
  const now = nowWhen();
  const value = `${formatIsoDay(now.day)} ${formatClock(now.minutes!)}`;
  const answer = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('When? (YYYY-MM-DD HH:MM, or the date alone)'),
    value,
    validateInput: (text) => (readWhen(text) ? undefined : vscode.l10n.t('Write a date as YYYY-MM-DD, and the time as HH:MM (24 hours)')),
  });
  return answer === undefined ? undefined : readWhen(answer);
}

/** Hours of `2h`, `1.5h`, `45m`, `2j` or a bare number of hours, read as the log reads durations. */
function readHours(text: string): number | undefined {
  const t = text.trim();
  const written = /^\d+(?:\.\d+)?$/.test(t) ? `${t}h` : t;
  const e = readLogEntry(`- 2000-01-01 ${written} x`, 2, 1, {}, []);
  return e?.hours !== undefined && e.hours > 0 && e.text === 'x' ? e.hours : undefined;
}

async function askHours(title: string): Promise<number | undefined> {
  const answer = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('How long? (2h, 1.5h, 45m)'),
    value: '1h',
    validateInput: (text) => (readHours(text) !== undefined ? undefined : vscode.l10n.t('Write a duration such as 2h, 1.5h or 45m')),
  });
  return answer === undefined ? undefined : readHours(answer);
}

async function pickChannel(title: string): Promise<string | undefined> {
  const other = vscode.l10n.t('Other (no channel word)');
  const picked = await vscode.window.showQuickPick([...CHANNELS, other], { title, placeHolder: vscode.l10n.t('How did they reach out?') });
  return picked === undefined ? undefined : picked === other ? '' : picked;
}

async function pickTags(title: string, kind: InteractionKind): Promise<KnownTag[] | undefined> {
  const { offered } = KIND_TAGS[kind];
  if (offered.length === 0) return [];
  const language = displayLanguage();
  const picked = await vscode.window.showQuickPick(
    offered.map((tag) => ({ label: `#${tag}`, description: tagDefinition(tag).description[language], tag })),
    { title: `${title}: ${vscode.l10n.t('tags (none is fine)')}`, canPickMany: true, placeHolder: vscode.l10n.t('Pick the tags that apply') },
  );
  return picked?.map((p) => p.tag);
}

function promptOf(kind: InteractionKind): string {
  switch (kind) {
    case 'contact':
      return vscode.l10n.t('What did they ask or say?');
    case 'reply':
      return vscode.l10n.t('What did they answer?');
    case 'sent':
      return vscode.l10n.t('What did you send?');
    case 'work':
      return vscode.l10n.t('What did you work on?');
  }
}

function placeholderOf(kind: InteractionKind): string {
  switch (kind) {
    case 'contact':
      return vscode.l10n.t('about the hero image');
    case 'reply':
      return vscode.l10n.t('approved the banner');
    case 'sent':
      return vscode.l10n.t('Sent the proposal for approval');
    case 'work':
      return vscode.l10n.t('Homepage build');
  }
}
