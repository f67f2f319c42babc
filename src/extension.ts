/**
 * Wiring only: every feature is built in src/vscode/ and every disposable goes
 * into context.subscriptions. Indexing starts after activate() returns.
 */
import * as vscode from 'vscode';
import { plural } from './core/text';
import { ClientWorkspace } from './vscode/clientWorkspace';
import { registerNoteCommands } from './vscode/commands/noteCommands';
import { NoteDiagnostics } from './vscode/diagnostics';
import { OffboardingCodeLens, registerOffboardingCommands } from './vscode/offboarding/offboardingCommands';
import { frictionPreviewPlugin } from './vscode/preview/markdownPreview';
import { VIEW_ID } from './vscode/settingKeys';
import { FrictionStatusBar } from './vscode/statusBar';
import { FrictionTreeProvider } from './vscode/tree/frictionTree';
import { FrictionNode } from './vscode/tree/nodes';

/** What the extension exports: the preview hook, and a read-only view for tests and other extensions. */
export interface ClientFrictionApi {
  extendMarkdownIt(md: unknown): unknown;
  clients: ClientWorkspace;
  tree: FrictionTreeProvider;
  view: vscode.TreeView<FrictionNode>;
}

export function activate(context: vscode.ExtensionContext): ClientFrictionApi {
  const clients = new ClientWorkspace();
  const tree = new FrictionTreeProvider(clients, context.workspaceState);
  const view = vscode.window.createTreeView<FrictionNode>(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const codeLens = new OffboardingCodeLens(clients);
  const updateBadge = () => {
    const fire = clients.portfolios().reduce((n, p) => n + p.portfolio.clients.filter((c) => c.band === 'fire').length, 0);
    view.badge = fire ? { value: fire, tooltip: `${plural(fire, 'client')} on fire` } : undefined;
  };
  context.subscriptions.push(
    clients,
    tree,
    view,
    tree.onDidUpdate(updateBadge),
    new NoteDiagnostics(clients),
    new FrictionStatusBar(clients),
    codeLens,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, codeLens),
    clients.onDidRebuild(() => {
      if (clients.settingsProblems.length) void vscode.window.showWarningMessage(`Client Friction settings: ${clients.settingsProblems.join('; ')}.`);
    }),
  );
  registerNoteCommands(context, clients, tree, view as vscode.TreeView<unknown>);
  registerOffboardingCommands(context, clients);

  // Activation stays cheap: the first read of the notes starts right after.
  const start = setTimeout(() => void clients.ready(), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(start) });

  const preview = frictionPreviewPlugin(
    (uri) => clients.summaryOf(uri),
    () => clients.settings.tagSynonyms,
  );
  return { extendMarkdownIt: (md) => preview(md as Parameters<typeof preview>[0]), clients, tree, view };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
