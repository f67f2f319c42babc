// Helpers for driving the VS Code workbench in the browser (playwright `page` from
// startCodeServer). They go by what a person sees: titles, labels, tooltips and the
// command palette, through the workbench's accessible markup (role/aria-label), which
// is steadier across VS Code versions than its class names.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const ARTIFACTS_DIR = join(repoRoot, 'artifacts', 'ui');

/**
 * A copy of the example notes in a new temporary folder (`tmp`, for the caller to
 * remove), and the terminal report of them (`rank --json`, which reads the copy's
 * .vscode/settings.json as the extension does: the examples' pinned as-of day): the
 * order the Clients view must show, whatever today is.
 */
export function examplesWorkspace(prefix) {
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  const workspace = join(tmp, 'examples');
  cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
  const report = JSON.parse(execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'rank', workspace, '--json'], { encoding: 'utf8' }));
  return { tmp, workspace, report };
}

/** Waits until the workbench has laid out its parts (activity bar, status bar). */
export async function waitForWorkbench(page, { timeout = 60000 } = {}) {
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ state: 'visible', timeout });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout });
}

function activityItem(page, title) {
  // The tab's own aria-label is empty unless it is active; its icon's says
  // "Title", "Title (keybinding)" or, with a badge, "Title - 4 clients on fire".
  const t = cssString(title);
  return page
    .locator('.part.activitybar [role="tab"]')
    .filter({ has: page.locator(`.action-label[aria-label="${t}"], .action-label[aria-label^="${t} ("], .action-label[aria-label^="${t} - "]`) });
}

/** Shows the view container with this activity bar title (clicking an active one would hide it). */
export async function openViewContainer(page, title, { timeout = 20000 } = {}) {
  const item = activityItem(page, title);
  await item.waitFor({ state: 'visible', timeout });
  const sideBar = page.locator('.part.sidebar');
  // Right after a start or a reload the workbench restores the side bar: a tab read as
  // selected may still be hidden, and one clicked then may be hidden again by the
  // restore. Click until it is both selected and shown, a second apart.
  const until = Date.now() + timeout;
  for (;;) {
    const selected = (await item.getAttribute('aria-selected')) === 'true';
    if (selected && (await sideBar.isVisible())) return;
    if (Date.now() > until) break;
    if (!selected || !(await sideBar.isVisible())) await item.click();
    await sideBar.waitFor({ state: 'visible', timeout: 1000 }).catch(() => undefined);
  }
  await sideBar.waitFor({ state: 'visible', timeout: 1 });
}

/** The pane (section) of a view, found by its title as declared in package.json. */
export function viewPane(page, viewTitle) {
  return page.locator('.part.sidebar .pane, .part.panel .pane, .part.auxiliarybar .pane').filter({
    has: page.locator('.pane-header h3.title', { hasText: new RegExp(`^${escapeRegExp(viewTitle)}$`, 'i') }),
  });
}

/**
 * The rendered rows of a tree view, in display order. Rows the tree has scrolled out
 * of view are not rendered, so are not listed.
 * @returns {Promise<Array<{ label: string, description: string, ariaLabel: string, level: number, expanded?: boolean }>>}
 */
export async function treeItems(page, viewTitle, { timeout = 20000 } = {}) {
  const rows = viewPane(page, viewTitle).locator('.monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout });
  // The list positions rows absolutely and reuses them, so DOM order is not display order.
  return rows.evaluateAll((els) =>
    els.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index)).map((el) => ({
      label: el.querySelector('.label-name')?.textContent ?? '',
      description: el.querySelector('.label-description')?.textContent ?? '',
      ariaLabel: el.getAttribute('aria-label') ?? '',
      level: Number(el.getAttribute('aria-level') ?? 1),
      expanded: el.hasAttribute('aria-expanded') ? el.getAttribute('aria-expanded') === 'true' : undefined,
    })),
  );
}

/** Visible labels of a tree view, in display order. */
export async function treeItemLabels(page, viewTitle, options) {
  return (await treeItems(page, viewTitle, options)).map((i) => i.label);
}

/** Hovers a tree item and returns its tooltip's text. */
export async function hoverTreeItem(page, viewTitle, label, { timeout = 10000 } = {}) {
  const row = viewPane(page, viewTitle)
    .locator('.monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
  await row.first().waitFor({ state: 'visible', timeout });
  const hover = page.locator('.workbench-hover, .monaco-hover').filter({ visible: true });
  // A hover still showing (e.g. of the activity bar item just clicked) would be taken
  // for the tooltip: Escape dismisses it before the mouse moves.
  await page.keyboard.press('Escape');
  await hover.first().waitFor({ state: 'hidden', timeout });
  await row.first().hover();
  await hover.first().waitFor({ state: 'visible', timeout });
  return (await hover.first().innerText()).trim();
}

/**
 * Runs a command through the command palette (F1), by the title it shows there, e.g.
 * "Selftest: Hello". The palette can close before it is typed in (focus taken by a
 * page that just opened, or inert for a moment while the workbench lays out): then it
 * is opened again, up to three times. Once a command is clicked it is never run again.
 */
export async function runCommand(page, title, { timeout = 10000 } = {}) {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row').filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
  });
  for (let attempt = 1; ; attempt++) {
    try {
      // A picker or menu left open would take the key: close it first.
      if (await input.isVisible()) {
        await page.keyboard.press('Escape');
        await input.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => undefined);
      }
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout });
      await input.fill(`>${title}`, { timeout: 5000 });
      await row.first().waitFor({ state: 'visible', timeout });
    } catch (err) {
      if (attempt >= 3) throw err;
      continue;
    }
    await row.first().click();
    await input.waitFor({ state: 'hidden', timeout });
    return;
  }
}

/**
 * The checks of a UI test: `check(title, fn)` runs one, logs it, and on failure saves a
 * screenshot of `checks.page` (what the screen showed) instead of throwing;
 * `result(started)` is the test's counts in run-suite's shape.
 */
export function uiChecks(log, { prefix = 'failed' } = {}) {
  const tests = [];
  const checks = {
    /** The page a failure's screenshot is taken of. */
    page: undefined,
    tests,
    async check(title, fn) {
      const started = Date.now();
      try {
        await fn();
        tests.push({ fullTitle: title, state: 'passed', durationMs: Date.now() - started });
        log(`  ✔ ${title}`);
      } catch (err) {
        tests.push({ fullTitle: title, state: 'failed', durationMs: Date.now() - started, message: err.message });
        if (checks.page) await screenshot(checks.page, `${prefix}-${title.slice(0, 40)}`).catch(() => undefined);
        log(`  ✘ ${title}\n    ${String(err.stack ?? err).split('\n').join('\n    ')}`);
        // What a failed check left open (a picker, a menu, a dialog, an edited note)
        // must not fail the checks after it.
        if (checks.page) await settle(checks.page).catch((e) => log(`    (could not tidy up after it: ${e.message})`));
      }
    },
    result(started) {
      const failed = tests.filter((t) => t.state === 'failed').length;
      return { passed: tests.length - failed, failed, pending: 0, tests, durationMs: Date.now() - started };
    },
  };
  return checks;
}

/**
 * Puts the workbench back to rest after a failed check: closes pickers, menus and
 * hovers, answers a "save changes?" dialog with Don't Save, and reverts and closes
 * every editor, so that the note files on disk stay as the checks after it expect.
 */
export async function settle(page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  const dialog = page.locator('.monaco-dialog-box');
  if (await dialog.isVisible()) await dialog.locator('.monaco-button', { hasText: /Don.t Save|Jangan Simpan/ }).first().click({ timeout: 5000 }).catch(() => page.keyboard.press('Escape'));
  // Revert and close the editors one at a time: no dialog asks about a reverted one.
  for (let i = 0; i < 20 && (await page.locator('.part.editor .tab').count()) > 0; i++) {
    await runCommand(page, 'View: Revert and Close Editor', { timeout: 5000 }).catch(() => page.keyboard.press('Escape'));
  }
}

/** Drags the side bar's edge to the given width; resolves with the width it had. */
export async function resizeSideBar(page, width) {
  const bar = await page.locator('.part.sidebar').boundingBox();
  if (!bar) return undefined;
  await page.mouse.move(bar.x + bar.width + 1, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + width, bar.y + bar.height / 2, { steps: 8 });
  await page.mouse.up();
  return bar.width;
}

/** Texts of the notification toasts currently shown. */
export async function notificationMessages(page) {
  return page.locator('.notification-toast .notification-list-item-message').allInnerTexts();
}

/**
 * Saves a PNG of the page as artifacts/ui/NAME.png (NAME may hold a subfolder,
 * e.g. `readme/clients`) and returns its path; `clip` keeps only that rectangle
 * of the page (in CSS pixels).
 */
export async function screenshot(page, name, { clip } = {}) {
  const file = join(ARTIFACTS_DIR, `${name.split('/').map((part) => part.replace(/[^\w.-]+/g, '_')).join('/')}.png`);
  mkdirSync(dirname(file), { recursive: true });
  // Finishes transitions (a toast sliding in) instead of catching them halfway.
  await page.screenshot({ path: file, animations: 'disabled', ...(clip && { clip: roundClip(clip) }) });
  return file;
}

/** The smallest rectangle holding all of the given boxes (from `locator.boundingBox()`), with a margin. */
export function around(boxes, margin = 0) {
  const present = boxes.filter(Boolean);
  const x = Math.max(0, Math.min(...present.map((b) => b.x)) - margin);
  const y = Math.max(0, Math.min(...present.map((b) => b.y)) - margin);
  return {
    x,
    y,
    width: Math.max(...present.map((b) => b.x + b.width)) + margin - x,
    height: Math.max(...present.map((b) => b.y + b.height)) + margin - y,
  };
}

function roundClip({ x, y, width, height }) {
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function cssString(s) {
  return s.replace(/["\\]/g, '\\$&');
}
