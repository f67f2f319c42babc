/**
 * The summary cache's files in the extension's storage for this workspace
 * (`ExtensionContext.storageUri`): written to a temporary file and renamed
 * over the old one, so that a reader never sees half a file; converted to
 * and from UTF-8 a megabyte at a time.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CacheFiles } from '../../core/rank/summaryCache';
import { asciiText, MAX_CACHE_BYTES, replaceFile } from '../../node/cacheFiles';

/** Bytes or characters converted per turn of the event loop (~1 ms each). */
const CHUNK = 1 << 20;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** UTF-8 to text a megabyte at a time (a 10 MB file in one go kept the extension host busy ~25 ms). */
async function decode(bytes: Uint8Array): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for (let at = 0; at < bytes.length; at += CHUNK) {
    if (at > 0) await nextTurn();
    text += decoder.decode(bytes.subarray(at, Math.min(at + CHUNK, bytes.length)), { stream: true });
  }
  return text + decoder.decode();
}

/** Text to UTF-8 a megabyte of characters at a time, never splitting a surrogate pair. */
async function encode(text: string): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  // The cache's text is JSON, ASCII but for names and details: a byte per character, and room to grow.
  let bytes = new Uint8Array(text.length + 4096);
  let written = 0;
  for (let at = 0; at < text.length; ) {
    if (at > 0) await nextTurn();
    let end = Math.min(at + CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    let chunk = text.slice(at, end);
    for (;;) {
      const done = encoder.encodeInto(chunk, bytes.subarray(written));
      written += done.written;
      if (done.read === chunk.length) break;
      // Out of room (characters of two or three bytes): more, and the rest of the chunk.
      chunk = chunk.slice(done.read);
      const grown = new Uint8Array(Math.max(bytes.length * 2, written + chunk.length * 3));
      grown.set(bytes.subarray(0, written));
      bytes = grown;
    }
    at = end;
  }
  return bytes.subarray(0, written);
}

/** Reads and writes whole files in one folder (the store's two ways to reach it). */
interface Files {
  size(name: string): Promise<number>;
  read(name: string): Promise<Uint8Array>;
  /** Writes `name` whole: a temporary file renamed over it. */
  replace(name: string, bytes: Uint8Array): Promise<void>;
}

/**
 * A local storage folder (`file:`, the usual case) is written with Node, as
 * the CLI's cache is: nothing goes through the workbench's file service.
 * Any other (a remote or web storage) through `vscode.workspace.fs`.
 */
function filesIn(storage: vscode.Uri): Files {
  if (storage.scheme === 'file') {
    const dir = join(storage.fsPath, 'summary-cache');
    return {
      size: async (name) => (await stat(join(dir, name))).size,
      read: (name) => readFile(join(dir, name)),
      replace: (name, bytes) => replaceFile(dir, name, bytes),
    };
  }
  const dir = vscode.Uri.joinPath(storage, 'summary-cache');
  return {
    size: async (name) => (await vscode.workspace.fs.stat(vscode.Uri.joinPath(dir, name))).size,
    read: async (name) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name)),
    async replace(name, bytes) {
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

export function cacheStore(storage: vscode.Uri): CacheFiles {
  const files = filesIn(storage);
  return {
    async read(name) {
      try {
        if ((await files.size(name)) > MAX_CACHE_BYTES) return undefined;
        const bytes = await files.read(name);
        // ASCII (the usual case) at once, in a few ms; else UTF-8 a megabyte at a time.
        return asciiText(bytes) ?? (await decode(bytes));
      } catch {
        return undefined;
      }
    },
    async write(name, text) {
      await files.replace(name, await encode(text));
    },
  };
}
