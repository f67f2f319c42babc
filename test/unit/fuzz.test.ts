/**
 * The property suite, seeded and bounded (about a minute in all) so that it
 * runs in every `npm test`; `npm run fuzz -- --minutes N` runs the same
 * properties longer with a fresh seed. A failure prints fast-check's shrunk
 * input (the minimal reproduction) and the seed and path to replay it.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anyText, BIG_SHAPES, bigNote, noteText } from '../fuzz/arbitraries';
import { cacheCase, checkCacheFiles, checkImport, cleanCacheFiles, exportCase } from '../fuzz/importProperties';
import { checkNote, checkRanking, COMPLEXITY_LIMIT_MS, parseTime, setStageLimit, STAGE_LIMIT_MS } from '../fuzz/properties';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const SEED = 20261127;
const report: string[] = [];

function run(name: string, property: fc.IProperty<never> | fc.IProperty<[string]> | fc.IProperty<[string[], number[]]>, seconds: number): void {
  const slow: string[] = [];
  (globalThis as { __cfSlow?: string[] }).__cfSlow = slow;
  const started = Date.now();
  const details = fc.check(property as fc.IProperty<unknown[]>, { seed: SEED, numRuns: 1_000_000, interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false });
  report.push(`${name}: ${details.numRuns} inputs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (details.failed) assert.fail(`${name}: ${fc.defaultReportMessage(details)}\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`);
  assert.deepEqual(slow, [], `${name}: stages over ${COMPLEXITY_LIMIT_MS} ms`);
}

describe('property suite (fast-check, seeded)', function () {
  before(() => setStageLimit(COMPLEXITY_LIMIT_MS));
  after(() => {
    setStageLimit(STAGE_LIMIT_MS);
    process.stdout.write(`\n  ${report.join('\n  ')}\n`);
  });

  it('every stage holds on adversarial notes: no throw, finite numbers, linear time, edits that keep every other byte and field', () => {
    run('adversarial notes', fc.property(noteText(), (text) => checkNote(text, (globalThis as { __cfSlow?: string[] }).__cfSlow)), 30);
  });

  it('every stage holds on any text at all', () => {
    run('any text', fc.property(anyText(), (text) => checkNote(text, (globalThis as { __cfSlow?: string[] }).__cfSlow)), 12);
  });

  it('the ranking does not depend on the order notes are read in', () => {
    run('ranking order', fc.property(fc.array(noteText(), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }), (texts, order) => checkRanking(texts, order)), 8);
  });

  it('an export with tags and control characters in every column, near every limit, into a note near the size cap: insertions only, within the cap, no flag from its text', () => {
    run('hostile exports', fc.property(exportCase(), checkImport) as unknown as fc.IProperty<never>, 4);
  });

  it('a summary cache whose files are of every kind (truncated, flipped, huge, a FIFO, a link, a folder) loads what was saved or nothing', async () => {
    const started = Date.now();
    const details = await fc.check(
      fc.asyncProperty(cacheCase(), ([kinds, at, notes]) => checkCacheFiles(kinds, at, notes)),
      { seed: SEED, numRuns: 1_000_000, interruptAfterTimeLimit: 3000, markInterruptAsFailure: false },
    );
    cleanCacheFiles();
    report.push(`cache files: ${details.numRuns} inputs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (details.failed) assert.fail(fc.defaultReportMessage(details));
  });

  it(`a 1 MB note of each hostile shape parses in linear time (printed against the ${STAGE_LIMIT_MS} ms target, held under ${COMPLEXITY_LIMIT_MS} ms)`, () => {
    const lines: string[] = [];
    // Held against the machine as it is now: a 1 MB note of plain log lines,
    // parsed just before, times 40 (a busy machine slows both alike; a stage
    // that is more than linear is hundreds of times slower on 1 MB).
    const reference = parseTime(bigNote('log', DEFAULT_SETTINGS.maxNoteBytes - 64));
    const limit = Math.max(COMPLEXITY_LIMIT_MS, 40 * reference);
    for (const shape of BIG_SHAPES) {
      const text = bigNote(shape, DEFAULT_SETTINGS.maxNoteBytes - 64);
      const ms = parseTime(text);
      lines.push(`${shape}: ${ms.toFixed(1)} ms`);
      assert.ok(ms < limit, `a 1 MB note of ${shape} took ${ms.toFixed(0)} ms to parse (limit ${limit.toFixed(0)} ms)`);
    }
    report.push(`1 MB notes parsed (fastest of 5): ${lines.join(', ')}`);
  });
});
