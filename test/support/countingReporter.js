// Mocha's spec reporter, plus the counts written to $CF_TEST_COUNTS as JSON so
// that scripts/test.mjs can add up every suite into one closing line.
'use strict';
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const file = process.env.CF_TEST_COUNTS;
      if (!file) return;
      const { passes, failures, pending } = runner.stats;
      writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, pending }));
    });
  }
}

module.exports = CountingReporter;
