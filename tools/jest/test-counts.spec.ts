import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countsOf, readCounts, recordRun, stageCounts, summaryLine } from './test-counts.cjs';

describe("npm test's counts", () => {
  const run = (
    numPassedTests: number,
    numFailedTests: number,
    files: { numFailingTests: number; testExecError?: unknown; failureMessage?: string }[] = [],
  ) => countsOf({ numPassedTests, numFailedTests, testResults: files });

  it('counts passed and failed tests, and a file that failed to run as one failure', () => {
    expect(run(10, 2, [{ numFailingTests: 2, failureMessage: 'two failed' }, { numFailingTests: 0 }])).toEqual({
      passed: 10,
      failed: 2,
    });
    expect(run(3, 0, [{ numFailingTests: 0, testExecError: { message: 'does not compile' } }])).toEqual({
      passed: 3,
      failed: 1,
    });
    expect(run(3, 0, [{ numFailingTests: 0, failureMessage: 'afterAll threw' }])).toEqual({ passed: 3, failed: 1 });
  });

  it('sums the runs recorded in a file, and reads a missing file as nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assoc-counts-spec-'));
    try {
      const file = join(dir, 'counts');
      expect(readCounts(file)).toEqual({ passed: 0, failed: 0, runs: 0 });
      recordRun(file, 'a', { passed: 5, failed: 1 });
      recordRun(file, 'b', { passed: 7, failed: 0 });
      expect(readCounts(file)).toEqual({ passed: 12, failed: 1, runs: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts a stage that failed without a failing test (a build, a crashed setup) as one failure', () => {
    expect(stageCounts(0, { passed: 4, failed: 0 })).toEqual({ passed: 4, failed: 0 });
    expect(stageCounts(1, { passed: 4, failed: 0 })).toEqual({ passed: 4, failed: 1 });
    expect(stageCounts(1, { passed: 4, failed: 3 })).toEqual({ passed: 4, failed: 3 });
  });

  it('ends npm test with the line CI reads', () => {
    expect(summaryLine({ passed: 812, failed: 0 })).toBe('812 passed, 0 failed');
  });
});
