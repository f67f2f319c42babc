// The UI in Malay: code-server started with `--locale ms` and a Malay language pack (a
// test fixture without translations of VS Code's own texts, so the workbench stays
// English and what reads Malay is the extension's): the Clients view and its tooltip,
// our commands in the palette and our settings read in Malay, as the terminal report
// with `--lang ms` words the same notes; Open Report shows the report in Malay.
// Screenshots under artifacts/ui/malay-*.png.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagedFiles, startCodeServer } from '../../../scripts/vscode/code-server.mjs';
import { examplesWorkspace, hoverTreeItem, openViewContainer, resizeSideBar, runCommand, screenshot, treeItems, uiChecks, waitForWorkbench } from '../harness/ui.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const NLS = JSON.parse(readFileSync(join(root, 'package.nls.ms.json'), 'utf8'));
const BUNDLE = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.ms.json'), 'utf8'));

export async function runMalayUiTest({ log = (l) => console.log(l) } = {}) {
  const checks = uiChecks(log, { prefix: 'failed-malay' });
  const { check } = checks;
  let page;

  const { tmp, workspace, report } = examplesWorkspace('cf-ui-ms-');
  const started = Date.now();
  let vs;
  try {
    vs = await startCodeServer({
      workspace,
      locale: 'ms',
      extensions: [{ dir: root, files: packagedFiles(root) }, join(root, 'test', 'vscode', 'fixtures', 'language-pack-ms')],
      viewport: { width: 1400, height: 900 },
      log: (l) => log(`[ui ms] ${l}`),
    });
    page = checks.page = vs.page;
    await waitForWorkbench(page);
    log(`[ui ms] workbench ready after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    await check('the Clients view reads in Malay: its titles, bands, signals and groups', async () => {
      await openViewContainer(page, NLS['viewsContainers.clientFriction.title']);
      const view = NLS['views.friction.name'];
      const top = report.clients[0];
      let rows = [];
      for (const deadline = Date.now() + 30000; Date.now() < deadline; await page.waitForTimeout(250)) {
        rows = await treeItems(page, view);
        if (rows.some((r) => r.label === top.name)) break;
      }
      const clientRows = rows.filter((r) => r.level === 1);
      assert.deepEqual(clientRows.map((r) => r.label), [...report.clients.map((c) => c.name), 'Bekas pelanggan']);
      for (const c of report.clients) {
        const row = clientRows.find((r) => r.label === c.name);
        const band = BUNDLE[c.band];
        const flags = c.flags.length ? ` · ⚑ ${c.flags.map((f) => BUNDLE[f]).join(', ')}` : '';
        assert.match(row.description, new RegExp(`^${c.score}( [↑↓]\\d+)?${flags} · ${band}( · |$)`), `${c.name}: ${row.description}`);
      }
      const signals = rows.slice(rows.indexOf(clientRows[0]) + 1).filter((r) => r.level === 2);
      assert.match(signals[0].label, new RegExp(`^${BUNDLE.payment} \\+\\d+ mata$`));
      // Wide enough to read the descriptions, the mouse away from the activity bar's hover.
      await resizeSideBar(page, 620);
      await page.mouse.move(1000, 700);
      await page.waitForTimeout(300);
      log(`[ui ms] screenshot: ${await screenshot(page, 'malay-clients-view')}`);
    });

    await check('hovering a client shows its breakdown in Malay', async () => {
      const flagged = report.clients.find((c) => c.flags.length > 0);
      // Right after the side bar was dragged, the first hover may not open: move away and hover again.
      const text = await hoverTreeItem(page, NLS['views.friction.name'], flagged.name).catch(async () => {
        await page.mouse.move(1000, 700);
        return hoverTreeItem(page, NLS['views.friction.name'], flagged.name);
      });
      assert.match(text, new RegExp(`${flagged.name} — geseran ${flagged.score} · `));
      assert.match(text, new RegExp(`Ditanda: ${BUNDLE[flagged.flags[0]]}`));
      assert.match(text, /(naik|turun) \d+ dalam 30 hari|stabil sepanjang 30 hari/);
      log(`[ui ms] screenshot: ${await screenshot(page, 'malay-tooltip')}`);
      await page.keyboard.press('Escape');
    });

    await check('the command palette lists our commands in Malay', async () => {
      const input = page.locator('.quick-input-widget input');
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 10000 });
      await input.fill('>Client Friction');
      // The first rows, alphabetically in Malay (the list renders only what it shows).
      const labels = page.locator('.quick-input-list .monaco-list-row .label-name');
      await labels.filter({ hasText: NLS['commands.openReport.title'] }).first().waitFor({ state: 'visible', timeout: 10000 });
      const shown = (await labels.allInnerTexts()).map((l) => l.trim());
      for (const key of ['commands.openReport.title', 'commands.importCsv.title', 'commands.logInteraction.title']) {
        assert.ok(shown.includes(`Client Friction: ${NLS[key]}`), `"Client Friction: ${NLS[key]}" in ${JSON.stringify(shown)}`);
      }
      log(`[ui ms] screenshot: ${await screenshot(page, 'malay-command-palette')}`);
      await page.keyboard.press('Escape');
    });

    await check('Open Report shows the report in Malay: its sections, tables and lead', async () => {
      await runCommand(page, `Client Friction: ${NLS['commands.openReport.title']}`);
      const frame = page.frameLocator('iframe.webview:visible').frameLocator('iframe#active-frame');
      await frame.locator('#cf-pareto table .cf-client').first().waitFor({ state: 'visible', timeout: 30000 });
      assert.equal(await frame.locator('html').getAttribute('lang'), 'ms');
      assert.equal((await frame.locator('h1').innerText()).trim(), BUNDLE['Client friction report']);
      const headings = ['Friction and income', 'Trend', 'Invoice ageing', 'Effective rate', 'Concentration'];
      assert.deepEqual((await frame.locator('h2').allTextContents()).slice(0, 5), headings.map((h) => BUNDLE[h]));
      assert.deepEqual(await frame.locator('#cf-pareto table .cf-client').allInnerTexts(), report.clients.map((c) => c.name));
      assert.match(await frame.locator('.cf-lead').first().innerText(), new RegExp(`^\\d+ daripada ${report.clients.length} pelanggan menanggung \\d+% daripada geseran dan membawa \\d+% daripada pendapatan\\.$`));
      assert.deepEqual((await frame.locator('#cf-pareto thead th').allTextContents()).slice(1, 4), ['Client', 'Score', 'Band'].map((h) => BUNDLE[h]));
      const remind = frame.locator('#cf-ageing button.cf-remind').first();
      assert.equal((await remind.innerText()).trim(), BUNDLE['Send…']);
      assert.match(await remind.getAttribute('aria-label'), /^Hantar peringatan (mesra|tegas|terakhir) tentang /);
      await page.mouse.move(1000, 850);
      log(`[ui ms] screenshot: ${await screenshot(page, 'malay-report')}`);
      await frame.locator('#cf-ageing').evaluate((s) => s.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(300);
      log(`[ui ms] screenshot: ${await screenshot(page, 'malay-report-ageing')}`);
    });

    await check('the settings UI describes our settings in Malay', async () => {
      const input = page.locator('.quick-input-widget input');
      await page.keyboard.press('F1');
      await input.fill('>Preferences: Open Settings (UI)');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Open Settings (UI)' }).first().click();
      const search = page.locator('.settings-editor .suggest-input-container .monaco-editor').first();
      await search.waitFor({ state: 'visible', timeout: 15000 });
      await search.click();
      await page.keyboard.type('@ext:client-friction.client-friction language');
      const description = page.locator('.settings-editor .setting-item-description', { hasText: NLS['configuration.language.description'] });
      await description.first().waitFor({ state: 'visible', timeout: 15000 });
      await page.keyboard.press('Control+A');
      await page.keyboard.type('@ext:client-friction.client-friction');
      // The settings in alphabetical order: Bands, Concentration Percent…
      const first = page.locator('.settings-editor .setting-item-description', { hasText: 'Skor terendah bagi setiap tahap' }).first();
      await first.waitFor({ state: 'visible', timeout: 15000 });
      await first.click(); // closes the search's suggestions
      await page.mouse.move(1000, 850);
      await page.waitForTimeout(300);
      log(`[ui ms] screenshot: ${await screenshot(page, 'malay-settings')}`);
    });
  } finally {
    await vs?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  return checks.result(started);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await runMalayUiTest();
  console.log(`ui (Malay): ${r.passed} passed, ${r.failed} failed`);
  process.exit(r.failed ? 1 : 0);
}
