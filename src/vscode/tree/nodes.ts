/** The tree's nodes: small classes that turn core summaries into tree items. */
import * as vscode from 'vscode';
import { formatIsoDay } from '../../core/dates';
import { bandLabel, clientCount, flagList, signalLabel } from '../../core/labels';
import { Evidence } from '../../core/score/friction';
import { ClientSummary, scoreHeadline, SignalSummary } from '../../core/rank/portfolio';
import { describeTrend, trendDirection } from '../../core/score/trend';
import { Problem } from '../../core/problems';
import { Band } from '../../core/settings';
import { escapeMarkdownText } from '../markdownText';
import { clientTooltip } from './tooltip';

export type FrictionNode = FolderNode | GroupNode | ClientNode | SignalNode | EvidenceNode | ProblemNode | InfoNode;

const BAND_ICONS: Record<Band, [string, string]> = {
  calm: ['pass', 'clientFriction.calm'],
  watch: ['eye', 'clientFriction.watch'],
  strained: ['warning', 'clientFriction.strained'],
  fire: ['flame', 'clientFriction.fire'],
};

export function bandIcon(band: Band): vscode.ThemeIcon {
  const [icon, color] = BAND_ICONS[band];
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
}

/** A flagged client's icon: a flag in its band's colour. */
export function flagIcon(band: Band): vscode.ThemeIcon {
  return new vscode.ThemeIcon('flag', new vscode.ThemeColor(BAND_ICONS[band][1]));
}


/** Opens a note, at a 1-based line when given. */
export function openCommand(uri: vscode.Uri, line?: number): vscode.Command {
  const args: unknown[] = [uri];
  if (line !== undefined) {
    const at = new vscode.Position(Math.max(0, line - 1), 0);
    args.push({ selection: new vscode.Range(at, at), preview: true } satisfies vscode.TextDocumentShowOptions);
  }
  return { command: 'vscode.open', title: vscode.l10n.t('Open Note'), arguments: args };
}

export class FolderNode {
  readonly kind = 'folder';
  readonly parent = undefined;
  children: FrictionNode[] = [];
  constructor(readonly folder: vscode.WorkspaceFolder, readonly clientCount: number) {}

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.folder.name, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `folder:${this.folder.uri.toString()}`;
    item.iconPath = vscode.ThemeIcon.Folder;
    item.description = clientCount(this.clientCount, vscode.l10n);
    item.contextValue = 'folder';
    return item;
  }
}

/** A group of clients: a status (Grouped by status), the former clients, or a page of a long list. */
export class GroupNode {
  readonly kind = 'group';
  private rows: FrictionNode[] | (() => FrictionNode[]) = [];
  /**
   * Its rows. A page of a long list is given a function that makes them when
   * they are first asked for: of 10,000 clients the tree shows a page, and
   * making every row at each refresh took ~6 ms.
   */
  get children(): FrictionNode[] {
    if (typeof this.rows === 'function') this.rows = this.rows();
    return this.rows;
  }
  set children(rows: FrictionNode[] | (() => FrictionNode[])) {
    this.rows = rows;
  }
  /** The clients in it (its rows may be pages of them). */
  clientCount = 0;
  constructor(
    readonly parent: FolderNode | GroupNode | undefined,
    readonly key: string,
    readonly label: string,
    readonly expanded: boolean,
  ) {}

  /** The folder the group is in (several folders open), if any. */
  get folder(): FolderNode | undefined {
    return this.parent?.kind === 'group' ? this.parent.folder : this.parent;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, this.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `group:${this.folder?.folder.uri.toString() ?? ''}:${this.parent?.kind === 'group' ? `${this.parent.key}/` : ''}${this.key}`;
    item.description = `${this.clientCount}`;
    item.contextValue = 'group';
    return item;
  }
}

export class ClientNode {
  readonly kind = 'client';
  private parsedUri: vscode.Uri | undefined;
  constructor(
    readonly parent: FolderNode | GroupNode | undefined,
    readonly summary: ClientSummary,
    /** Whether the note's path in the tooltip names its workspace folder (several folders open). */
    private readonly pathWithFolder: boolean,
    private readonly expanded: boolean,
    /** Its share of the folder's income (null: not counted), and whether that is a concentration risk. */
    readonly income: { share: number | null; concentrated: boolean } = { share: null, concentrated: false },
    /** Whether its tooltip is made with the row (the first rows of a level), not when hovered. */
    private readonly eagerTooltip = false,
  ) {}

  /** The note's URI, parsed when first asked for: a tree of 10,000 clients shows a page of them (10,000 parses took ~40 ms at once). */
  get uri(): vscode.Uri {
    return (this.parsedUri ??= vscode.Uri.parse(this.summary.file));
  }

  /**
   * The row, without its tooltip: VS Code asks for that when the row is
   * hovered (FrictionTreeProvider.resolveTreeItem). Built for every row, the
   * tooltips' markdown cost ~2 s of the extension host's time for 10,000
   * clients (VS Code parses each one), most of the tree's memory too.
   */
  toTreeItem(): vscode.TreeItem {
    const s = this.summary;
    const item = new vscode.TreeItem(s.name, this.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `client:${s.file}`;
    const topSignal = s.signals[0] ? signalLabel(s.signals[0].id, vscode.l10n) : undefined;
    const errors = s.problems.length ? ` · ⚠ ${s.problems.length}` : '';
    // Short, for a sidebar of 300 px: the score, its arrow, the flags by name
    // and the band; the signals are the row's children and in its tooltip.
    item.description = `${scoreHeadline(s, vscode.l10n)}${errors}`;
    // The first rows answer a hover at once; the rest make their tooltip when hovered (resolveTreeItem).
    if (this.eagerTooltip) item.tooltip = this.tooltip();
    item.iconPath = s.flags.length ? flagIcon(s.band) : bandIcon(s.band);
    item.command = openCommand(this.uri);
    item.resourceUri = this.uri;
    const states = [s.offboarding ? 'hasChecklist' : 'noChecklist', s.status === 'offboarding' ? 'offboarding' : 'notOffboarding'];
    item.contextValue = `client ${states.join(' ')}`;
    const spoken = [
      vscode.l10n.t('friction {0}', s.score),
      bandLabel(s.band, vscode.l10n),
      ...(trendDirection(s.trend) ? [describeTrend(s.trend, vscode.l10n)] : []),
      ...(s.flags.length ? [vscode.l10n.t('flagged: {0}', flagList(s.flags, vscode.l10n))] : []),
      ...(topSignal ? [vscode.l10n.t('top signal {0}', topSignal)] : []),
    ];
    item.accessibilityInformation = { label: `${s.name}, ${spoken.join(', ')}` };
    return item;
  }

  /** The row's tooltip: the breakdown of the score, as markdown. */
  tooltip(): vscode.MarkdownString {
    return clientTooltip(this.summary, vscode.workspace.asRelativePath(this.uri, this.pathWithFolder), this.income);
  }
}

/** Points as a person reads them: whole, or one decimal under 1 (`+0.4`), never `+0`. */
function roundPoints(points: number): string {
  return points >= 1 ? String(Math.round(points)) : String(Math.max(0.1, Math.round(points * 10) / 10));
}

export class SignalNode {
  readonly kind = 'signal';
  constructor(readonly parent: ClientNode, readonly signal: SignalSummary) {}

  toTreeItem(): vscode.TreeItem {
    const s = this.signal;
    const label = signalLabel(s.id, vscode.l10n);
    const item = new vscode.TreeItem(vscode.l10n.t('{0} +{1} pts', label, Math.round(s.points)), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `signal:${this.parent.summary.file}:${s.id}`;
    item.description = s.detail;
    item.iconPath = new vscode.ThemeIcon('pulse');
    item.command = openCommand(this.parent.uri, s.line);
    item.contextValue = 'signal';
    return item;
  }

  /** Its tooltip, made when the row is hovered (FrictionTreeProvider.resolveTreeItem), as a client's is. */
  tooltip(): vscode.MarkdownString {
    return plainTooltip(vscode.l10n.t('{0}: {1} points', signalLabel(this.signal.id, vscode.l10n), this.signal.points), this.signal.detail);
  }
}

export class EvidenceNode {
  readonly kind = 'evidence';
  constructor(readonly parent: SignalNode, readonly evidence: Evidence, readonly index: number) {}

  toTreeItem(): vscode.TreeItem {
    const e = this.evidence;
    const id = `evidence:${this.parent.parent.summary.file}:${this.parent.signal.id}:${this.index}`;
    const description = vscode.l10n.t('+{0} pts · line {1}', roundPoints(e.points), e.line);
    return lineItem(e.text, id, description, openCommand(this.parent.parent.uri, e.line), 'evidence');
  }

  /** Its tooltip, made when the row is hovered. */
  tooltip(): vscode.MarkdownString {
    const e = this.evidence;
    return plainTooltip(e.text, vscode.l10n.t('{0} points, line {1}', e.points, e.line));
  }
}

export class ProblemNode {
  readonly kind = 'problem';
  constructor(readonly parent: ClientNode, readonly problem: Problem, readonly index: number) {}

  toTreeItem(): vscode.TreeItem {
    const p = this.problem;
    const id = `problem:${this.parent.summary.file}:${this.index}`;
    const item = lineItem(p.message, id, vscode.l10n.t('problem on line {0}', p.line), openCommand(this.parent.uri, p.line), 'problem');
    const error = p.severity === 'error';
    item.iconPath = new vscode.ThemeIcon(error ? 'error' : 'warning', new vscode.ThemeColor(error ? 'problemsErrorIcon.foreground' : 'problemsWarningIcon.foreground'));
    return item;
  }

  /** Its tooltip, made when the row is hovered. */
  tooltip(): vscode.MarkdownString {
    return plainTooltip(vscode.l10n.t('Line {0}', this.problem.line), this.problem.message);
  }
}

/** A one-line fact about a client: offboarding progress, praise. */
export class InfoNode {
  readonly kind = 'info';
  constructor(
    readonly parent: ClientNode,
    readonly key: string,
    readonly label: string,
    readonly description: string,
    readonly icon: string,
    readonly line?: number,
  ) {}

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
    item.id = `info:${this.parent.summary.file}:${this.key}`;
    item.description = this.description;
    item.iconPath = new vscode.ThemeIcon(this.icon);
    item.command = openCommand(this.parent.uri, this.line);
    item.contextValue = this.key;
    return item;
  }
}

export function progressNode(parent: ClientNode): InfoNode | undefined {
  const p = parent.summary.offboarding;
  if (!p) return undefined;
  const notice =
    p.noticeEnds !== undefined ? vscode.l10n.t('notice ends {0}', formatIsoDay(p.noticeEnds)) : p.started !== undefined ? vscode.l10n.t('started {0}', formatIsoDay(p.started)) : '';
  return new InfoNode(parent, 'progress', vscode.l10n.t('Offboarding {0}/{1}', p.done, p.total), notice, 'checklist', p.line);
}

/** A row without children that opens the note at its line (its tooltip is made when it is hovered). */
function lineItem(label: string, id: string, description: string, open: vscode.Command, contextValue: string): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.description = description;
  item.command = open;
  item.contextValue = contextValue;
  return item;
}

/** A tooltip of note text: shown as text, never as markdown, links or HTML. */
export function plainTooltip(title: string, body: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(escapeMarkdownText(title));
  md.appendMarkdown('\n\n');
  md.appendMarkdown(escapeMarkdownText(body));
  return md;
}
