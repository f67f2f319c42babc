/**
 * How a folder's notes are read. A local folder (`file:`) is read with Node
 * as the CLI reads it: worker threads read and summarize many notes at once
 * off the extension host's main thread (src/node/workerSummarize.ts), one
 * note at a time is opened and checked before a byte is read
 * (src/node/readNote.ts), and a stat is a Node stat. Any other folder (remote
 * or virtual file systems) is read through `vscode.workspace.fs`, a stat
 * before each read when the summary cache needs the file's key.
 */
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { BulkSummarize, ReadBytes, StatNote } from '../../core/rank/noteIndex';
import type { NoteStat } from '../../core/rank/summaryCache';
import { noteFilePorts } from '../../node/noteFilePorts';

export interface NoteSources {
  read: ReadBytes;
  stat: StatNote;
  statAll?: (ids: readonly string[]) => Promise<(NoteStat | undefined)[]>;
  bulk?: BulkSummarize;
  isNotFound: (err: Error) => boolean;
}

export function noteSources(folder: vscode.WorkspaceFolder, maxNoteBytes: number): NoteSources {
  // The worker's bundle lies beside this one in dist/.
  if (folder.uri.scheme === 'file') return noteFilePorts((id) => vscode.Uri.parse(id).fsPath, maxNoteBytes, join(__dirname, 'summarizeWorker.js'));
  const statOf = (id: string) => vscode.workspace.fs.stat(vscode.Uri.parse(id));
  // The cache key from VS Code's FileStat: it has no change time and no
  // inode, and its `ctime` is the creation time. A file replaced by another
  // (a git checkout, rsync, an editor's atomic save) has a new creation time
  // where the file system keeps one; an edit in place of the same size that
  // keeps the modification time (cp -p, touch -d) is not seen here, as it is
  // by the Node port above (change time and inode).
  const keyOf = (s: vscode.FileStat): NoteStat => ({ mtime: s.mtime, size: s.size, ctime: s.ctime, ino: 0 });
  return {
    // Stat'ed before reading: the key the summary cache keeps is that of a file no newer than the bytes read.
    read: (id, done) => {
      statOf(id).then(
        (s) =>
          vscode.workspace.fs.readFile(vscode.Uri.parse(id)).then(
            (data) => done(null, data, keyOf(s)),
            (err: Error) => done(err),
          ),
        (err: Error) => done(err),
      );
    },
    stat: (id, done) => {
      statOf(id).then(
        (s) => done(null, keyOf(s)),
        (err: Error) => done(err),
      );
    },
    isNotFound: (err) => err instanceof vscode.FileSystemError && err.code === 'FileNotFound',
  };
}
