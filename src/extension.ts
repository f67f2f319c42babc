/**
 * Wiring only: every feature is built in src/vscode/ and every disposable goes
 * into context.subscriptions. Indexing starts after activate() returns.
 */
import * as vscode from 'vscode';
import { registerCommands } from './vscode/commands';
import { ImportDiagnostics } from './vscode/diagnostics/importDiagnostics';
import { NoteDiagnostics } from './vscode/diagnostics/noteDiagnostics';
import { importCommands } from './vscode/import/importCommand';
import { noteCommands } from './vscode/notes/noteCommands';
import { offboardingCommands } from './vscode/offboarding/offboardingCommands';
import { registerOffboardingCodeLens } from './vscode/offboarding/offboardingCodeLens';
import { NoteLanguageFeatures } from './vscode/language/noteLanguage';
import { frictionPreviewPlugin } from './vscode/preview/markdownPreview';
import { FrictionStatusBar } from './vscode/statusBar/frictionStatusBar';
import { reportCommands, ReportPanel } from './vscode/report/reportPanel';
import { ReportStatusBar } from './vscode/report/reportStatusBar';
import { FrictionTreeProvider } from './vscode/tree/frictionTree';
import { FrictionNode } from './vscode/tree/nodes';
import { treeCommands } from './vscode/tree/treeCommands';
import { cacheStore } from './vscode/workspace/cacheStore';
import { ClientWorkspace } from './vscode/workspace/clientWorkspace';
import { showIndexing } from './vscode/workspace/indexingContext';
import { showWalkthroughOnFirstRun } from './vscode/welcome/walkthrough';
import { warnAboutSettings } from './vscode/workspace/settingsWarning';
import { reminders, Reminders } from './vscode/reminders/reminders';
import { calendarCommands } from './vscode/calendar/exportCalendar';

/** What the extension exports: the preview hook, and a read-only view for tests and other extensions. */
export interface ClientFrictionApi {
  extendMarkdownIt(md: unknown): unknown;
  clients: ClientWorkspace;
  tree: FrictionTreeProvider;
  view: vscode.TreeView<FrictionNode>;
  report: ReportPanel;
  /** The payment reminders due: their model, view and status bar entry. */
  reminders: Reminders;
  /** When activate() started and how long it took (performance.now() ms; the bench reads them). */
  activation: { startedAt: number; ms: number };
}

export function activate(context: vscode.ExtensionContext): ClientFrictionApi {
  const startedAt = performance.now();
  // The summary cache lives in this workspace's storage (none without a workspace).
  const clients = new ClientWorkspace(context.storageUri && cacheStore(context.storageUri));
  const tree = new FrictionTreeProvider(clients, context.workspaceState);
  const importProblems = new ImportDiagnostics();
  const report = new ReportPanel(context.extensionUri, clients);
  const paymentReminders = reminders(context, clients);
  context.subscriptions.push(
    clients,
    tree,
    showIndexing(clients),
    warnAboutSettings(clients),
    new NoteDiagnostics(clients),
    importProblems,
    new FrictionStatusBar(clients),
    registerOffboardingCodeLens(clients),
    new NoteLanguageFeatures(clients),
    report,
    new ReportStatusBar(clients),
    paymentReminders,
    registerCommands([
      ...treeCommands(clients, tree),
      ...noteCommands(context, clients),
      ...offboardingCommands(clients),
      ...importCommands(clients, importProblems),
      ...reportCommands(report),
      ...paymentReminders.commands,
      ...calendarCommands(clients),
    ]),
  );

  // Activation stays cheap: the first read of the notes starts right after.
  const start = setTimeout(() => void clients.ready(), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(start) });
  // The Get Started walkthrough, once per machine (never in the tests' runs).
  void showWalkthroughOnFirstRun(context).then(undefined, () => undefined);

  const preview = frictionPreviewPlugin(
    (uri) => clients.summaryOf(uri),
    () => clients.settings.tagSynonyms,
    vscode.l10n,
  );
  return {
    extendMarkdownIt: (md) => preview(md as Parameters<typeof preview>[0]),
    clients,
    tree,
    view: tree.view,
    report,
    reminders: paymentReminders,
    activation: { startedAt, ms: performance.now() - startedAt },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
