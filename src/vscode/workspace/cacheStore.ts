/**
 * The summary cache's files in the extension's storage for this workspace
 * (`ExtensionContext.storageUri`), through `vscode.workspace.fs`: written to a
 * temporary file and renamed over the old one, so that a reader never sees
 * half a file.
 */
import * as vscode from 'vscode';
import type { CacheFiles } from '../../core/rank/summaryCache';

/** Larger than any cache of a real workspace (10,000 notes take ~15 MB). */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

export function cacheStore(storage: vscode.Uri): CacheFiles {
  const dir = vscode.Uri.joinPath(storage, 'summary-cache');
  const decoder = new TextDecoder();
  return {
    async read(name) {
      try {
        const uri = vscode.Uri.joinPath(dir, name);
        if ((await vscode.workspace.fs.stat(uri)).size > MAX_CACHE_BYTES) return undefined;
        return decoder.decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        return undefined;
      }
    },
    async write(name, text) {
      await vscode.workspace.fs.createDirectory(dir);
      const temporary = vscode.Uri.joinPath(dir, `${name}.${Date.now()}.tmp`);
      await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
      try {
        await vscode.workspace.fs.rename(temporary, vscode.Uri.joinPath(dir, name), { overwrite: true });
      } catch (err) {
        await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
        throw err;
      }
    },
  };
}
