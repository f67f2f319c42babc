/**
 * The summary cache's files as lines (the CLI's `--cache DIR`, and the
 * extension's storage through cacheStore.ts): read whole and split into
 * lines; written to a temporary file beside the old one a megabyte at a time,
 * then renamed over it, so that a reader never sees half a file.
 *
 * The files hold client names and details: they are the owner's alone (a
 * folder made 0700, files 0600, where the platform has such modes). A cache
 * file is read only when it is a regular file (not followed through a link,
 * never a FIFO or a device, which would hang or never end), at most
 * MAX_CACHE_BYTES of it; a temporary file has an unpredictable name and is
 * created, never opened if something is already there (a planted link).
 *
 * Lines, not one text: a cache of 10,000 notes is ~18 MB, and joining its
 * lines into one string, flattening it and encoding it at once kept the
 * extension host busy 20–40 ms in one go (and left the collector strings of
 * that size); a line at a time, a few milliseconds of work run between turns
 * of the event loop.
 */
import { isAscii } from 'node:buffer';
import { constants } from 'node:fs';
import { chmod, FileHandle, mkdir, open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { CacheFiles, CacheLine } from '../core/rank/summaryCache';
import { nextTurn } from '../core/slices';

/** Larger than any cache of a real workspace (10,000 notes take ~18 MB). */
export const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/** Bytes encoded per chunk written (about a millisecond of work). */
const CHUNK = 1 << 20;

/**
 * The lines of a cache file's bytes, split at each line feed (the last is ''
 * when the file ends with one), a megabyte at a time: each piece is cut
 * after a line feed, a byte that is never part of a longer UTF-8 character,
 * decoded as Latin-1 when the whole file is ASCII (the usual case: JSON of
 * names and details in English; the fastest decoding), else as UTF-8, and
 * split. (Decoding each line alone took 5x as long: 25 ms for 6 MB.)
 */
export async function linesOf(bytes: Uint8Array): Promise<string[]> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoding = isAscii(buffer) ? 'latin1' : 'utf8';
  const lines: string[] = [];
  for (let from = 0; ; ) {
    let to = Math.min(from + CHUNK, buffer.length);
    if (to < buffer.length) {
      const end = buffer.lastIndexOf(10, to - 1);
      // A line longer than a piece: up to its end.
      to = end >= from ? end + 1 : buffer.indexOf(10, to) + 1 || buffer.length;
    }
    const pieces = buffer.toString(encoding, from, to).split('\n');
    // A piece that ends with a line feed leaves '' last: the next piece begins there.
    if (to < buffer.length) pieces.pop();
    for (const line of pieces) lines.push(line);
    if (to >= buffer.length) return lines;
    from = to;
    await nextTurn();
  }
}

/**
 * The lines as UTF-8, each followed by a line feed, in chunks of about a
 * megabyte handed to `sink` one after the other (each a buffer of its own);
 * a turn of the event loop between chunks.
 */
export async function encodeLines(lines: readonly CacheLine[], sink: (chunk: Uint8Array) => Promise<void>): Promise<void> {
  let buffer = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  const flush = async () => {
    if (used === 0) return;
    await sink(buffer.subarray(0, used));
    await nextTurn();
    buffer = Buffer.allocUnsafe(CHUNK);
    used = 0;
  };
  for (const line of lines) {
    const pieces = typeof line === 'string' ? [line] : line;
    let length = 0;
    for (const piece of pieces) length += piece.length;
    // A UTF-16 code unit takes at most three bytes of UTF-8 (a surrogate pair,
    // two units, four); a piece ends with no half pair (JSON and keys are whole).
    const most = length * 3 + 1;
    if (used + most > buffer.length) await flush();
    if (most > buffer.length) {
      await sink(Buffer.from(`${pieces.join('')}\n`));
      continue;
    }
    for (const piece of pieces) used += buffer.write(piece, used, 'utf8');
    buffer[used++] = 10;
  }
  await flush();
}

/** Owner-only modes of the cache's folder and files (ignored where the platform has none, as on Windows). */
const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

/** Writes `dir/name` from lines: to a temporary file beside it, renamed over it (a reader never sees half a file). */
async function replaceFileWithLines(dir: string, name: string, lines: readonly CacheLine[], ownFolder: boolean): Promise<void> {
  await mkdir(dir, { recursive: true, mode: FOLDER_MODE });
  if (ownFolder) await chmod(dir, FOLDER_MODE);
  // Unpredictable, and created exclusively (`wx`: O_CREAT|O_EXCL, which
  // follows no link): nothing planted at the name is ever written through.
  const temporary = join(dir, `${name}.${randomBytes(12).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporary, 'wx', FILE_MODE);
    const file = handle;
    await encodeLines(lines, async (chunk) => {
      for (let at = 0; at < chunk.length; ) at += (await file.write(chunk, at, chunk.length - at)).bytesWritten;
    });
    handle = undefined;
    await file.close();
    await rename(temporary, join(dir, name));
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw err;
  }
}

// Not through a link (O_NOFOLLOW: a link to /dev/zero fails to open), and
// an open that does not wait (O_NONBLOCK: a FIFO opens at once, to be refused).
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The lines of `dir/name`, or undefined when it is missing, not a regular
 * file, over MAX_CACHE_BYTES or cannot be read. The size is that of the file
 * opened (fstat), and no more than it, nor than the cap, is read.
 */
async function readLinesIn(dir: string, name: string): Promise<string[] | undefined> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(join(dir, name), READ_FLAGS);
    const stats = await handle.stat();
    if (!stats.isFile() || stats.size > MAX_CACHE_BYTES) return undefined;
    const bytes = Buffer.allocUnsafe(stats.size);
    let length = 0;
    while (length < bytes.length) {
      const { bytesRead } = await handle.read(bytes, length, bytes.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // Cut short since its stat: a file of another size than it says is not used.
    if (length !== stats.size) return undefined;
    return await linesOf(bytes);
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * The cache files in `dir`, made if missing (owner-only). `ownFolder`: the
 * folder is the cache's alone (the extension's storage), and an existing one
 * is made owner-only too; a folder the user named (`--cache DIR`) keeps the
 * modes it has, its cache files being owner-only in any case.
 */
export function cacheFilesIn(dir: string, { ownFolder = false }: { ownFolder?: boolean } = {}): CacheFiles {
  return {
    read: (name) => readLinesIn(dir, name),
    write: (name, lines) => replaceFileWithLines(dir, name, lines, ownFolder),
  };
}
