import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ClientFrictionApi } from '../../../src/extension';
import { EXTENSION_ID, extensionApi, folder, waitFor } from './util';

/**
 * One engine, one set of settings (issue 22): the terminal reads the folder's
 * .vscode/settings.json as the sidebar reads its configuration, so a folder
 * with settings that change the score ranks the same in both.
 */
describe('the CLI and the sidebar on the same settings', () => {
  let api: ClientFrictionApi;
  before(async () => {
    api = await extensionApi();
  });

  it('give the same scores for a folder with non-default settings', async () => {
    const config = vscode.workspace.getConfiguration('clientFriction');
    const changed = { replyDays: 3, graceDays: 0, halfLifeDays: 45, weights: { payment: 2, afterHours: 0.5 }, 'workingHours.start': '08:00', channelWords: ['Zoom'] };
    const rebuilt = new Promise<void>((resolve) => {
      const sub = api.clients.onDidRebuild(() => {
        if (api.clients.settings.replyDays === 3 && api.clients.settings.halfLifeDays === 45) {
          sub.dispose();
          resolve();
        }
      });
    });
    try {
      for (const [key, value] of Object.entries(changed)) await config.update(key, value, vscode.ConfigurationTarget.Workspace);
      await rebuilt;
      await api.clients.ready();
      const cli = join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
      // The extension host's own Node runs the CLI bundle the extension ships.
      const doc = JSON.parse(execFileSync(process.execPath, [cli, 'rank', folder().uri.fsPath, '--json'], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'en_US.UTF-8', ELECTRON_RUN_AS_NODE: '1' } }));
      assert.equal(doc.asOf, '2026-11-27', 'the pinned day, read from the same file');
      const sidebar = new Map(api.clients.portfolios()[0].portfolio.clients.map((c) => [c.file.slice(c.file.lastIndexOf('/clients/') + 1), c.score]));
      const terminal = new Map((doc.clients as { file: string; score: number }[]).map((c) => [c.file, c.score]));
      // Notes earlier suites left unsaved in editors are the sidebar's alone: compare the files both read.
      const both = [...terminal.keys()].filter((f) => sidebar.has(f));
      assert.ok(both.length >= 14, both.join(' '));
      for (const file of both) assert.equal(terminal.get(file), sidebar.get(file), file);
      // And the settings did change the scores: the defaults give others.
      const defaults = JSON.parse(execFileSync(process.execPath, [cli, 'rank', folder().uri.fsPath, '--json', '--no-settings', '--as-of', '2026-11-27'], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }));
      assert.ok((defaults.clients as { file: string; score: number }[]).some((c) => terminal.has(c.file) && terminal.get(c.file) !== c.score));
    } finally {
      for (const key of Object.keys(changed)) await config.update(key, undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.clients.settings.replyDays === 7, 'the settings back to their defaults');
    }
  });
});
