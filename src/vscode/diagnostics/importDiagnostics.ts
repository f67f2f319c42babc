/**
 * The problems of the last import in the Problems panel: a row of an export
 * on its line of the CSV file, a note the import left alone on the note.
 * Each import replaces the previous one's.
 */
import * as vscode from 'vscode';
import { ImportProblem } from '../../core/import/records';
import { Disposable } from '../lifecycle';

export class ImportDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('clientFriction.import'));

  clear(): void {
    this.collection.clear();
  }

  /** `uriOf` finds the file a problem names (an export's or a note's name); problems of other files are left out. */
  show(problems: readonly ImportProblem[], uriOf: (file: string) => vscode.Uri | undefined): void {
    const byUri = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>();
    for (const p of problems) {
      const uri = uriOf(p.file);
      if (!uri) continue;
      const line = Math.max(0, p.line - 1);
      const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), p.message, vscode.DiagnosticSeverity.Warning);
      d.source = vscode.l10n.t('Client Friction import');
      const entry = byUri.get(uri.toString()) ?? { uri, list: [] };
      entry.list.push(d);
      byUri.set(uri.toString(), entry);
    }
    for (const { uri, list } of byUri.values()) this.collection.set(uri, list);
  }
}
