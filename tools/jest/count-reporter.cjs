/**
 * A jest reporter that writes nothing on screen: when ASSOC_TEST_COUNTS names a file (npm test sets
 * it), appends this run's passed and failed test counts to it. Listed in jest.preset.js and in
 * apps/web-e2e/jest.e2e.config.ts.
 */
'use strict';
const { basename } = require('node:path');
const { COUNTS_FILE_ENV, countsOf, recordRun } = require('./test-counts.cjs');

class CountReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(testContexts, results) {
    const file = process.env[COUNTS_FILE_ENV];
    if (!file) return;
    const [context] = testContexts ?? [];
    const name = context?.config?.displayName?.name ?? basename(this.rootDir ?? '');
    recordRun(file, name, countsOf(results));
  }
}

module.exports = CountReporter;
