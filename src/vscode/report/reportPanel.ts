/**
 * "Client Friction: Open Report": the friction report in a webview panel in
 * the editor area. It follows the index live (the model recomputes after
 * each change and the new body is swapped in place), keeps its place when
 * hidden through the webview state (no retainContextWhenHidden: the page is
 * small and cheap to load again), and treats the page as untrusted: every
 * message is parsed by the core and every file it names must be a client
 * note of this workspace.
 */
import * as vscode from 'vscode';
import { offboardingFacts } from '../../core/offboard/offboarding';
import { quickPickText } from '../../core/sinks';
import { REMINDER_SCRIPTS } from '../../core/report/ageing';
import { reportBodyHtml } from '../../core/report/html';
import { escapeHtml } from '../../core/report/svg';
import { parseReportRequest, ReportRequest } from '../../core/report/messages';
import { FrictionReport } from '../../core/report/report';
import { Language } from '../../core/settings';
import { Command } from '../commands';
import { Disposable } from '../lifecycle';
import { Commands } from '../settingKeys';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { deliverScript, pickDelivery } from '../offboarding/scriptDelivery';
import { ReportModel } from './reportModel';
import { reportPage } from './reportPage';

export const REPORT_VIEW_TYPE = 'clientFriction.report';

export function reportCommands(panel: ReportPanel): Command[] {
  return [{ id: Commands.openReport, execute: () => panel.open() }];
}

export interface ReportRender {
  version: number;
  /** The body as sent to the webview. */
  html: string;
  report: FrictionReport;
}

/** What a message from the webview came to: done, or refused and why. */
export type MessageOutcome = { ok: true; inserted?: string } | { ok: false; refused: string };

export class ReportPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private version = 0;
  /** The version the page has shown since it (re)loaded; undefined while it loads or is hidden. */
  private shown: number | undefined;
  private last: ReportRender | undefined;
  private readonly rendered = this.register(new vscode.EventEmitter<ReportRender>());
  /** Fires after each new body reached the panel (tests and other extensions read it). */
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly clients: ClientWorkspace,
  ) {
    super();
    this.register({ dispose: () => this.panel?.dispose() });
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** The last body sent to the panel. */
  get lastRender(): ReportRender | undefined {
    return this.last;
  }

  /** Opens the panel, or brings it forward; resolves once it shows a report. */
  async open(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, vscode.l10n.t('Client Friction Report'), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [this.scriptFolder()],
    });
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'clients.svg');
    const model = new ReportModel(this.clients);
    this.panel = panel;
    this.version = 0;
    this.shown = undefined;
    panel.webview.html = this.page(`<p class="cf-empty">${escapeHtml(vscode.l10n.t('Reading client notes…'))}</p>`);
    const subscriptions = [
      model,
      model.onDidUpdate((report) => this.show(report)),
      panel.webview.onDidReceiveMessage((m) => void this.handleMessage(m)),
      // A hidden webview is unloaded; it loads again from `html`, which is kept current.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.shown = undefined;
      }),
    ];
    panel.onDidDispose(() => {
      subscriptions.forEach((d) => d.dispose());
      if (this.panel === panel) {
        this.panel = undefined;
        this.last = undefined;
      }
    });
    await model.refresh();
  }

  /**
   * Acts on a message from the webview, or refuses it. The page shows note
   * text, so it is never trusted: the core checks the shape, and the file
   * must be a client note of this workspace.
   */
  async handleMessage(raw: unknown): Promise<MessageOutcome> {
    const request = parseReportRequest(raw);
    if ('refused' in request) return { ok: false, refused: request.refused };
    if (request.command === 'ready') {
      this.onReady(request.version);
      return { ok: true };
    }
    const uri = this.noteOf(request.file);
    if (!uri) return { ok: false, refused: `not a client note of this workspace: ${request.file.slice(0, 200)}` };
    if (request.command === 'openClient') {
      await vscode.commands.executeCommand(Commands.revealClient, uri);
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      return { ok: true };
    }
    return this.insertReminder(uri, request);
  }

  private async insertReminder(uri: vscode.Uri, request: Extract<ReportRequest, { command: 'insertReminder' }>): Promise<MessageOutcome> {
    const { note } = await this.clients.readNote(uri);
    const facts = offboardingFacts(note, this.clients.settings, this.clients.asOf, this.clients.language);
    if (!facts.unpaid.some((i) => i.id === request.invoice)) return { ok: false, refused: `${request.invoice} is not an unpaid invoice of ${note.name}` };
    const how = request.how ?? (await pickDelivery(quickPickText(vscode.l10n.t('Payment reminder for {0}', note.name)), note.contact?.email !== undefined));
    if (!how) return { ok: false, refused: 'cancelled' };
    if (how === 'insert') await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    // Into the note at its end (one undo step), onto the clipboard, or as an email draft.
    const result = await deliverScript(this.clients, uri, REMINDER_SCRIPTS[request.tone], how, 'end');
    if (!result.ok) return { ok: false, refused: `could not ${how === 'insert' ? 'edit' : how === 'email' ? 'open the email for' : 'copy the reminder of'} ${vscode.workspace.asRelativePath(uri)}` };
    return { ok: true, inserted: result.value };
  }

  /** The URI of a client note of this workspace named by the page, or undefined. */
  private noteOf(file: string): vscode.Uri | undefined {
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(file, true);
    } catch {
      return undefined;
    }
    if (!vscode.workspace.getWorkspaceFolder(uri)) return undefined;
    return this.clients.summaryOf(uri) ? uri : undefined;
  }

  private show(report: FrictionReport): void {
    const panel = this.panel;
    if (!panel) return;
    const html = reportBodyHtml(report, { interactive: true });
    const version = ++this.version;
    if (this.shown !== undefined && panel.visible) void panel.webview.postMessage({ type: 'render', html, version });
    else panel.webview.html = this.page(html, report.language);
    this.last = { version, html, report };
    this.rendered.fire(this.last);
  }

  private onReady(version: number): void {
    this.shown = version;
    // A body newer than the one the page loaded with arrived while it loaded.
    if (this.last && this.last.version > version && this.panel) void this.panel.webview.postMessage({ type: 'render', html: this.last.html, version: this.last.version });
  }

  /** `lang`: the language of the body (the report's, or the settings' while the notes are read). */
  private page(body: string, lang: Language = this.clients.language): string {
    return reportPage(this.panel!.webview, vscode.Uri.joinPath(this.scriptFolder(), 'report.js'), body, this.version, lang);
  }

  private scriptFolder(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
  }
}
