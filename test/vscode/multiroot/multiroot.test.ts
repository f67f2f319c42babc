import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, waitFor } from '../suite/util';

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

  it("reads a folder's own notes glob (a resource setting) for that folder alone (issue 22)", async () => {
    const api = await extensionApi();
    const beta = vscode.workspace.workspaceFolders![1];
    const carol = vscode.Uri.joinPath(beta.uri, 'people', 'carol.md');
    await vscode.workspace.fs.writeFile(carol, new TextEncoder().encode('---\nclient: Carol Consulting\nstatus: active\n---\n'));
    try {
      await vscode.workspace.getConfiguration('clientFriction', beta.uri).update('notesGlob', '{clients,people}/**/*.md', vscode.ConfigurationTarget.WorkspaceFolder);
      await waitFor(() => api.clients.portfolios().find((p) => p.folder.name === 'beta')?.portfolio.clients.some((c) => c.name === 'Carol Consulting'), 'beta to read people/ too', 20_000);
      const alpha = api.clients.portfolios().find((p) => p.folder.name === 'alpha')!;
      assert.deepEqual(alpha.portfolio.clients.map((c) => c.name).sort(), ['Acme Agency', 'Quiet Co'], 'alpha keeps the window\'s glob');
    } finally {
      await vscode.workspace.getConfiguration('clientFriction', beta.uri).update('notesGlob', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(beta.uri, 'people'), { recursive: true });
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(beta.uri, '.vscode'), { recursive: true }).then(undefined, () => undefined);
    }
  });
});
