/**
 * `client-friction calendar [FOLDER ...] [--out FILE.ics] [--as-of D] [--glob GLOB]`:
 * an iCalendar file of what is coming — each unpaid invoice's next payment
 * reminder and due date, the payments promised, the end of a notice given —
 * as all-day events whose UIDs stay the same from run to run (a calendar
 * that imports the file again updates them). Written to FILE, or to stdout
 * without `--out`.
 */
import { CALENDAR_NAME, calendarEvents, ClientEvent, sortEvents } from '../core/calendar/calendarEvents';
import { icalendar } from '../core/calendar/icalendar';
import { catalogue } from '../core/l10n';
import { Language } from '../core/settings';
import { CliIo, parseFlags, writeOutput } from './io';
import { readScannedNotes } from './readNotes';
import { SETTINGS_FLAGS } from './settings';
import { scanWorkspace } from './workspace';


export async function calendarCommand(argv: string[], io: CliIo, language: Language): Promise<number> {
  const l10n = catalogue(language);
  const { values, positionals } = parseFlags(argv, { 'as-of': 'string', out: 'string', glob: 'string', ...SETTINGS_FLAGS }, l10n);
  const scanned = scanWorkspace(positionals, values, io, language, l10n);
  const events: ClientEvent[] = [];
  // A note's id is its path from its folder (with the folder's name when several are scanned), as VS Code names it in the same workspace.
  for (const { id, note, group } of readScannedNotes(scanned, l10n)) events.push(...calendarEvents(note, id, group.settings, group.asOf, l10n));
  const text = icalendar(sortEvents(events), { name: CALENDAR_NAME, stamp: scanned.asOf });
  if (writeOutput(io, values.out, text, l10n)) {
    io.stderr(`${events.length === 1 ? l10n.t('wrote {file}: 1 event', { file: values.out! }) : l10n.t('wrote {file}: {count} events', { file: values.out!, count: events.length })}\n`);
  }
  return 0;
}
