/** Shared by the import tests: the example notes, the fixture exports, one import step. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateOrder } from '../../src/core/import/dateOrder';
import { applyTextEdits } from '../../src/core/import/editList';
import { readExports } from '../../src/core/import/exportFile';
import { NoteText, planImport } from '../../src/core/import/plan';
import { importReport } from '../../src/core/import/report';
import { repoRoot, settings } from './helpers';

const root = repoRoot();
export const FIXTURES = join(root, 'test', 'fixtures', 'import');

export function exampleNotes(): NoteText[] {
  const dir = join(root, 'examples', 'clients');
  return readdirSync(dir)
    .sort()
    .map((name) => ({ file: `clients/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Imports `files` (in one go) into `notes`; returns the notes after and the report. */
export function importInto(notes: readonly NoteText[], files: readonly string[], dateOrder?: DateOrder) {
  const s = settings();
  const { readings, refused } = readExports(
    files.map((f) => ({ source: f, text: fixtureText(f) })),
    { synonyms: s.tagSynonyms, dateOrder },
  );
  assert.deepEqual(refused, [], 'every fixture is readable');
  const plan = planImport(readings, notes, { settings: s });
  const after = notes.map((n) => {
    const p = plan.notes.find((x) => x.file === n.file);
    return p ? { file: n.file, text: applyTextEdits(n.text, p.edits) } : n;
  });
  return { plan, after, report: importReport(plan) };
}

