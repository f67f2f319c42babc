/**
 * The summary cache's files in a folder on disk (the CLI's `--cache DIR`):
 * read whole (a file too large to be a cache is not read), written to a
 * temporary file beside it and renamed over it, so that a reader never sees
 * half a file.
 */
import { isAscii } from 'node:buffer';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CacheFiles } from '../core/rank/summaryCache';

/** Larger than any cache of a real workspace (10,000 notes take ~15 MB). */
export const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/**
 * A cache file's bytes as text when they are all ASCII (the usual case: JSON
 * of names and details in English), read as Latin-1: ~4 ms for 6 MB, where
 * decoding UTF-8 took ~15 ms and `readFile(…, 'utf8')` ~40 ms. Undefined
 * otherwise (decode it as UTF-8).
 */
export function asciiText(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isAscii(buffer) ? buffer.toString('latin1') : undefined;
}

/** Writes `dir/name` whole: to a temporary file beside it, renamed over it (a reader never sees half a file). */
export async function replaceFile(dir: string, name: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `${name}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, join(dir, name));
  } catch (err) {
    await unlink(temporary).catch(() => undefined);
    throw err;
  }
}

export function cacheFilesIn(dir: string): CacheFiles {
  return {
    async read(name) {
      try {
        const path = join(dir, name);
        if ((await stat(path)).size > MAX_CACHE_BYTES) return undefined;
        const bytes = await readFile(path);
        return asciiText(bytes) ?? bytes.toString('utf8');
      } catch {
        return undefined;
      }
    },
    write: (name, text) => replaceFile(dir, name, text),
  };
}
