/**
 * Test counts for `npm test`'s summary: each jest run appends one line of JSON to the file named by
 * ASSOC_TEST_COUNTS (see count-reporter.cjs); tools/scripts/test.mjs sets it per stage and sums.
 */
'use strict';
const { appendFileSync, existsSync, readFileSync } = require('node:fs');

const COUNTS_FILE_ENV = 'ASSOC_TEST_COUNTS';

/**
 * Passed and failed tests of one jest run (its AggregatedResult). A test file that failed without
 * a failing test (it did not compile, a beforeAll or afterAll threw) counts as one failure.
 */
function countsOf(results) {
  let failed = results.numFailedTests;
  for (const file of results.testResults ?? []) {
    if (file.numFailingTests === 0 && (file.testExecError || file.failureMessage)) failed += 1;
  }
  return { passed: results.numPassedTests, failed };
}

function recordRun(file, name, counts) {
  appendFileSync(file, `${JSON.stringify({ name, ...counts })}\n`);
}

/** The sum of the runs recorded in the file ({ passed: 0, failed: 0, runs: 0 } when none). */
function readCounts(file) {
  const total = { passed: 0, failed: 0, runs: 0 };
  if (!existsSync(file)) return total;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const run = JSON.parse(line);
    total.passed += run.passed;
    total.failed += run.failed;
    total.runs += 1;
  }
  return total;
}

/** A stage's counts: a stage that failed without a failing test (a build, a crashed setup) counts as one failure. */
function stageCounts(exitCode, recorded) {
  const failed = exitCode !== 0 && recorded.failed === 0 ? 1 : recorded.failed;
  return { passed: recorded.passed, failed };
}

/** The last line of `npm test`, which CI reads. */
function summaryLine({ passed, failed }) {
  return `${passed} passed, ${failed} failed`;
}

module.exports = { COUNTS_FILE_ENV, countsOf, readCounts, recordRun, stageCounts, summaryLine };
