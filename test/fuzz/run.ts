/**
 * `npm run fuzz -- --minutes N [--seed S]`: the property suite's properties
 * for as long as asked, with a fresh seed. Prints how many inputs were tried
 * and, for each property that failed, fast-check's shrunk input (a minimal
 * reproduction), the error, and the seed and path that replay it. Stages over
 * 100 ms on a note under the size cap are failures too, printed with the input.
 * Exit 1 when anything failed.
 */
import fc from 'fast-check';
import { anyText, BIG_SHAPES, bigNote, noteText } from './arbitraries';
import { cacheCase, checkCacheFiles, checkImport, cleanCacheFiles, exportCase } from './importProperties';
import { checkNote, checkRanking, parseTime, STAGE_LIMIT_MS } from './properties';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

const minutes = Number(arg('--minutes') ?? 1);
const seed = Number(arg('--seed') ?? Date.now() % 2 ** 31);
if (!(minutes > 0)) {
  process.stderr.write('usage: npm run fuzz -- --minutes N [--seed S]\n');
  process.exit(2);
}

const budget = minutes * 60_000;
let failed = false;
let total = 0;
process.stdout.write(`fuzz: ${minutes} min, seed ${seed}\n`);

/** A stage over the limit fails the property, so fast-check shrinks it to a minimal slow input. */
function noteProperty(text: string): void {
  const slow: string[] = [];
  checkNote(text, slow);
  if (slow.length) throw new Error(`stages over ${STAGE_LIMIT_MS} ms: ${slow.join('; ')}`);
}

const properties: [string, number, fc.IProperty<never> | fc.IAsyncProperty<never>][] = [
  ['adversarial notes', 0.45, fc.property(noteText(), noteProperty) as unknown as fc.IProperty<never>],
  ['any text', 0.2, fc.property(anyText(), noteProperty) as unknown as fc.IProperty<never>],
  ['ranking order', 0.1, fc.property(fc.array(noteText(), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }), checkRanking) as unknown as fc.IProperty<never>],
  ['hostile exports near every limit', 0.15, fc.property(exportCase(), checkImport) as unknown as fc.IProperty<never>],
  ['cache files of every kind', 0.1, fc.asyncProperty(cacheCase(), ([kinds, at, notes]) => checkCacheFiles(kinds, at, notes)) as unknown as fc.IAsyncProperty<never>],
];

async function main(): Promise<void> {
  for (const [name, share, property] of properties) {
    const started = Date.now();
    const details = await fc.check(property, { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: budget * share, markInterruptAsFailure: false });
    total += details.numRuns;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (details.failed) {
      failed = true;
      const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      process.stdout.write(`\nFAIL ${name} after ${details.numRuns} inputs (${seconds} s)\n`);
      process.stdout.write(`  minimal input: ${JSON.stringify(details.counterexample?.[0]).slice(0, 2000)}\n`);
      process.stdout.write(`  error: ${error.split('\n').join('\n         ')}\n`);
      process.stdout.write(`  replay: seed ${details.seed}, path "${details.counterexamplePath}"\n`);
    } else {
      process.stdout.write(`ok   ${name}: ${details.numRuns} inputs in ${seconds} s\n`);
    }
  }

  const big: string[] = [];
  for (const shape of BIG_SHAPES) {
    const ms = parseTime(bigNote(shape, DEFAULT_SETTINGS.maxNoteBytes - 64));
    big.push(`${shape} ${ms.toFixed(1)} ms`);
    if (ms >= STAGE_LIMIT_MS) failed = true;
  }
  process.stdout.write(`1 MB notes parsed (fastest of 5): ${big.join(', ')}\n`);
  cleanCacheFiles();
  process.stdout.write(`\n${total} inputs tried; ${failed ? 'FAILED' : 'no failure'}\n`);
  process.exit(failed ? 1 : 0);
}

void main();
