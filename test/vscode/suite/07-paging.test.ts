import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientFrictionApi } from '../../../src/extension';
import { TREE_PAGE } from '../../../src/vscode/tree/frictionTree';
import type { ClientNode, FrictionNode } from '../../../src/vscode/tree/nodes';
import { closeAll, coreRanking, extensionApi, folder, waitFor } from './util';

/** 430 more clients: the tree lists TREE_PAGE of them, then pages of TREE_PAGE, each made when first opened. */
const MANY = 430;

describe('a long list of clients in the Friction tree', () => {
  let api: ClientFrictionApi;
  /** The clients ranked before the long list came (the examples, and what earlier suites added). */
  let others = 0;
  const dir = () => vscode.Uri.joinPath(folder().uri, 'clients', 'many');
  const ranked = async () => (await coreRanking(api)).clients.length;

  before(async () => {
    api = await extensionApi();
    await api.tree.setSortBy('friction');
    await api.tree.setGroupByStatus(false);
    await api.tree.setShowFormer(false);
    others = await ranked();
    const before = others;
    for (let i = 0; i < MANY; i++) {
      const n = String(i).padStart(3, '0');
      // Scores spread by after-hours contacts, so the pages hold different scores.
      const log = Array.from({ length: i % 7 }, (_, k) => `- 2026-11-${String(10 + k).padStart(2, '0')} 23:15 message at night`).join('\n');
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir(), `many-${n}.md`), new TextEncoder().encode(`---\nclient: Many ${n}\nstatus: active\n---\n\n## Log\n${log}\n`));
    }
    await waitFor(async () => (await api.tree.visibleClients()).length === before + MANY, `${before + MANY} client rows`, 30_000);
  });

  after(async () => {
    for (const name of ['many', 'moved']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder().uri, 'clients', name), { recursive: true }).then(undefined, () => undefined);
    await api.tree.setShowFormer(true);
    await closeAll();
  });

  it('lists the first page of clients, then the rest in pages of as many, in the ranking order', async () => {
    const portfolio = await coreRanking(api);
    const total = portfolio.clients.length;
    const roots: FrictionNode[] = await api.tree.getChildren();
    const clients = roots.filter((n): n is ClientNode => n.kind === 'client');
    const pages = roots.filter((n) => n.kind === 'group');
    assert.equal(clients.length, TREE_PAGE);
    assert.deepEqual(
      pages.map((p) => p.toTreeItem().label),
      Array.from({ length: Math.ceil(total / TREE_PAGE) - 1 }, (_, k) => `Clients ${(k + 1) * TREE_PAGE + 1}–${Math.min((k + 2) * TREE_PAGE, total)}`),
    );
    const rows: string[] = clients.map((c) => c.summary.file);
    for (const page of pages) {
      assert.equal(page.toTreeItem().collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
      const children = await api.tree.getChildren(page);
      assert.ok(children.every((c) => c.kind === 'client' && c.parent === page));
      rows.push(...children.map((c) => (c as ClientNode).summary.file));
    }
    assert.deepEqual(rows, portfolio.clients.map((c) => c.file));
    assert.deepEqual((await api.tree.visibleClients()).map((c) => c.summary.file), rows);
  });

  it('finds and reveals a client on a page not yet opened', async () => {
    await api.tree.refresh();
    const last = (await coreRanking(api)).clients.at(-1)!;
    const node = await api.tree.clientNode(vscode.Uri.parse(last.file));
    assert.ok(node, 'the last client has a row');
    assert.equal(node.parent?.kind, 'group');
    assert.equal(api.tree.getParent(node), node.parent);
    await vscode.commands.executeCommand('workbench.view.extension.clientFriction');
    await api.tree.reveal(vscode.Uri.parse(last.file));
    await waitFor(() => api.tree.view.selection[0]?.kind === 'client' && (api.tree.view.selection[0] as ClientNode).summary.file === last.file, 'the last client selected');
  });

  it('follows a folder of notes moved (its clients now read from the new place) and deleted (its clients gone)', async function () {
    this.timeout(60_000);
    const moved = vscode.Uri.joinPath(folder().uri, 'clients', 'moved');
    // A move the watcher of `clients/**/*.md` is not told of: only the folder's paths change.
    await vscode.workspace.fs.rename(dir(), moved);
    const under = (name: string) => async () => {
      const files = (await api.tree.visibleClients()).map((c) => c.summary.file);
      return files.length === others + MANY && files.filter((f) => f.includes(`/clients/${name}/`)).length === MANY;
    };
    await waitFor(under('moved'), `the ${MANY} clients read from clients/moved/`, 30_000);
    await vscode.workspace.fs.delete(moved, { recursive: true });
    await waitFor(async () => (await api.tree.visibleClients()).length === others, 'only the clients of before', 30_000);
  });
});
