/**
 * The summary cache's files in the extension's storage for this workspace
 * (`ExtensionContext.storageUri`): written to a temporary file and renamed
 * over the old one, so that a reader never sees half a file; converted to
 * and from lines of text a piece at a time (src/node/cacheFiles.ts).
 */
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
  if (storage.scheme === 'file') return cacheFilesIn(join(storage.fsPath, 'summary-cache'));
  const dir = vscode.Uri.joinPath(storage, 'summary-cache');
  return {
    async read(name) {
      try {
        const file = vscode.Uri.joinPath(dir, name);
        if ((await vscode.workspace.fs.stat(file)).size > MAX_CACHE_BYTES) return undefined;
        return await linesOf(await vscode.workspace.fs.readFile(file));
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
      const temporary = vscode.Uri.joinPath(dir, `${name}.${Date.now()}.tmp`);
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
