// npm test: every test. First the preflight (a browser that starts, the database, disk, a port:
// tools/scripts/preflight.mjs), then the stages: unit and API integration tests (jest, real
// PostgreSQL), the build of the API and the web app, and the browser journeys (Playwright) against
// that build. Each stage starts with a `== ` header and ends with its counts; a failed stage does not
// stop the next ones (the journeys need the build, though). The last line is `N passed, N failed`,
// which CI reads; the exit code is 1 when anything failed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { preflight } from './preflight.mjs';
import { env } from './run.mjs';

const require = createRequire(import.meta.url);
const { COUNTS_FILE_ENV, readCounts, stageCounts, summaryLine } = require('../jest/test-counts.cjs');

const STAGES = [
  {
    title: 'unit and integration tests',
    args: ['nx', 'run-many', '-t', 'test', '--exclude', 'web-e2e', '--outputStyle=static'],
    tests: true,
  },
  {
    title: 'build of api and web',
    args: ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'],
    tests: false,
  },
  {
    title: 'browser journeys',
    args: ['nx', 'run', 'web-e2e:e2e', '--outputStyle=static'],
    tests: true,
    needsBuild: true,
  },
];

/**
 * Lines every project's run repeats and that say nothing: Nx's echo of the inferred command (the
 * `> nx run <project>:test` line above names it) and jest's closing words.
 */
const NOISE = [/^> jest$/, /^Ran all test suites\.$/, /^Snapshots:\s+0 total$/];

function duration(ms) {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** Copies a child's stream line by line, without the noise and without runs of blank lines. */
function relay(stream, target, state) {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (NOISE.some((pattern) => pattern.test(line.trim()))) return;
    const blank = line.trim() === '';
    if (blank && state.lastBlank) return;
    state.lastBlank = blank;
    target.write(`${line}\n`);
  });
  return new Promise((done) => lines.once('close', done));
}

async function runStage(args, extraEnv) {
  const child = spawn('npx', args, { stdio: ['inherit', 'pipe', 'pipe'], env: { ...env, ...extraEnv } });
  const state = { lastBlank: false };
  const relayed = Promise.all([relay(child.stdout, process.stdout, state), relay(child.stderr, process.stderr, state)]);
  const code = await new Promise((done) => {
    child.once('error', () => done(1));
    child.once('close', (exitCode, signal) => done(exitCode ?? (signal ? 1 : 0)));
  });
  await relayed;
  return code;
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

const started = Date.now();
const check = await preflight();
for (const line of check.lines) (check.ok ? console.log : console.error)(line);
if (!check.ok) {
  console.log(summaryLine({ passed: 0, failed: 1 }));
  process.exit(1);
}

const countsDir = mkdtempSync(join(tmpdir(), 'assoc-test-counts-'));
const total = { passed: 0, failed: 0 };
let buildFailed = false;
try {
  for (const [index, stage] of STAGES.entries()) {
    console.log(`\n== ${stage.title}`);
    if (stage.needsBuild && buildFailed) {
      console.log(`-- ${stage.title}: not run, the build failed`);
      continue;
    }
    const countsFile = join(countsDir, `stage-${index}.jsonl`);
    const stageStarted = Date.now();
    const code = await runStage(stage.args, { [COUNTS_FILE_ENV]: countsFile });
    const counts = stageCounts(code, stage.tests ? readCounts(countsFile) : { passed: 0, failed: 0 });
    total.passed += counts.passed;
    total.failed += counts.failed;
    if (!stage.tests) buildFailed = code !== 0;
    const outcome = stage.tests ? summaryLine(counts) : code === 0 ? 'done' : 'FAILED';
    console.log(`-- ${stage.title}: ${outcome} in ${duration(Date.now() - stageStarted)}`);
  }
} finally {
  rmSync(countsDir, { recursive: true, force: true });
}

console.log(`\nnpm test took ${duration(Date.now() - started)}`);
console.log(summaryLine(total));
process.exit(total.failed > 0 ? 1 : 0);
