import { startCodeServer } from '../../../../scripts/vscode/code-server.mjs';
import * as ui from '../ui.mjs';
const vs = await startCodeServer({ workspace: 'test/vscode/harness/selftest/workspace', extensions: ['test/vscode/harness/selftest/sample-extension'], log: console.log });
try {
  const t0 = Date.now();
  await ui.waitForWorkbench(vs.page);
  console.log('workbench', Date.now() - t0);
  const tabs = await vs.page.locator('.part.activitybar [role="tab"]').evaluateAll(els => els.map(e => [e.getAttribute('aria-label'), e.getAttribute('aria-selected'), e.className]));
  console.log(tabs);
  await ui.openViewContainer(vs.page, 'Selftest');
  console.log('opened', Date.now() - t0);
  console.log(await ui.treeItems(vs.page, 'Sample Tree'));
  console.log('hover:', await ui.hoverTreeItem(vs.page, 'Sample Tree', 'Beta'));
  console.log(await ui.screenshot(vs.page, 'explore'));
  await ui.runCommand(vs.page, 'Selftest: Hello');
  await vs.page.waitForTimeout(1000);
  console.log('notes', await ui.notificationMessages(vs.page));
  console.log(await ui.screenshot(vs.page, 'explore2'));
} catch (e) { console.error(e); await ui.screenshot(vs.page, 'explore-fail'); const html = await vs.page.content(); (await import('node:fs')).writeFileSync('/tmp/page.html', html); }
finally { await vs.stop(); }
