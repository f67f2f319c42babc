// The extension the harness selftest drives: a command that answers and a tree view
// whose items carry tooltips, so both the API suite and the UI helpers have
// something real to check.
'use strict';

const vscode = require('vscode');

const ITEMS = [
  { label: 'Alpha', tooltip: 'Alpha tooltip: first item', children: ['Alpha child'] },
  { label: 'Beta', tooltip: 'Beta tooltip: second item' },
  { label: 'Gamma', tooltip: 'Gamma tooltip: third item', description: 'has a description' },
];

class SampleTree {
  getChildren(element) {
    if (!element) return ITEMS;
    return (element.children ?? []).map((label) => ({ label, tooltip: `${label} tooltip` }));
  }

  getTreeItem(element) {
    const state = element.children ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(element.label, state);
    item.tooltip = element.tooltip;
    item.description = element.description;
    return item;
  }
}

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('selftest.hello', () => {
      vscode.window.showInformationMessage('Hello from the selftest extension');
      return 'hello';
    }),
    vscode.window.createTreeView('selftest.tree', { treeDataProvider: new SampleTree() }),
  );
  return { itemLabels: () => ITEMS.map((i) => i.label) };
}

module.exports = { activate };
