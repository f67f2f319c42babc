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

  constructor(private readonly clients: ClientWorkspace) {
    super();
    this.register(
      clients.onDidChange((e) => {
        for (const uri of e.removed) this.collection.delete(uri);
        for (const uri of e.updated) this.set(uri);
      }),
    );
    this.register(clients.onDidRebuild(() => this.resetAll()));
  }

  private resetAll(): void {
    this.collection.clear();
    for (const s of this.clients.allSummaries()) if (s.problems.length) this.collection.set(vscode.Uri.parse(s.file), s.problems.map(toDiagnostic));
  }

  private set(uri: vscode.Uri): void {
    const problems = this.clients.summaryOf(uri)?.problems ?? [];
    if (problems.length) this.collection.set(uri, problems.map(toDiagnostic));
    else this.collection.delete(uri);
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
