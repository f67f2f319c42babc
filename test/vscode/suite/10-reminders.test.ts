/**
 * Reminders due (issue 24) in VS Code, on the examples' pinned day
 * (clientFriction.asOf = 2026-11-27): the status bar counts them, the
 * Reminders view lists them, Send goes through Send Script…, Mark as Sent
 * writes the log line as one undoable edit and the reminder leaves the list,
 * Snooze hides it; Export Calendar… writes a file ical.js reads.
 */
import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import * as vscode from 'vscode';
import { calendarEvents } from '../../../src/core/calendar/calendarEvents';
import { formatIsoDay, parseIsoDay } from '../../../src/core/dates';
import { catalogue } from '../../../src/core/l10n';
import { logInsertion } from '../../../src/core/noteEdits';
import { parseClientNote } from '../../../src/core/read/note';
import { ReminderDue, remindersDue } from '../../../src/core/reminders/remindersDue';
import type { ClientFrictionApi } from '../../../src/extension';
import { Commands } from '../../../src/vscode/settingKeys';
import { asOfIso, closeAll, extensionApi, folder, noteUri, readText, waitFor } from './util';

/** What the core says is due in the notes on disk, as of the extension's day. */
async function coreReminders(api: ClientFrictionApi): Promise<{ due: ReminderDue[]; texts: Map<string, string> }> {
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder(), 'clients/**/*.md'));
  const texts = new Map<string, string>();
  const due: ReminderDue[] = [];
  for (const uri of uris) {
    const text = await readText(uri);
    texts.set(uri.toString(), text);
    due.push(...remindersDue(parseClientNote(text, { file: uri.toString(), fileStem: 'x', settings: api.clients.settings }), api.clients.settings, api.clients.asOf));
  }
  return { due, texts };
}

const countText = (n: number) => `$(bell) ${n === 1 ? '1 reminder due' : `${n} reminders due`}`;

describe('reminders due (status bar, Reminders view, Send, Mark as Sent, Snooze) and Export Calendar…', () => {
  let api: ClientFrictionApi;
  let expected: number;
  const northwind = noteUri('northwind-studio.md');
  const juniper = noteUri('juniper-events.md');

  before(async () => {
    api = await extensionApi();
    assert.equal(asOfIso(api), '2026-11-27', 'the examples pin their day');
    await api.reminders.model.refresh();
    expected = (await coreReminders(api)).due.length;
  });
  afterEach(closeAll);

  it('counts the reminders due at the examples\' day in the status bar, and lists them in the view', async () => {
    const { due } = await coreReminders(api);
    const examples = due.filter((r) => !/\/zz-/.test(r.file)).map((r) => `${r.client} ${r.invoice} ${r.tone}`);
    assert.deepEqual(examples.sort(), ['Granite Logistics GL-06 firm', 'Juniper Events JE-12 final', 'Northwind Studio NW-019 final']);
    await waitFor(() => api.reminders.statusBar.text === countText(expected), `the status bar to say ${countText(expected)} (it says ${api.reminders.statusBar.text})`);
    const rows = api.reminders.view.getChildren().map((n) => api.reminders.view.getTreeItem(n));
    assert.equal(rows.length, expected);
    const nw = rows.find((i) => i.label === 'Northwind Studio')!;
    assert.equal(nw.description, 'NW-019 · EUR 3,100 · 44 days overdue · final');
    assert.equal(nw.contextValue, 'reminder');
    assert.equal(api.reminders.view.view.description, `${expected} reminders due`);
    assert.equal(api.reminders.view.view.badge, undefined, 'the container\'s badge stays the clients on fire');
  });

  it('Send hands the reminder\'s script to Send Script… with its invoice', async () => {
    let placeholder: vscode.Disposable | undefined;
    let received: unknown[] | undefined;
    // The other side of Send (src/vscode/offboarding): a stand-in only where it is not registered.
    if (!(await vscode.commands.getCommands(true)).includes(Commands.sendScript)) {
      placeholder = vscode.commands.registerCommand(Commands.sendScript, (...args: unknown[]) => ((received = args), 'placeholder'));
    }
    try {
      const node = api.reminders.view.getChildren().find((n) => n.reminder.invoice === 'NW-019')!;
      const sent = (await vscode.commands.executeCommand(Commands.sendReminder, node, { how: 'clipboard' })) as string;
      if (placeholder) assert.deepEqual(received, [northwind, 'paymentFinal', { invoice: 'NW-019', how: 'clipboard' }]);
      else {
        assert.match(sent, /NW-019/);
        assert.equal(await vscode.env.clipboard.readText(), sent);
      }
    } finally {
      placeholder?.dispose();
    }
  });

  it('Mark as Sent appends the #waiting line as one undoable edit, and the reminder leaves the list', async () => {
    const before = (await vscode.workspace.openTextDocument(northwind)).getText();
    const node = api.reminders.view.getChildren().find((n) => n.reminder.invoice === 'NW-019')!;
    const line = (await vscode.commands.executeCommand(Commands.markReminderSent, node)) as string;
    const m = /^- (\d{4}-\d{2}-\d{2}) Sent reminder for NW-019 #waiting$/.exec(line);
    assert.ok(m, line);
    // Today, or the pinned day when it is later: never before the reminder came due.
    assert.ok(parseIsoDay(m[1])! >= api.clients.asOf);
    const doc = await vscode.workspace.openTextDocument(northwind);
    const edit = logInsertion(before, line, api.clients.settings);
    assert.equal(doc.getText(), before.slice(0, edit.start) + edit.text + before.slice(edit.end), 'the line at the end of ## Log, nothing else');
    await waitFor(() => !api.reminders.model.due.some((r) => r.invoice === 'NW-019'), 'NW-019 to leave the reminders');
    await waitFor(() => api.reminders.statusBar.text === countText(expected - 1), 'the status bar to count one less');
    // One Undo takes the line away, and the reminder is due again.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);
    await waitFor(() => api.reminders.model.due.some((r) => r.invoice === 'NW-019'), 'NW-019 back in the reminders');
  });

  it('Snooze hides a reminder until the day picked', async () => {
    const until = (await vscode.commands.executeCommand(Commands.snoozeReminder, { file: juniper.toString(), invoice: 'JE-12' }, '3')) as string;
    assert.equal(until, formatIsoDay(api.clients.asOf + 3));
    assert.ok(!api.reminders.model.due.some((r) => r.invoice === 'JE-12'), 'hidden');
    assert.ok(api.reminders.model.find(juniper.toString(), 'JE-12'), 'still due, only put off');
    await waitFor(() => api.reminders.statusBar.text === countText(expected - 1), 'the status bar to count one less');
    assert.ok(!api.reminders.view.getChildren().some((n) => n.reminder.invoice === 'JE-12'));
    assert.equal(await vscode.commands.executeCommand(Commands.snoozeReminder, { file: juniper.toString(), invoice: 'JE-12' }, formatIsoDay(api.clients.asOf)), undefined, 'not to a day already here');
  });

  it('Export Calendar… writes every coming date as an all-day event that ical.js reads, with the CLI\'s UIDs', async () => {
    const target = vscode.Uri.joinPath(folder().uri, 'coming.ics');
    const result = (await vscode.commands.executeCommand(Commands.exportCalendar, target)) as { uri: string; events: number };
    const calendar = new ICAL.Component(ICAL.parse(await readText(target)));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, result.events);
    assert.ok(events.every((e) => e.startDate.isDate), 'all day');
    const { texts } = await coreReminders(api);
    const l10n = catalogue(api.clients.language);
    const uids = [...texts].flatMap(([uri, text]) =>
      calendarEvents(parseClientNote(text, { file: uri, fileStem: 'x', settings: api.clients.settings }), vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false), api.clients.settings, api.clients.asOf, l10n).map((e) => e.uid),
    );
    assert.deepEqual(events.map((e) => e.uid).sort(), uids.sort());
    const nw = events.find((e) => e.summary === 'Payment reminder (final): NW-019, Northwind Studio');
    assert.ok(nw, 'the reminder due today');
    assert.equal(nw.startDate.toString(), '2026-11-27');
    await vscode.workspace.fs.delete(target);
  });
});
