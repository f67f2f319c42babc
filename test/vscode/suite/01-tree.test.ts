import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { signalLabel } from '../../../src/core/labels';
import type { ClientFrictionApi } from '../../../src/extension';
import { clientLabels, clientRows, closeAll, coreRanking, extensionApi, noteUri, waitFor } from './util';

describe('the Friction tree on the example workspace', () => {
  let api: ClientFrictionApi;
  before(async () => {
    api = await extensionApi();
    await api.tree.setSortBy('friction');
    await api.tree.setGroupByStatus(false);
    await api.tree.setShowFormer(true);
  });
  after(closeAll);

  it('ranks the clients by friction, as the core does, former clients last and apart', async () => {
    const portfolio = await coreRanking(api);
    const labels = await clientLabels(api);
    assert.deepEqual(labels, [...portfolio.clients, ...portfolio.former].map((c) => c.name));
    assert.equal(labels.length, 15);
    assert.equal(labels[0], 'Northwind Studio');
    assert.equal(labels[labels.length - 1], 'Old Harbour Cafe');
    const roots = await api.tree.getChildren();
    const former = roots[roots.length - 1];
    assert.equal(former.kind, 'group');
    assert.equal(former.toTreeItem().label, 'Former clients');
    assert.equal(former.toTreeItem().collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
  });

  it('describes each client shortly as "score [trend arrow] [· ⚑ flags] · band", with a band (or flag) icon, the problems marked, the top signal in its tooltip', async () => {
    for (const row of await clientRows(api)) {
      const s = row.summary;
      const item = row.toTreeItem();
      // Issue 21: room in a 300 px sidebar; the signals are the row's children and in its tooltip.
      if (s.signals[0]) assert.match((api.tree.resolveTreeItem(item, row).tooltip as vscode.MarkdownString).value, new RegExp(`\\*\\*${signalLabel(s.signals[0].id)}\\*\\*`));
      const problems = s.problems.length ? ` · ⚠ ${s.problems.length}` : '';
      const d = s.trend.delta;
      const arrow = d >= 5 ? ` ↑${d}` : d <= -5 ? ` ↓${-d}` : '';
      const flags = s.flags.length ? ` · ⚑ ${s.flags.map((f) => f.id).join(', ')}` : '';
      assert.equal(item.description, `${s.score}${arrow}${flags} · ${s.band}${problems}`, s.name);
      assert.ok(item.iconPath instanceof vscode.ThemeIcon);
      assert.equal((item.iconPath as vscode.ThemeIcon).id === 'flag', s.flags.length > 0, `${s.name}: a flag icon exactly when flagged`);
      assert.ok((item.iconPath as vscode.ThemeIcon).color instanceof vscode.ThemeColor);
      assert.equal(item.command?.command, 'vscode.open');
      assert.equal((item.command?.arguments?.[0] as vscode.Uri).toString(), s.file);
      assert.match(String(item.contextValue), /^client /);
    }
    const gallo = (await clientRows(api)).find((r) => r.summary.name === 'Gallo Restaurant Group')!;
    assert.match(String(gallo.toTreeItem().description), /· ⚠ 1$/);
  });

  it('names the hard flags and shows the trend arrow on the examples, as the core computes them', async () => {
    const portfolio = await coreRanking(api);
    const rows = await clientRows(api);
    const row = (name: string) => rows.find((r) => r.summary.name === name)!;
    for (const c of [...portfolio.clients, ...portfolio.former]) {
      assert.deepEqual(row(c.name).summary.flags, c.flags, c.name);
      assert.deepEqual(row(c.name).summary.trend, c.trend, c.name);
    }
    // A #disrespect and a #chargeback within the last 180 days: flagged by name, never below strained.
    const bluebird = row('Bluebird Dental').toTreeItem();
    assert.match(String(bluebird.description), /^\d+( [↑↓]\d+)? · ⚑ disrespect · fire$/);
    assert.equal((bluebird.iconPath as vscode.ThemeIcon).id, 'flag');
    const saffron = row('Saffron Skincare');
    assert.match(String(saffron.toTreeItem().description), /^\d+( [↑↓]\d+)? · ⚑ chargeback · strained$/);
    assert.ok(saffron.summary.score >= api.clients.settings.bandThresholds.strained);
    // Granite Logistics went quiet and stopped paying this month: its score rose.
    assert.match(String(row('Granite Logistics').toTreeItem().description), /^\d+ ↑\d+ · /);
    assert.ok(rows.some((r) => /^\d+ [↑↓]\d+ · /.test(String(r.toTreeItem().description))), 'at least one arrow');
  });

  it('puts flags, the trend and the share of income in the tooltip, and the concentration risk', async () => {
    const rows = await clientRows(api);
    // As VS Code gets it when the row is hovered.
    const tooltip = (name: string) => {
      const row = rows.find((r) => r.summary.name === name)!;
      return (api.tree.resolveTreeItem(row.toTreeItem(), row).tooltip as vscode.MarkdownString).value;
    };
    const bluebird = tooltip('Bluebird Dental');
    assert.match(bluebird, /\$\(flag\) \*\*Flagged: disrespect\*\* \(latest 2026-11-02, line \d+\)/);
    assert.match(bluebird, /— friction \d+ · \d+% of income · fire · offboarding/);
    const granite = rows.find((r) => r.summary.name === 'Granite Logistics')!;
    assert.match(tooltip('Granite Logistics'), new RegExp(`\\$\\(arrow-up\\) up ${granite.summary.trend.delta} in 30 days \\(was ${granite.summary.trend.scoreThen}\\)`));
    const atlas = rows.find((r) => r.summary.name === 'Atlas Outdoor')!;
    assert.equal(atlas.income.concentrated, true);
    assert.match(tooltip('Atlas Outdoor'), /\$\(warning\) \*\*Concentration\*\*: brings 4\d% of your income/);
    assert.match(tooltip('Atlas Outdoor'), /EUR 18,000 paid in the last 12 months/);
    // Income in another currency has no share; friction and income stay apart.
    assert.doesNotMatch(tooltip('Kampung Kopi'), /of income/);
    assert.equal(rows.find((r) => r.summary.name === 'Kampung Kopi')!.income.share, null);
  });

  it('shows signals with their evidence, problems, offboarding progress and praise as children', async () => {
    const rows = await clientRows(api);
    const northwind = rows.find((r) => r.summary.name === 'Northwind Studio')!;
    const children = await api.tree.getChildren(northwind);
    assert.deepEqual(
      children.map((c) => c.kind),
      northwind.summary.signals.map(() => 'signal'),
    );
    const payment = children[0];
    const item = payment.toTreeItem();
    assert.match(String(item.label), /^payment \+\d+ pts$/);
    assert.match(String(item.description), /NW-019 unpaid/);
    // Tooltips are made when a row is hovered (resolveTreeItem), as plain text.
    const tip = (node: (typeof children)[number]) => {
      const made = node.toTreeItem();
      assert.equal(made.tooltip, undefined, `${node.kind}: no tooltip until hovered`);
      assert.match(String(made.description ?? ''), node.kind === 'evidence' ? /^\+\d+(\.\d)? pts · line \d+$/ : /./);
      const tooltip = api.tree.resolveTreeItem(made, node).tooltip as vscode.MarkdownString;
      assert.ok(tooltip instanceof vscode.MarkdownString && !tooltip.isTrusted && !tooltip.supportHtml, node.kind);
      return tooltip.value;
    };
    assert.match(tip(payment), /^payment: \d+(\\?\.\d)? points\n\n.*NW\\-019 unpaid/);
    const evidence = await api.tree.getChildren(payment);
    assert.ok(evidence.length >= 3);
    const nw19 = evidence.find((e) => /NW-019/.test(String(e.toTreeItem().label)))!;
    const open = nw19.toTreeItem().command!;
    assert.equal(open.command, 'vscode.open');
    const selection = (open.arguments![1] as vscode.TextDocumentShowOptions).selection as vscode.Range;
    assert.equal(selection.start.line + 1, 28, 'the line of NW-019 in the note');

    const bluebird = rows.find((r) => r.summary.name === 'Bluebird Dental')!;
    const progress = (await api.tree.getChildren(bluebird)).find((c) => c.kind === 'info' && c.key === 'progress')!;
    assert.equal(progress.toTreeItem().label, 'Offboarding 2/7');

    const gallo = rows.find((r) => r.summary.name === 'Gallo Restaurant Group')!;
    const galloChildren = await api.tree.getChildren(gallo);
    const problem = galloChildren.find((c) => c.kind === 'problem')!;
    assert.match(String(problem.toTreeItem().label), /the frontmatter cannot be read here: this line is indented differently/);
    assert.equal(problem.toTreeItem().description, 'problem on line 7');
    assert.match(tip(problem), /^Line 7\n\n.*the frontmatter cannot be read here/);
    assert.match(tip(evidence[0]), /points, line \d+$/);
    assert.ok(galloChildren.some((c) => c.kind === 'info' && c.key === 'praise'));
  });

  it('badges the view with the number of clients on fire', async () => {
    const fire = (await clientRows(api)).filter((r) => r.summary.band === 'fire' && r.summary.status !== 'former').length;
    assert.ok(fire >= 1);
    assert.equal(api.view.badge?.value, fire);
  });

  it('sorts by name and by amount overdue, remembering the choice', async () => {
    await vscode.commands.executeCommand('clientFriction.sortBy', 'name');
    const byName = await clientLabels(api);
    const ranked = byName.slice(0, 14);
    assert.deepEqual(ranked, [...ranked].sort((a, b) => a.localeCompare(b)));
    assert.equal(api.tree.sortBy, 'name');
    await vscode.commands.executeCommand('clientFriction.sortBy', 'overdue');
    assert.deepEqual((await clientLabels(api)).slice(0, 3), ['Juniper Events', 'Northwind Studio', 'Granite Logistics']);
    await vscode.commands.executeCommand('clientFriction.sortBy', 'friction');
  });

  it('groups by status and hides former clients on request', async () => {
    await vscode.commands.executeCommand('clientFriction.groupByStatus');
    const groups = (await api.tree.getChildren()).map((n) => n.toTreeItem().label);
    assert.deepEqual(groups, ['Offboarding', 'Active', 'Paused', 'Leads', 'Former clients']);
    await vscode.commands.executeCommand('clientFriction.ungroup');
    await vscode.commands.executeCommand('clientFriction.hideFormer');
    assert.ok(!(await clientLabels(api)).includes('Old Harbour Cafe'));
    await vscode.commands.executeCommand('clientFriction.showFormer');
    assert.ok((await clientLabels(api)).includes('Old Harbour Cafe'));
  });

  it('reveals the client of the active note in the tree (what the status bar does)', async () => {
    await vscode.window.showTextDocument(noteUri('kampung-kopi.md'));
    await vscode.commands.executeCommand('clientFriction.revealClient');
    await waitFor(() => api.view.selection[0]?.kind === 'client' && api.view.selection[0].summary.name === 'Kampung Kopi', 'the tree selection');
  });
});
