/**
 * Which files of a local folder are notes (src/node/walkFiles.ts, the
 * extension's own walk in place of findFiles): what the notes glob names,
 * dot folders included, nothing in node_modules or .git, and a folder of
 * notes that is a link to a synced folder elsewhere; as a full rebuild finds
 * them and as file events keep them.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ClientFrictionApi } from '../../../src/extension';
import { closeAll, extensionApi, folder, waitFor } from './util';

describe('the notes of a local folder', () => {
  let api: ClientFrictionApi;
  let outside: string;
  const clients = () => join(folder().uri.fsPath, 'clients');
  // What the extension ranks (the tests' coreRanking finds files its own way).
  const rows = async () => (await api.tree.visibleClients()).map((c) => c.summary);
  const names = async () => (await rows()).map((s) => s.name);
  const note = (name: string) => `---\nclient: ${name}\nstatus: active\n---\n`;

  before(async () => {
    api = await extensionApi();
    await api.tree.setShowFormer(false);
    await api.tree.setGroupByStatus(false);
    outside = mkdtempSync(join(tmpdir(), 'cf-synced-'));
    writeFileSync(join(outside, 'synced.md'), note('Synced Client'));
    mkdirSync(join(clients(), '.archive'), { recursive: true });
    writeFileSync(join(clients(), '.archive', 'dot.md'), note('Dot Archive'));
    mkdirSync(join(clients(), 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(clients(), 'node_modules', 'pkg', 'readme.md'), note('Package Readme'));
    symlinkSync(outside, join(clients(), 'synced'));
    await api.clients.rebuild();
  });

  after(async () => {
    for (const name of ['.archive', 'node_modules', 'synced']) rmSync(join(clients(), name), { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
    await api.clients.rebuild();
    await api.tree.setShowFormer(true);
    await closeAll();
  });

  it('are what the glob names, dot folders and a linked folder included, node_modules not', async () => {
    const all = await names();
    assert.ok(all.includes('Dot Archive'), all.join(', '));
    assert.ok(all.includes('Synced Client'), all.join(', '));
    assert.ok(!all.includes('Package Readme'), all.join(', '));
    const synced = (await rows()).find((c) => c.name === 'Synced Client')!;
    assert.equal(synced.file, vscode.Uri.joinPath(folder().uri, 'clients', 'synced', 'synced.md').toString());
  });

  it('found by the walk keep their ids for file events: a change on disk re-scores the same client', async () => {
    const file = vscode.Uri.joinPath(folder().uri, 'clients', '.archive', 'dot.md');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(note('Dot Archive Renamed')));
    await waitFor(async () => (await names()).includes('Dot Archive Renamed'), 'the new name');
    const all = await names();
    assert.ok(!all.includes('Dot Archive'), 'one client, not two');
    // The watcher saw node_modules' note created too: not a note there either.
    assert.ok(!all.includes('Package Readme'), all.join(', '));
  });
});
