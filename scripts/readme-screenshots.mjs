// Copies the README's screenshots, taken by the UI test into artifacts/ui/readme/
// (`npm test`, or `node scripts/build.mjs --tests && node test/vscode/runAll.mjs`),
// into media/readme/, through pngquant when it is on PATH (a 256-colour palette:
// a quarter of the size, no visible change on a screenshot of the workbench). Says
// the size of each; the README's images should stay under 100 KB each.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'artifacts', 'ui', 'readme');
const to = join(root, 'media', 'readme');
const LIMIT = 100 * 1024;

if (!existsSync(from)) {
  console.error(`No screenshots in ${from}: run the UI test first.`);
  process.exit(1);
}
mkdirSync(to, { recursive: true });
const pngquant = spawnSync('pngquant', ['--version'], { encoding: 'utf8' }).status === 0;
if (!pngquant) console.log('pngquant is not on PATH: copying the screenshots as Chromium saved them.');
let large = 0;
for (const name of readdirSync(from).filter((n) => n.endsWith('.png')).sort()) {
  const source = join(from, name);
  const target = join(to, name);
  const quantized = pngquant && spawnSync('pngquant', ['--quality=70-95', '--speed=1', '--strip', '--force', '--output', target, source]).status === 0;
  if (!quantized) copyFileSync(source, target);
  const size = statSync(target).size;
  if (size > LIMIT) large++;
  console.log(`${name}: ${(statSync(source).size / 1024).toFixed(0)} KB → ${(size / 1024).toFixed(0)} KB${size > LIMIT ? ' (over 100 KB: crop it in the UI test)' : ''}`);
}
process.exit(large ? 1 : 0);
