/**
 * The report of the open workspace, kept current while the report is open:
 * it follows the index's model events (a note edited, added, removed; a
 * rebuild) and recomputes only the report facts of the notes whose summary
 * changed, then rebuilds the charts (cheap) for all of them.
 */
import * as vscode from 'vscode';
import { ClientSummary } from '../../core/rank/portfolio';
import { clientFacts, ReportClient } from '../../core/report/facts';
import { buildReport, FrictionReport } from '../../core/report/report';
import { weeklyDays } from '../../core/score/trend';
import { ClientWorkspace } from '../workspace/clientWorkspace';
import { Disposable } from '../lifecycle';
import { Recompute } from '../recompute';

/** A pause after a change, so a burst of changes makes one report. */
const REPORT_DEBOUNCE_MS = 50;

export class ReportModel extends Disposable {
  /** Per note: its summary when the facts were read, and the facts. */
  private readonly cache = new Map<string, ReportClient>();
  private latest: FrictionReport | undefined;
  private readonly updated = this.register(new vscode.EventEmitter<FrictionReport>());
  /** Fires with each new report. */
  readonly onDidUpdate = this.updated.event;
  private readonly recompute = this.register(
    new Recompute(
      () => this.compute(),
      (report) => {
        this.latest = report;
        this.updated.fire(report);
      },
      REPORT_DEBOUNCE_MS,
    ),
  );

  constructor(private readonly clients: ClientWorkspace) {
    super();
    this.register(clients.onDidChange(() => this.recompute.schedule()));
    this.register(clients.onDidRebuild(() => this.recompute.schedule()));
  }

  get report(): FrictionReport | undefined {
    return this.latest;
  }

  /** Recomputes now (and once more after, when changes arrive meanwhile). */
  refresh(): Promise<void> {
    return this.recompute.refresh();
  }

  private async compute(): Promise<FrictionReport> {
    await this.clients.ready();
    const settings = this.clients.settings;
    const asOf = this.clients.asOf;
    const summaries = this.clients.allSummaries();
    const clients = await Promise.all(summaries.map((s) => this.clientOf(s)));
    const alive = new Set(summaries.map((s) => s.file));
    for (const file of this.cache.keys()) if (!alive.has(file)) this.cache.delete(file);
    return buildReport({ clients, settings, asOf });
  }

  /** The cached facts while the summary is the same object (the index replaces it on every change), else the note read again. */
  private async clientOf(summary: ClientSummary): Promise<ReportClient> {
    const hit = this.cache.get(summary.file);
    if (hit?.summary === summary) return hit;
    let client: ReportClient;
    try {
      const { note } = await this.clients.readNote(vscode.Uri.parse(summary.file));
      client = { summary, facts: clientFacts(note, this.clients.settings, this.clients.asOf) };
    } catch {
      // Gone or unreadable since it was indexed: the index's own event follows.
      client = { summary, facts: { weekly: weeklyDays(this.clients.asOf).map(() => null), unpaid: [], hoursInYear: 0 } };
    }
    this.cache.set(summary.file, client);
    return client;
  }
}
