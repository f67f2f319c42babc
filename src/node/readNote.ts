/**
 * How the CLI and the index's worker threads read a note from disk: open,
 * check what was opened (a regular file, and its size) before reading a byte,
 * then read at most the size cap. A note that is a device (`/dev/zero`), a
 * pipe or a folder is refused; a note over the cap is not read (its size is
 * reported). Notes are read one at a time into one buffer reused for every
 * note (no allocation per note), which made reading ~20% faster. The
 * benchmark's read floor reads with this same function.
 */
import type { NoteStat } from '../core/rank/summaryCache';
import { readFailureReason } from '../core/read/note';
import { mapInSlices } from '../core/slices';
import { close, closeSync, fstat, fstatSync, open, openSync, read, readSync, statSync, constants, Stats } from 'node:fs';

const buffer = Buffer.allocUnsafe(256 * 1024);

/** A note that is not read: not a regular file, over the size cap, or a name that cannot be opened (EBADNAME). */
export class NoteRefused extends Error {
  constructor(
    readonly code: 'EFBIG' | 'ENOTFILE' | 'EBADNAME',
    /** The file's size and the cap (EFBIG), for the words of other languages (readFailureReason). */
    readonly size?: number,
    readonly maxBytes?: number,
  ) {
    super(readFailureReason({ message: '', code, size, maxBytes }));
  }
}

// O_NOFOLLOW is not used: the folder walk (findNotes) decides which links
// are notes. O_NONBLOCK keeps opening a FIFO from blocking before it is checked.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The error of a path that could not be opened, said plainly when its name
 * is why: Node reads a file name that is not UTF-8 with `\ufffd` in place
 * of its bad bytes, and that name opens nothing (ENOENT, though the file is
 * there).
 */
export function openError(err: Error, path: string): Error {
  return (err as NodeJS.ErrnoException).code === 'ENOENT' && path.includes('\ufffd') ? new NoteRefused('EBADNAME') : err;
}

function refusal(size: number, isFile: boolean, maxBytes: number): NoteRefused | undefined {
  if (!isFile) return new NoteRefused('ENOTFILE');
  if (size > maxBytes) return new NoteRefused('EFBIG', size, maxBytes);
  return undefined;
}

/** The file a note was read from, as it was opened (its summary cache key). */
export type OpenedStat = NoteStat;

/** The cache key of a Node stat: the modification and change times, size and inode, all that Node offers. */
export function fileStatOf(s: Stats): NoteStat {
  return { mtime: s.mtimeMs, size: s.size, ctime: s.ctimeMs, ino: s.ino };
}

/**
 * The note's bytes, at most `maxBytes` (a file that grew past the cap after
 * its size was checked is cut there, and the reader says it is over the cap):
 * a view of the shared buffer when it fits, valid until the next read.
 * `stat`, when given, receives the opened file's modification time and size.
 */
export function readNote(path: string, maxBytes: number, stat?: OpenedStat): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (err) {
    throw openError(err as Error, path);
  }
  try {
    const stats = fstatSync(fd);
    const refused = refusal(stats.size, stats.isFile(), maxBytes);
    if (refused) throw refused;
    if (stat) Object.assign(stat, fileStatOf(stats));
    const limit = maxBytes + 1;
    const target = limit <= buffer.length ? buffer : Buffer.allocUnsafe(Math.min(limit, stats.size + 1));
    let length = 0;
    for (;;) {
      const want = Math.min(target.length, limit) - length;
      if (want <= 0) break;
      const got = readSync(fd, target, length, want, length);
      if (got === 0) break;
      length += got;
    }
    // A plain view: Buffer#subarray builds a Buffer, which costs more than the parse of a small note's frontmatter split.
    return new Uint8Array(target.buffer, target.byteOffset, length);
  } finally {
    closeSync(fd);
  }
}

/** `readNote` with callbacks, for the main thread (never blocks on a read); with the opened file's stat. */
export function readNoteAsync(path: string, maxBytes: number, done: (err: Error | null, data?: Uint8Array, stat?: OpenedStat) => void): void {
  open(path, FLAGS, (err, fd) => {
    if (err) return done(openError(err, path));
    let opened: OpenedStat | undefined;
    const finish = (error: Error | null, data?: Uint8Array) => close(fd, () => done(error, data, error ? undefined : opened));
    fstat(fd, (statErr, stats) => {
      if (statErr) return finish(statErr);
      const refused = refusal(stats.size, stats.isFile(), maxBytes);
      if (refused) return finish(refused);
      opened = fileStatOf(stats);
      const limit = maxBytes + 1;
      const target = Buffer.allocUnsafe(Math.min(limit, stats.size + 1));
      let length = 0;
      const next = () => {
        const want = target.length - length;
        if (want <= 0) return finish(null, target.subarray(0, length));
        read(fd, target, length, want, length, (readErr, got) => {
          if (readErr) return finish(readErr);
          if (got === 0) return finish(null, target.subarray(0, length));
          length += got;
          next();
        });
      };
      next();
    });
  });
}

/**
 * The cache key (fileStatOf) of each note's file (`pathOf` gives its
 * path; undefined when it cannot be stat'ed), with synchronous stats a few
 * milliseconds at a time: a stat of a
 * local file takes ~3 µs, where a callback stat costs the main thread ~12 µs
 * (measured in the extension host, 10,000 notes).
 */
export function statNotes(ids: readonly string[], pathOf: (id: string) => string = (id) => id): Promise<(OpenedStat | undefined)[]> {
  return mapInSlices(ids, (id) => {
    const s = statSync(pathOf(id), { throwIfNoEntry: false });
    return s ? fileStatOf(s) : undefined;
  });
}
