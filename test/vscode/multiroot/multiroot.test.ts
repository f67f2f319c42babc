import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi } from '../suite/util';

describe('a multi-root workspace', () => {
  it('shows one group per folder, each with its own clients', async () => {
    const api = await extensionApi();
    assert.equal(vscode.workspace.workspaceFolders?.length, 2);
    const roots = await api.tree.getChildren();
    assert.deepEqual(
      roots.map((r) => [r.kind, r.toTreeItem().label]),
      [
        ['folder', 'alpha'],
        ['folder', 'beta'],
      ],
    );
    const alpha = (await api.tree.getChildren(roots[0])).map((n) => n.toTreeItem().label);
    const beta = (await api.tree.getChildren(roots[1])).map((n) => n.toTreeItem().label);
    assert.deepEqual(alpha, ['Acme Agency', 'Quiet Co']);
    assert.deepEqual(beta, ['Bolt Bikes']);
    assert.equal(roots[0].toTreeItem().description, '2 clients');
  });

  it('keeps one index per folder', async () => {
    const api = await extensionApi();
    const portfolios = api.clients.portfolios();
    assert.deepEqual(
      portfolios.map((p) => [p.folder.name, p.portfolio.clients.length]),
      [
        ['alpha', 2],
        ['beta', 1],
      ],
    );
  });
});
