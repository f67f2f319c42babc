/**
 * The "Friction" tree: clients ranked by score, each with its signals (and
 * their evidence), problems, offboarding progress and praise. It owns its
 * `TreeView` and the view's badge (the clients on fire). It refreshes on
 * model events from the workspace, debounced, never on raw file events, and
 * shows the workspace's portfolios in their ranking: it sorts only when the
 * user sorts by name or by amount overdue.
 */
import * as vscode from 'vscode';
import { formatIsoDay } from '../../core/dates';
import { frictionScore } from '../../core/score/friction';
import { ClientSummary, compareRanked, IncomeBase, incomeShare } from '../../core/rank/portfolio';
import { ClientStatus } from '../../core/read/note';
import { setContext } from '../commands';
import { Disposable } from '../lifecycle';
import { ContextKeys, StateKeys, VIEW_ID } from '../settingKeys';
import { ClientWorkspace, FolderPortfolio } from '../workspace/clientWorkspace';
import { ClientNode, EvidenceNode, FolderNode, FrictionNode, GroupNode, InfoNode, ProblemNode, progressNode, SignalNode } from './nodes';

export type SortBy = 'friction' | 'name' | 'overdue';

const REFRESH_DEBOUNCE_MS = 50;
/**
 * The most clients one level of the tree lists: the rest go in groups of as
 * many ("Clients 201–400"). VS Code takes a level's rows in one message,
 * built and sent on the extension host's main thread: 10,000 rows at once
 * kept it from every other event for ~250 ms, and 500 (with the tree's
 * other work) 30–50 ms in the profile of a refresh.
 */
export const TREE_PAGE = 200;
/** How many client rows carry their tooltip from the start (the rest make it when hovered). */
const EAGER_TOOLTIPS = 40;
const STATUS_GROUPS: { status: ClientStatus; label: () => string }[] = [
  { status: 'offboarding', label: () => vscode.l10n.t('Offboarding') },
  { status: 'active', label: () => vscode.l10n.t('Active') },
  { status: 'paused', label: () => vscode.l10n.t('Paused') },
  { status: 'lead', label: () => vscode.l10n.t('Leads') },
];

export class FrictionTreeProvider extends Disposable implements vscode.TreeDataProvider<FrictionNode> {
  private readonly changed = this.register(new vscode.EventEmitter<FrictionNode | undefined | void>());
  readonly onDidChangeTreeData = this.changed.event;
  private roots: FrictionNode[] | undefined;
  /** The client rows made so far (pages make theirs when first shown). */
  private byUri = new Map<string, ClientNode>();
  /** The clients the tree holds, on every page. */
  private clientTotal = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly view: vscode.TreeView<FrictionNode>;
  /**
   * When the tree handed its clients to VS Code (performance.now() ms) and
   * how many: the last few, for the bench (time to the first client shown
   * and to the complete tree).
   */
  readonly timeline: { at: number; clients: number }[] = [];

  constructor(
    private readonly clients: ClientWorkspace,
    private readonly state: vscode.Memento,
  ) {
    super();
    this.view = this.register(vscode.window.createTreeView<FrictionNode>(VIEW_ID, { treeDataProvider: this, showCollapseAll: true }));
    this.register(clients.onDidChange(() => this.scheduleRefresh()));
    this.register(clients.onDidRebuild(() => this.refresh()));
    this.register({ dispose: () => clearTimeout(this.timer) });
    this.syncContext();
  }

  get sortBy(): SortBy {
    return this.state.get<SortBy>(StateKeys.sortBy, 'friction');
  }

  get groupByStatus(): boolean {
    return this.state.get<boolean>(StateKeys.groupByStatus, false);
  }

  get showFormer(): boolean {
    return this.state.get<boolean>(StateKeys.showFormer, true);
  }

  async setSortBy(sortBy: SortBy): Promise<void> {
    await this.state.update(StateKeys.sortBy, sortBy);
    this.syncContext();
    this.refresh();
  }

  async setGroupByStatus(on: boolean): Promise<void> {
    await this.state.update(StateKeys.groupByStatus, on);
    this.syncContext();
    this.refresh();
  }

  async setShowFormer(on: boolean): Promise<void> {
    await this.state.update(StateKeys.showFormer, on);
    this.syncContext();
    this.refresh();
  }

  refresh(): void {
    clearTimeout(this.timer);
    this.roots = undefined;
    this.changed.fire();
  }

  /** The node of a client, for `TreeView.reveal`. */
  async clientNode(uri: vscode.Uri): Promise<ClientNode | undefined> {
    if (!this.roots) await this.getChildren();
    const id = uri.toString();
    // A client on a page not yet shown: every page's rows are made.
    if (!this.byUri.has(id)) clientsUnder(this.roots!);
    return this.byUri.get(id);
  }

  /** Selects, focuses and expands a client's row. */
  async reveal(uri: vscode.Uri): Promise<void> {
    const node = await this.clientNode(uri);
    if (node) await this.view.reveal(node, { select: true, focus: true, expand: true });
  }

  /** The clients in the order the tree shows them (for tests and Copy Summary). */
  async visibleClients(): Promise<ClientNode[]> {
    if (!this.roots) await this.getChildren();
    return clientsUnder(this.roots!);
  }

  getTreeItem(node: FrictionNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  /**
   * A row's tooltip, built when it is hovered (see ClientNode.toTreeItem): VS
   * Code parses each markdown tooltip as it makes the row (10,000 clients'
   * took ~2 s; an expanded client's signals ~16 ms, measured in bench:vscode).
   */
  resolveTreeItem(item: vscode.TreeItem, node: FrictionNode): vscode.TreeItem {
    if (item.tooltip === undefined && 'tooltip' in node) item.tooltip = node.tooltip();
    return item;
  }

  getParent(node: FrictionNode): FrictionNode | undefined {
    return node.parent;
  }

  async getChildren(node?: FrictionNode): Promise<FrictionNode[]> {
    if (!node) {
      // The notes taken from the summary cache are shown at once; the rest join as they are read.
      await this.clients.shown();
      if (!this.roots) {
        this.roots = this.buildRoots();
        this.timeline.push({ at: performance.now(), clients: this.clientTotal });
        if (this.timeline.length > 20) this.timeline.shift();
      }
      return this.roots;
    }
    switch (node.kind) {
      case 'folder':
      case 'group':
        return node.children;
      case 'client':
        return this.clientChildren(node);
      case 'signal':
        return this.evidenceOf(node);
      default:
        return [];
    }
  }

  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), REFRESH_DEBOUNCE_MS);
  }

  private syncContext(): void {
    setContext(ContextKeys.sortBy, this.sortBy);
    setContext(ContextKeys.groupByStatus, this.groupByStatus);
    setContext(ContextKeys.showFormer, this.showFormer);
  }

  private buildRoots(): FrictionNode[] {
    this.byUri = new Map();
    this.clientTotal = 0;
    const portfolios = this.clients.portfolios();
    const several = portfolios.length > 1;
    const roots: FrictionNode[] = [];
    let first = true;
    for (const { folder, portfolio } of portfolios) {
      const parent = several ? new FolderNode(folder, portfolio.clients.length) : undefined;
      const nodes: FrictionNode[] = [];
      const client = (p: FolderNode | GroupNode | undefined, s: ClientSummary, income?: IncomeBase) => {
        // Shares are of what the folder's ranked clients paid; former clients have none.
        const share = income ? incomeShare(s, income) : null;
        const concentrated = share !== null && share >= this.clients.settings.concentrationShare;
        const expanded = first && this.sortBy === 'friction' && s.band === 'fire';
        // The first rows answer a hover at once (VS Code said "Loading…" for ~2 s while it asked
        // for a lazy tooltip); the rest of a long list make theirs when hovered.
        const node = new ClientNode(p, s, several, expanded, { share, concentrated }, this.byUri.size < EAGER_TOOLTIPS);
        first = false;
        this.byUri.set(s.file, node);
        return node;
      };
      const ranked = this.sorted(portfolio.clients);
      this.clientTotal += ranked.length + (this.showFormer ? portfolio.former.length : 0);
      if (this.groupByStatus) {
        for (const { status, label } of STATUS_GROUPS) {
          const members = ranked.filter((s) => s.status === status);
          if (members.length === 0) continue;
          const group = new GroupNode(parent, status, label(), status !== 'lead');
          group.children = paged(group, members, (p, s) => client(p, s, portfolio.income));
          group.clientCount = members.length;
          nodes.push(group);
        }
      } else {
        nodes.push(...paged(parent, ranked, (p, s) => client(p, s, portfolio.income)));
      }
      if (this.showFormer && portfolio.former.length > 0) {
        const group = new GroupNode(parent, 'former', vscode.l10n.t('Former clients'), false);
        group.children = paged(group, this.sorted(portfolio.former), client);
        group.clientCount = portfolio.former.length;
        nodes.push(group);
      }
      if (parent) {
        parent.children = nodes;
        roots.push(parent);
      } else roots.push(...nodes);
    }
    this.updateBadge(portfolios);
    return roots;
  }

  /** The portfolio's ranking as it is, or a sorted copy when the user sorts by name or amount overdue. */
  private sorted(ranked: readonly ClientSummary[]): readonly ClientSummary[] {
    if (this.sortBy === 'name') return [...ranked].sort((a, b) => a.name.localeCompare(b.name) || compareRanked(a, b));
    if (this.sortBy === 'overdue') return [...ranked].sort((a, b) => b.amountOverdue - a.amountOverdue || compareRanked(a, b));
    return ranked;
  }

  private updateBadge(portfolios: readonly FolderPortfolio[]): void {
    const fire = portfolios.reduce((n, p) => n + p.portfolio.clients.filter((c) => c.band === 'fire').length, 0);
    this.view.badge = fire ? { value: fire, tooltip: fire === 1 ? vscode.l10n.t('{0} client on fire', fire) : vscode.l10n.t('{0} clients on fire', fire) } : undefined;
    // A pinned day is said above the ranking, so a setting left on is never
    // mistaken for today (a view alone in its container shows no description).
    const pinned = this.clients.pinnedAsOf;
    this.view.message = pinned === undefined ? undefined : vscode.l10n.t('Scored as of {0} (setting clientFriction.asOf)', formatIsoDay(pinned));
  }

  private clientChildren(node: ClientNode): FrictionNode[] {
    const s = node.summary;
    const children: FrictionNode[] = s.signals.map((signal) => new SignalNode(node, signal));
    s.problems.forEach((p, i) => children.push(new ProblemNode(node, p, i)));
    const progress = progressNode(node);
    if (progress) children.push(progress);
    if (s.praiseCount > 0) children.push(new InfoNode(node, 'praise', vscode.l10n.t('praise × {0}', s.praiseCount), vscode.l10n.t('kept, does not offset friction'), 'heart'));
    return children;
  }

  /** Evidence is not kept in the index: read the note again, as it is now. */
  private async evidenceOf(node: SignalNode): Promise<FrictionNode[]> {
    try {
      const { note } = await this.clients.readNote(node.parent.uri);
      const result = frictionScore(note, this.clients.settings, this.clients.asOf);
      const signal = result.signals.find((s) => s.id === node.signal.id);
      return (signal?.evidence ?? []).map((e, i) => new EvidenceNode(node, e, i));
    } catch {
      return [];
    }
  }
}

/**
 * The rows of `summaries` under `parent`: the first TREE_PAGE clients, then
 * the rest in collapsed groups of TREE_PAGE, so that no level of the tree
 * holds more than TREE_PAGE clients plus a group per further page. A page's
 * rows are made when it is first opened.
 */
function paged(
  parent: FolderNode | GroupNode | undefined,
  summaries: readonly ClientSummary[],
  client: (parent: FolderNode | GroupNode | undefined, s: ClientSummary) => ClientNode,
): FrictionNode[] {
  const rows: FrictionNode[] = summaries.slice(0, TREE_PAGE).map((s) => client(parent, s));
  for (let from = TREE_PAGE; from < summaries.length; from += TREE_PAGE) {
    const to = Math.min(from + TREE_PAGE, summaries.length);
    const page = new GroupNode(parent, `page:${from}`, vscode.l10n.t('Clients {0}–{1}', (from + 1).toLocaleString('en-US'), to.toLocaleString('en-US')), false);
    page.children = () => summaries.slice(from, to).map((s) => client(page, s));
    page.clientCount = to - from;
    rows.push(page);
  }
  return rows;
}

/** The client rows under `nodes`, in the tree's order (every page's rows made). */
function clientsUnder(nodes: readonly FrictionNode[], out: ClientNode[] = []): ClientNode[] {
  for (const node of nodes) {
    if (node.kind === 'client') out.push(node);
    else if (node.kind === 'folder' || node.kind === 'group') clientsUnder(node.children, out);
  }
  return out;
}
