export interface Counts {
  passed: number;
  failed: number;
}

export const COUNTS_FILE_ENV: string;

/** Passed and failed tests of one jest run (a file that failed without a failing test counts as one). */
export function countsOf(results: {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: { numFailingTests: number; testExecError?: unknown; failureMessage?: string | null }[];
}): Counts;

export function recordRun(file: string, name: string, counts: Counts): void;

/** The sum of the runs recorded in the file. */
export function readCounts(file: string): Counts & { runs: number };

/** A stage's counts: a stage that failed without a failing test (a build, a crashed setup) counts as one failure. */
export function stageCounts(exitCode: number, recorded: Counts): Counts;

/** The last line of npm test: `N passed, N failed`. */
export function summaryLine(counts: Counts): string;
