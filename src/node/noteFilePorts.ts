/**
 * How the index reads notes that are files on this machine, for both front
 * doors (the CLI and the extension's local folders): one note at a time is
 * opened and checked before a byte is read (readNote.ts), a stat is a Node
 * stat (with the change time and inode the summary cache keys on), and many
 * notes are read and summarized by worker threads off the main thread
 * (workerSummarize.ts).
 */
import { stat } from 'node:fs';
import type { BulkSummarize, ReadBytes, StatNote } from '../core/rank/noteIndex';
import type { NoteStat } from '../core/rank/summaryCache';
import { fileStatOf, readNoteAsync, statNotes } from './readNote';
import { summarizeInWorkers } from './workerSummarize';

export interface NoteFilePorts {
  read: ReadBytes;
  stat: StatNote;
  statAll: (ids: readonly string[]) => Promise<(NoteStat | undefined)[]>;
  bulk: BulkSummarize;
  isNotFound: (err: Error) => boolean;
}

/** `pathOf`: a note id's file path; `script`: the worker's bundle when it is not beside this code. */
export function noteFilePorts(pathOf: (id: string) => string, maxNoteBytes: number, script?: string): NoteFilePorts {
  return {
    read: (id, done) => readNoteAsync(pathOf(id), maxNoteBytes, done),
    stat: (id, done) => stat(pathOf(id), (err, s) => done(err, s && fileStatOf(s))),
    statAll: (ids) => statNotes(ids, pathOf),
    bulk: summarizeInWorkers({ pathOf, script }),
    isNotFound: (err) => (err as NodeJS.ErrnoException).code === 'ENOENT',
  };
}
