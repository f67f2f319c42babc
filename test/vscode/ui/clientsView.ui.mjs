// The UI test: what a person sees in the browser. Opens the example workspace in
// code-server with the extension, opens the Clients view, reads the visible labels in
// order and checks them against the terminal report of the same notes on the same
// day, hovers the worst client, opens the preview of its note, and saves screenshots
// under artifacts/ui/ (look at them).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagedFiles, startCodeServer } from '../../../scripts/vscode/code-server.mjs';
import { hoverTreeItem, openViewContainer, runCommand, screenshot, treeItems, viewPane, waitForWorkbench } from '../harness/ui.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const VIEW = 'Friction';
const HOSTILE = '[Click me](command:workbench.action.terminal.new)';

/** Drags the side bar's edge to the given width; resolves with the width it had. */
async function resizeSideBar(page, width) {
  const bar = await page.locator('.part.sidebar').boundingBox();
  if (!bar) return undefined;
  await page.mouse.move(bar.x + bar.width + 1, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + width, bar.y + bar.height / 2, { steps: 8 });
  await page.mouse.up();
  return bar.width;
}

export async function runUiTest({ log = (l) => console.log(l) } = {}) {
  const tests = [];
  const check = async (title, fn) => {
    const started = Date.now();
    try {
      await fn();
      tests.push({ fullTitle: title, state: 'passed', durationMs: Date.now() - started });
      log(`  ✔ ${title}`);
    } catch (err) {
      tests.push({ fullTitle: title, state: 'failed', durationMs: Date.now() - started, message: err.message });
      log(`  ✘ ${title}\n    ${String(err.stack ?? err).split('\n').join('\n    ')}`);
    }
  };

  const tmp = mkdtempSync(join(tmpdir(), 'cf-ui-'));
  const workspace = join(tmp, 'examples');
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  cpSync(join(root, 'test', 'fixtures', 'import', 'toggl.csv'), join(workspace, 'toggl.csv'));
  // A hostile client name (and, later, a hostile key in the workspace's
  // settings): both reach notifications, which must show them as text, not as
  // links to run.
  writeFileSync(join(workspace, 'clients', 'zz-hostile.md'), `---\nclient: "${HOSTILE}"\nstatus: offboarding\n---\n`);
  // The terminal report of the same notes, as of today: the order the view must show.
  const report = JSON.parse(execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'rank', workspace, '--json'], { encoding: 'utf8' }));
  const started = Date.now();
  let vs;
  try {
    vs = await startCodeServer({
      workspace,
      extensions: [{ dir: root, files: packagedFiles(root) }],
      viewport: { width: 1400, height: 900 },
      log: (l) => log(`[ui] ${l}`),
    });
    const page = vs.page;
    await waitForWorkbench(page);
    log(`[ui] workbench ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    let rows = [];
    let sideBarWidth;
    await check('the Clients view lists the clients in the order of the terminal report', async () => {
      await openViewContainer(page, 'Clients');
      const expected = report.clients.map((c) => c.name);
      // Wait for the index: the first label is the worst client once the notes are read.
      const deadline = Date.now() + 30000;
      for (;;) {
        rows = await treeItems(page, VIEW);
        if (rows.some((r) => r.label === expected[0]) || Date.now() > deadline) break;
        await page.waitForTimeout(250);
      }
      const clientRows = rows.filter((r) => r.level === 1);
      assert.deepEqual(
        clientRows.map((r) => r.label),
        [...expected, 'Former clients'],
      );
      const top = report.clients[0];
      assert.match(clientRows[0].description, new RegExp(`^${top.score}( [↑↓]\\d+)?( · ⚑ [a-z, ]+)? · ${top.band} · `));
      // Flags by name and trend arrows, as the terminal report computes them.
      for (const c of report.clients) {
        const row = clientRows.find((r) => r.label === c.name);
        const arrow = c.trend.delta >= 5 ? ` ↑${c.trend.delta}` : c.trend.delta <= -5 ? ` ↓${-c.trend.delta}` : '';
        const flags = c.flags.length ? ` · ⚑ ${c.flags.join(', ')}` : '';
        assert.ok(row.description.startsWith(`${c.score}${arrow}${flags} · ${c.band}`), `${c.name}: ${row.description}`);
      }
      assert.ok(report.clients.some((c) => c.flags.length > 0) && report.clients.some((c) => Math.abs(c.trend.delta) >= 5));
    });

    await check('the worst client is expanded on its signals, and the screenshot shows it', async () => {
      const top = rows.findIndex((r) => r.level === 1);
      assert.equal(rows[top].expanded, true);
      const children = rows.slice(top + 1).filter((r, i, all) => all.slice(0, i + 1).every((x) => x.level === 2));
      assert.ok(children.length >= 3, `children: ${JSON.stringify(children)}`);
      assert.match(children[0].label, /^payment [\d.]+$/);
      // A wider side bar, as a person would drag it to read the descriptions
      // (flags and trend arrows included), then the mouse away from the
      // activity bar, whose hover would cover the rows' icons.
      sideBarWidth = await resizeSideBar(page, 620);
      await page.mouse.move(1000, 700);
      await page.waitForTimeout(300);
      log(`[ui] screenshot: ${await screenshot(page, 'clients-view-expanded')}`);
    });

    await check('hovering a client shows its breakdown as text', async () => {
      const text = await hoverTreeItem(page, VIEW, report.clients[0].name);
      assert.match(text, new RegExp(`${report.clients[0].name} — friction ${report.clients[0].score}`));
      assert.match(text, /payment \d/);
      log(`[ui] screenshot: ${await screenshot(page, 'clients-view-tooltip')}`);
      await page.keyboard.press('Escape');
    });

    await check('hovering a flagged client names the flag, the trend and the share of income', async () => {
      const flagged = report.clients.find((c) => c.flags.length > 0);
      const text = await hoverTreeItem(page, VIEW, flagged.name);
      assert.match(text, new RegExp(`Flagged: ${flagged.flags[0]}`));
      assert.match(text, /(up|down) \d+ in 30 days|steady over 30 days/);
      if (flagged.income.share !== null) assert.match(text, new RegExp(`friction ${flagged.score} · ${Math.round(flagged.income.share * 100)}% of income`));
      log(`[ui] screenshot: ${await screenshot(page, 'clients-view-flag-tooltip')}`);
      await page.keyboard.press('Escape');
      // Back to the usual width, for the editor and the preview.
      if (sideBarWidth) await resizeSideBar(page, sideBarWidth);
    });

    await check('the status bar shows the score of the open note, and its preview shows tag chips and the score line', async () => {
      await page.locator('.part.sidebar .monaco-list-row', { hasText: report.clients[0].name }).first().click();
      await page.locator('.editor-group-container .monaco-editor').first().waitFor({ state: 'visible', timeout: 15000 });
      const status = page.locator('.part.statusbar .statusbar-item', { hasText: new RegExp(`${report.clients[0].score}( [↑↓]\\d+)?( · ⚑ [a-z, ]+)? · ${report.clients[0].band}`) });
      await status.first().waitFor({ state: 'visible', timeout: 15000 });
      await runCommand(page, 'Markdown: Open Preview to the Side');
      const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
      await frame.locator('.cf-score').waitFor({ state: 'visible', timeout: 20000 });
      assert.match(await frame.locator('.cf-score').innerText(), /^Friction \d+( [↑↓]\d+)?( · ⚑ [a-z, ]+)? · \w+/);
      assert.ok((await frame.locator('.cf-tag').count()) >= 5);
      // The top of the preview: the score line above the note.
      await frame.locator('.cf-score').scrollIntoViewIfNeeded();
      log(`[ui] screenshot: ${await screenshot(page, 'note-preview-top')}`);
      // Then the log with its tag chips.
      await frame.locator('.cf-tag').first().scrollIntoViewIfNeeded();
      log(`[ui] screenshot: ${await screenshot(page, 'note-preview')}`);
    });

    await check('Import from CSV asks about an unknown client, previews the changes per note, and applies them', async () => {
      await page.keyboard.press('Escape');
      // Run from the palette; the command's own file dialog (in code-server, a quick
      // input that takes a path) follows at once, so the palette does not close first.
      const input = page.locator('.quick-input-widget input');
      await page.keyboard.press('F1');
      await input.fill('>Client Friction: Import from CSV…');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Import from CSV…' }).first().click();
      const dialog = page.locator('.quick-input-widget input[aria-label*="Import from CSV"]');
      await dialog.waitFor({ state: 'visible', timeout: 10000 });
      // It fills in its starting folder once it has read it, which can replace what was
      // typed before: type the path until it stays and the dialog lists the file.
      const path = join(workspace, 'toggl.csv');
      const listed = page.locator('.quick-input-list .monaco-list-row', { hasText: 'toggl.csv' }).first();
      for (let attempt = 0; ; attempt++) {
        await dialog.fill(path);
        await page.waitForTimeout(500);
        if ((await dialog.inputValue()) === path && (await listed.isVisible())) break;
        if (attempt === 20) throw new Error(`the file dialog did not take the path (it shows ${await dialog.inputValue()})`);
      }
      log(`[ui] screenshot: ${await screenshot(page, 'import-file-dialog')}`);
      await page.keyboard.press('Enter');
      const title = page.locator('.quick-input-widget .quick-input-title');
      await title.filter({ hasText: /no client note is named “Acme Ltd”/ }).waitFor({ state: 'visible', timeout: 15000 });
      log(`[ui] screenshot: ${await screenshot(page, 'import-unmatched-client')}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Skip' }).first().click();
      await title.filter({ hasText: /2 notes will change/ }).waitFor({ state: 'visible', timeout: 15000 });
      const rows = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
      assert.ok(rows.some((r) => /Northwind Studio/.test(r) && /\+ 3 log entries; 1 already there/.test(r)), rows.join(' | '));
      log(`[ui] screenshot: ${await screenshot(page, 'import-preview')}`);
      await page.keyboard.press('Enter');
      const toast = page.locator('.notification-toast', { hasText: 'Imported into 2 notes' });
      await toast.first().waitFor({ state: 'visible', timeout: 15000 });
      log(`[ui] screenshot: ${await screenshot(page, 'import-done')}`);
    });

    await check('a hostile client name and setting key in notifications render no link', async () => {
      await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Click me' }).first().click();
      await page.locator('.editor-group-container .monaco-editor').first().waitFor({ state: 'visible', timeout: 15000 });
      await runCommand(page, 'Client Friction: Mark as Offboarding');
      const toast = page.locator('.notification-toast .notification-list-item-message', { hasText: 'is already marked as offboarding' });
      await toast.first().waitFor({ state: 'visible', timeout: 15000 });
      log(`[ui] screenshot: ${await screenshot(page, 'hostile-notification')}`);
      // The workspace's settings change: the extension re-reads them and warns about the key.
      mkdirSync(join(workspace, '.vscode'), { recursive: true });
      writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'clientFriction.tagSynonyms': { [HOSTILE]: 'urgent' } }));
      await page.locator('.notification-toast .notification-list-item-message', { hasText: 'Client Friction settings' }).first().waitFor({ state: 'visible', timeout: 20000 });
      await runCommand(page, 'Notifications: Show Notifications');
      const center = page.locator('.notifications-center .notification-list-item-message');
      await center.first().waitFor({ state: 'visible', timeout: 10000 });
      const ours = [];
      for (const text of ['is already marked as offboarding', 'Client Friction settings']) {
        const message = center.filter({ hasText: text }).first();
        await message.waitFor({ state: 'visible', timeout: 10000 });
        ours.push((await message.innerText()).replace(/\u200b/g, ''));
        assert.equal(await message.locator('a').count(), 0, `a link in "${await message.innerText()}"`);
      }
      assert.ok(ours[0].startsWith(`${HOSTILE} is already marked as offboarding`), ours[0]);
      assert.ok(ours[1].includes(`tagSynonyms.${HOSTILE}`), ours[1]);
      log(`[ui] screenshot: ${await screenshot(page, 'hostile-notifications-center')}`);
    });
  } finally {
    await vs?.stop();
  }

  // A workspace without notes: the welcome view offers the two ways in.
  let empty;
  try {
    const folder = join(tmp, 'empty');
    mkdirSync(folder);
    empty = await startCodeServer({ workspace: folder, extensions: [{ dir: root, files: packagedFiles(root) }], log: (l) => log(`[ui] ${l}`) });
    await waitForWorkbench(empty.page);
    await check('a workspace without notes shows the welcome view with its two buttons', async () => {
      await openViewContainer(empty.page, 'Clients');
      const welcome = viewPane(empty.page, VIEW).locator('.welcome-view-content');
      await welcome.waitFor({ state: 'visible', timeout: 30000 });
      // Under load the pane can show before its text is rendered: wait for the text, then read it.
      await welcome.filter({ hasText: 'No client notes found' }).waitFor({ state: 'visible', timeout: 30000 }).catch(() => undefined);
      assert.match(await welcome.innerText(), /No client notes found/);
      const buttons = await welcome.locator('.monaco-button').allInnerTexts();
      assert.deepEqual(buttons.map((b) => b.trim()), ['New Client Note', 'Open Example Notes']);
      log(`[ui] screenshot: ${await screenshot(empty.page, 'welcome-view')}`);
    });
  } finally {
    await empty?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  const failed = tests.filter((t) => t.state === 'failed').length;
  return { passed: tests.length - failed, failed, pending: 0, tests, durationMs: Date.now() - started };
}
