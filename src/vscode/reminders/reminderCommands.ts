/**
 * The Reminders view's commands: Show Reminders (the status bar's click),
 * Send (the payment script of the reminder's tone, through Send Script…),
 * Mark as Sent (appends `- YYYY-MM-DD Sent reminder for NW-019 #waiting` to
 * the note's log as one undoable edit, which also starts the silence clock)
 * and Snooze (hidden until a later day). Each takes its reminder as a view
 * row, as `{ file, invoice }`, or asks; its answers may be given as arguments.
 */
import * as vscode from 'vscode';
import { CalendarDay, formatIsoDay, parseIsoDay, today } from '../../core/dates';
import { catalogue } from '../../core/l10n';
import { logInsertion } from '../../core/noteEdits';
import { ReminderDue, sentReminderLine } from '../../core/reminders/remindersDue';
import { REMINDER_SCRIPTS } from '../../core/report/ageing';
import { quickPickText } from '../../core/sinks';
import { Command } from '../commands';
import { applyDocumentEdit, openNote } from '../notes/editNote';
import { Commands, REMINDERS_VIEW_ID } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { RemindersModel } from './remindersModel';
import { reminderDescription, ReminderNode } from './remindersView';

/** What Send passes on to Send Script… besides the invoice: where the script goes (asked when missing). */
export interface SendReminderArgs {
  how?: 'insert' | 'clipboard' | 'email';
}

export function reminderCommands(model: RemindersModel, clients: ClientWorkspace): Command[] {
  const resolve = (target: unknown, title: string) => resolveReminder(model, clients, target, title);
  return [
    { id: Commands.showReminders, execute: () => vscode.commands.executeCommand(`${REMINDERS_VIEW_ID}.focus`) },
    {
      id: Commands.sendReminder,
      execute: async (target?: unknown, args?: SendReminderArgs) => {
        const r = await resolve(target, vscode.l10n.t('Send Reminder'));
        if (!r) return undefined;
        return vscode.commands.executeCommand(Commands.sendScript, vscode.Uri.parse(r.file), REMINDER_SCRIPTS[r.tone], { invoice: r.invoice, ...(args?.how ? { how: args.how } : {}) });
      },
    },
    {
      id: Commands.markReminderSent,
      execute: async (target?: unknown) => {
        const r = await resolve(target, vscode.l10n.t('Mark Reminder as Sent'));
        return r && markSent(clients, r);
      },
    },
    {
      id: Commands.snoozeReminder,
      execute: async (target?: unknown, until?: string) => {
        const title = vscode.l10n.t('Snooze Reminder');
        const r = await resolve(target, title);
        if (!r) return undefined;
        const day = until !== undefined ? laterDay(until, clients.asOf) : await askDay(title, clients.asOf);
        if (day === undefined) return undefined;
        await model.snooze(r, day);
        return formatIsoDay(day);
      },
    },
  ];
}

/**
 * Appends the Mark as Sent line to the note's log as one undoable edit. It is
 * dated today, or the workspace's day when a setting pins it later than today
 * (a line dated before the reminder came due would not mark it sent).
 */
async function markSent(clients: ClientWorkspace, r: ReminderDue): Promise<string> {
  const day = Math.max(today(), clients.asOf);
  const line = sentReminderLine(r.invoice, day, clients.settings, catalogue(clients.language));
  const uri = vscode.Uri.parse(r.file);
  const { doc, text } = await openNote(clients, uri);
  const edit = logInsertion(text, line, clients.settings);
  await applyDocumentEdit(doc, edit);
  const at = doc.positionAt(edit.start + edit.text.length);
  await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: true, selection: new vscode.Range(at, at) });
  return line;
}

/** `target` is a view row, `{ file, invoice }`, or nothing (then a pick among the reminders due). */
async function resolveReminder(model: RemindersModel, clients: ClientWorkspace, target: unknown, title: string): Promise<ReminderDue | undefined> {
  if (target instanceof ReminderNode) return target.reminder;
  await model.refresh();
  if (target && typeof target === 'object') {
    const { file, invoice } = target as { file?: unknown; invoice?: unknown };
    if (typeof file === 'string' && typeof invoice === 'string') return model.find(file, invoice);
  }
  const due = model.due;
  if (due.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No payment reminder is due.'));
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    due.map((r) => ({ label: quickPickText(r.client), description: quickPickText(reminderDescription(r, clients)), reminder: r })),
    { title, placeHolder: vscode.l10n.t('Which reminder?') },
  );
  return pick?.reminder;
}

/** A day after `asOf` written `YYYY-MM-DD`, or a number of days from it; undefined otherwise. */
function laterDay(text: string, asOf: CalendarDay): CalendarDay | undefined {
  const days = /^\d{1,4}$/.test(text.trim()) ? asOf + Number(text.trim()) : parseIsoDay(text.trim());
  return days !== undefined && days > asOf ? days : undefined;
}

async function askDay(title: string, asOf: CalendarDay): Promise<CalendarDay | undefined> {
  const choices = [
    { label: vscode.l10n.t('Tomorrow'), days: 1 },
    { label: vscode.l10n.t('In 3 days'), days: 3 },
    { label: vscode.l10n.t('In a week'), days: 7 },
    { label: vscode.l10n.t('In two weeks'), days: 14 },
    { label: vscode.l10n.t('On a day…'), days: 0 },
  ].map((c) => ({ ...c, description: c.days ? formatIsoDay(asOf + c.days) : undefined }));
  const pick = await vscode.window.showQuickPick(choices, { title, placeHolder: vscode.l10n.t('Hide this reminder until…') });
  if (!pick) return undefined;
  if (pick.days) return asOf + pick.days;
  const text = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('The day to show it again (YYYY-MM-DD), after {0}', formatIsoDay(asOf)),
    value: formatIsoDay(asOf + 1),
    validateInput: (v) => (laterDay(v, asOf) === undefined ? vscode.l10n.t('A real date after {0}, written YYYY-MM-DD', formatIsoDay(asOf)) : undefined),
  });
  return text === undefined ? undefined : laterDay(text, asOf);
}
