/**
 * The summary cache's files in the extension's storage for this workspace
 * (`ExtensionContext.storageUri`): written to a temporary file and renamed
 * over the old one, so that a reader never sees half a file; converted to
 * and from lines of text a piece at a time (src/node/cacheFiles.ts).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CacheFiles } from '../../core/rank/summaryCache';
import { cacheFilesIn, encodeLines, linesOf, MAX_CACHE_BYTES } from '../../node/cacheFiles';

/**
 * A local storage folder (`file:`, the usual case) is read and written with
 * Node, as the CLI's cache is: nothing goes through the workbench's file
 * service. Any other (a remote or web storage) through `vscode.workspace.fs`.
 */
export function cacheStore(storage: vscode.Uri): CacheFiles {
  if (storage.scheme === 'file') return cacheFilesIn(join(storage.fsPath, 'summary-cache'), { ownFolder: true });
  const dir = vscode.Uri.joinPath(storage, 'summary-cache');
  return {
    async read(name) {
      try {
        const file = vscode.Uri.joinPath(dir, name);
        // A regular file (not a link, whatever it leads to: FileType has a
        // bit for it), at most the cap. This port cannot open before it
        // stats, nor read at most a number of bytes: a file swapped between
        // the stat and the read is read as it is then.
        const stat = await vscode.workspace.fs.stat(file);
        if (stat.type !== vscode.FileType.File || stat.size > MAX_CACHE_BYTES) return undefined;
        const bytes = await vscode.workspace.fs.readFile(file);
        return bytes.length > MAX_CACHE_BYTES ? undefined : await linesOf(bytes);
      } catch {
        return undefined;
      }
    },
    async write(name, lines) {
      const chunks: Uint8Array[] = [];
      await encodeLines(lines, async (chunk) => {
        chunks.push(chunk);
      });
      const bytes = Buffer.concat(chunks);
      await vscode.workspace.fs.createDirectory(dir);
      // Unpredictable: this port has no exclusive create (writeFile takes no
      // options) and no modes; the storage folder is the extension's own.
      const temporary = vscode.Uri.joinPath(dir, `${name}.${randomBytes(12).toString('hex')}.tmp`);
      await vscode.workspace.fs.writeFile(temporary, bytes);
      try {
        await vscode.workspace.fs.rename(temporary, vscode.Uri.joinPath(dir, name), { overwrite: true });
      } catch (err) {
        await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
        throw err;
      }
    },
  };
}
