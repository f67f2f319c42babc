/**
 * The payment reminders due in the open workspace, as of the workspace's day
 * (`ClientWorkspace.asOf`, which honours `clientFriction.asOf`), kept current
 * on the index's model events. Only notes whose summary has an unpaid invoice
 * far enough past its due date are read (`unpaidDue`), and each again only
 * when its summary changed. Snoozes live in the workspace state.
 */
import * as vscode from 'vscode';
import { CalendarDay } from '../../core/dates';
import { ClientSummary } from '../../core/rank/portfolio';
import { byOverdue, isSnoozed, ReminderDue, remindersDue, snooze, Snoozes } from '../../core/reminders/remindersDue';
import { Disposable } from '../lifecycle';
import { Recompute } from '../recompute';
import { StateKeys } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';

/** A pause after a change, so a burst of changes (a build, typing) makes one list. */
const DEBOUNCE_MS = 50;

export class RemindersModel extends Disposable {
  /** Per note: the summary its reminders were read with, and its reminders due. */
  private readonly cache = new Map<string, { summary: ClientSummary; reminders: ReminderDue[] }>();
  private all: ReminderDue[] = [];
  private readonly recompute = this.register(
    new Recompute(
      () => this.compute(),
      (all) => {
        this.all = all;
        this.changed.fire(this.due);
      },
      DEBOUNCE_MS,
    ),
  );
  private readonly changed = this.register(new vscode.EventEmitter<readonly ReminderDue[]>());
  /** Fires with the reminders shown (due, not snoozed) after each change. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly clients: ClientWorkspace,
    private readonly state: vscode.Memento,
  ) {
    super();
    this.register(clients.onDidChange(() => this.recompute.schedule()));
    this.register(clients.onDidRebuild(() => this.recompute.schedule()));
    this.recompute.schedule();
  }

  /** The reminders due and not snoozed, most overdue first. */
  get due(): readonly ReminderDue[] {
    const snoozes = this.snoozes();
    return this.all.filter((r) => !isSnoozed(r, snoozes, this.clients.asOf));
  }

  /** The reminder due for a note's invoice (snoozed or not). */
  find(file: string, invoice: string): ReminderDue | undefined {
    return this.all.find((r) => r.file === file && r.invoice === invoice);
  }

  /** Hides a reminder until a later day (of the workspace's calendar: `asOf` and after). */
  async snooze(reminder: ReminderDue, until: CalendarDay): Promise<void> {
    await this.state.update(StateKeys.snoozedReminders, snooze(this.snoozes(), reminder, until, this.clients.asOf));
    this.changed.fire(this.due);
  }

  /** Recomputes now (and once more after, when changes arrive meanwhile); resolves when the list is current. */
  refresh(): Promise<void> {
    return this.recompute.refresh();
  }

  private snoozes(): Snoozes {
    return this.state.get<Snoozes>(StateKeys.snoozedReminders) ?? {};
  }

  private async compute(): Promise<ReminderDue[]> {
    await this.clients.ready();
    const { settings, asOf } = this.clients;
    const out: ReminderDue[] = [];
    const alive = new Set<string>();
    for (const summary of this.clients.allSummaries()) {
      // No unpaid invoice far enough past its due date: no reminder, and nothing to read.
      if (summary.unpaidDue === undefined || asOf - summary.unpaidDue < settings.reminderDays.friendly) continue;
      alive.add(summary.file);
      const hit = this.cache.get(summary.file);
      if (hit?.summary === summary) {
        out.push(...hit.reminders);
        continue;
      }
      let reminders: ReminderDue[] = [];
      try {
        const { note } = await this.clients.readNote(vscode.Uri.parse(summary.file));
        reminders = remindersDue(note, settings, asOf);
      } catch {
        // Gone or unreadable since it was indexed: the index's own event follows.
      }
      this.cache.set(summary.file, { summary, reminders });
      out.push(...reminders);
    }
    for (const file of this.cache.keys()) if (!alive.has(file)) this.cache.delete(file);
    return out.sort(byOverdue);
  }
}
