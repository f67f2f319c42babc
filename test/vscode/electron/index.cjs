// The extensionTestsPath of @vscode/test-electron: runs the mocha suite named by
// CF_TEST_SUITE (a folder of compiled *.test.js) inside the extension host.
'use strict';
const { readdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const Mocha = require('mocha');

exports.run = function run() {
  const suite = process.env.CF_TEST_SUITE;
  const mocha = new Mocha({ ui: 'bdd', timeout: 20000, color: true });
  for (const f of readdirSync(suite, { recursive: true }).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(suite, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes, pending } = runner.stats;
      if (process.env.CF_TEST_COUNTS) writeFileSync(process.env.CF_TEST_COUNTS, JSON.stringify({ passed: passes, failed: failures, pending }));
      if (failures) reject(new Error(`${failures} tests failed`));
      else resolve();
    });
  });
};
