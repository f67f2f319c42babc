// `npm run snippets`: writes snippets/markdown.json from the language packs
// (src/core/offboard/snippets.ts). A unit test fails when the committed file is stale.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { buildSnippets } = require(join(root, 'out', 'src', 'core', 'offboard', 'snippets.js'));
writeFileSync(join(root, 'snippets', 'markdown.json'), `${JSON.stringify(buildSnippets(), null, 2)}\n`);
process.stdout.write('wrote snippets/markdown.json\n');
