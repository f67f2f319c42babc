/**
 * Every problem in a note as a diagnostic on its line and column. They follow
 * the index: a fixed note clears, a deleted or renamed one is removed.
 */
import * as vscode from 'vscode';
import { Problem } from '../../core/problems';
import { Disposable } from '../lifecycle';
import { ClientWorkspace } from '../workspace/clientWorkspace';

export class NoteDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('clientFriction'));
  /** The notes that have diagnostics now: a change to any other note without problems changes nothing here. */
  private readonly shown = new Set<string>();

  constructor(private readonly clients: ClientWorkspace) {
    super();
    this.register(clients.onDidChange((e) => this.update([...e.removed, ...e.updated])));
    this.register(clients.onDidRebuild(() => this.resetAll()));
  }

  private resetAll(): void {
    this.collection.clear();
    this.shown.clear();
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const s of this.clients.allSummaries()) {
      if (!s.problems.length) continue;
      entries.push([vscode.Uri.parse(s.file), s.problems.map(toDiagnostic)]);
      this.shown.add(s.file);
    }
    if (entries.length) this.collection.set(entries);
  }

  /** The notes' diagnostics, in one message to VS Code (one per note took ~200 ms for a build of 10,000). */
  private update(ids: readonly string[]): void {
    const entries: [vscode.Uri, vscode.Diagnostic[] | undefined][] = [];
    for (const id of ids) {
      const problems = this.clients.summaryOfId(id)?.problems ?? [];
      if (problems.length) {
        entries.push([vscode.Uri.parse(id), problems.map(toDiagnostic)]);
        this.shown.add(id);
      } else if (this.shown.delete(id)) entries.push([vscode.Uri.parse(id), undefined]);
    }
    if (entries.length) this.collection.set(entries);
  }
}

export function toDiagnostic(p: Problem): vscode.Diagnostic {
  const line = Math.max(0, p.line - 1);
  const start = p.column !== undefined ? p.column - 1 : 0;
  // Without a column the whole line is meant; the editor clamps the end to the line.
  const end = p.endColumn !== undefined ? p.endColumn - 1 : p.column !== undefined ? start + 1 : Number.MAX_SAFE_INTEGER;
  const d = new vscode.Diagnostic(
    new vscode.Range(line, start, line, end),
    p.message,
    p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  d.source = 'Client Friction';
  return d;
}
