/**
 * Client Friction: Export Calendar…: writes an iCalendar file of what is
 * coming in the workspace's notes (each unpaid invoice's next reminder and
 * due date, the payments promised, the end of a notice given), as of the
 * workspace's day, the same file `client-friction calendar` writes for the
 * same folder. The file to write may be given as an argument; else it is asked.
 */
import * as vscode from 'vscode';
import { CALENDAR_NAME, calendarEvents, ClientEvent, sortEvents } from '../../core/calendar/calendarEvents';
import { icalendar } from '../../core/calendar/icalendar';
import { catalogue } from '../../core/l10n';
import { notificationText } from '../../core/sinks';
import { Command } from '../commands';
import { Commands } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';


export function calendarCommands(clients: ClientWorkspace): Command[] {
  return [{ id: Commands.exportCalendar, execute: (target?: vscode.Uri) => exportCalendar(clients, target) }];
}

async function exportCalendar(clients: ClientWorkspace, target: vscode.Uri | undefined): Promise<{ uri: string; events: number } | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export Calendar'),
      defaultUri: folder && vscode.Uri.joinPath(folder.uri, 'client-friction.ics'),
      filters: { [vscode.l10n.t('iCalendar')]: ['ics'] },
      saveLabel: vscode.l10n.t('Export'),
    }));
  if (!uri) return undefined;
  await clients.ready();
  const { settings, asOf } = clients;
  const l10n = catalogue(clients.language);
  // Notes are named as the CLI names them: from their folder, with the folder's name in a workspace of several.
  const withFolder = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const events: ClientEvent[] = [];
  for (const summary of clients.allSummaries()) {
    const noteUri = vscode.Uri.parse(summary.file);
    try {
      const { note } = await clients.readNote(noteUri);
      events.push(...calendarEvents(note, vscode.workspace.asRelativePath(noteUri, withFolder), settings, asOf, l10n));
    } catch {
      // Gone or unreadable since it was indexed: it has nothing coming.
    }
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(icalendar(sortEvents(events), { name: CALENDAR_NAME, stamp: asOf })));
  const shown = vscode.workspace.asRelativePath(uri);
  void vscode.window.showInformationMessage(
    notificationText(events.length === 1 ? vscode.l10n.t('Wrote {0}: 1 event.', shown) : vscode.l10n.t('Wrote {0}: {1} events.', shown, events.length)),
  );
  return { uri: uri.toString(), events: events.length };
}
