/**
 * Reading every note a command scanned, as the index reads it (the size cap,
 * a regular file), each with the settings and day of its folder's group. A
 * note that vanished since the scan is left out; one that cannot be read is
 * still there, with a problem that says why.
 */
import { ClientNote, parseClientNoteBytes, readFailureReason } from '../core/read/note';
import { L10n } from '../core/l10n';
import { readNote } from '../node/readNote';
import { NoteFilePorts } from '../node/noteFilePorts';
import { FrictionSettings } from '../core/settings';
import { NoteGroup, ScannedWorkspace } from './workspace';

export interface ScannedNote {
  /** The note's id: its path from its folder (prefixed with the folder's name when several are scanned). */
  id: string;
  note: ClientNote;
  group: NoteGroup;
}

export function readScannedNotes({ pathOf, groups }: Pick<ScannedWorkspace, 'pathOf' | 'groups'>, l10n: L10n): ScannedNote[] {
  const groupOf = new Map(groups.flatMap((g) => g.ids.map((id) => [id, g] as const)));
  const out: ScannedNote[] = [];
  for (const [id, path] of pathOf) {
    const group = groupOf.get(id)!;
    let bytes: Uint8Array;
    let problem: string | undefined;
    try {
      // Checked before a byte is read: a regular file, at most the size cap
      // (a view of the reader's buffer, parsed before the next read).
      bytes = readNote(path, group.settings.maxNoteBytes);
    } catch (err) {
      // A note that vanished since the scan is not reported; any other read error is.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      bytes = new Uint8Array();
      problem = l10n.t('the note could not be read: {0}', readFailureReason(err as Error, l10n));
    }
    const note = parseClientNoteBytes(bytes, { file: id, fileStem: id.slice(id.lastIndexOf('/') + 1).replace(/\.(md|markdown)$/i, ''), settings: group.settings });
    if (problem) note.problems = [{ file: id, line: 1, severity: 'error', message: problem }];
    out.push({ id, note, group });
  }
  return out;
}

/**
 * One indexed note read again through the index's own port (the report
 * needs its weekly scores); a note that cannot be read any more is empty
 * with a problem that says why.
 */
export function readIndexedNote(id: string, ports: NoteFilePorts, settings: FrictionSettings, l10n: L10n): Promise<ClientNote> {
  return new Promise((resolve) => {
    ports.read(id, (err, data) => {
      // A view of the reader's buffer: parsed before the next read.
      const note = parseClientNoteBytes(err ? new Uint8Array() : data!, { file: id, fileStem: id.slice(id.lastIndexOf('/') + 1).replace(/\.(md|markdown)$/i, ''), settings });
      if (err) note.problems = [{ file: id, line: 1, severity: 'error', message: l10n.t('the note could not be read: {0}', readFailureReason(err, l10n)) }];
      resolve(note);
    });
  });
}
