/**
 * Starts the built API (which serves the built web app at /) on a free port, with its own embedded
 * PostgreSQL in a temporary DATA_DIR, the demo association seeded and a test clock (TEST_CLOCK) that
 * the journeys move forward instead of waiting for deadlines. Each journey file starts its own
 * (see `browserJourneys`), so that one journey's moves of the clock never reach another's.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const OUTPUT_DIR = join(WORKSPACE_ROOT, 'test-output');
export const SCREENSHOT_DIR = join(OUTPUT_DIR, 'screenshots');
/** One log per journey file's API (web-e2e-api-<file>.log). */
const apiLog = (name: string) => join(OUTPUT_DIR, `web-e2e-api-${name}.log`);
const HEALTH_TIMEOUT_MS = 90_000;

interface RunningServer {
  child: ChildProcess;
  dataDir: string;
}

const globals = globalThis as typeof globalThis & {
  __webE2eServer?: RunningServer;
};

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** GET without keep-alive (a pooled socket would keep jest from exiting); 0 when not listening. */
function healthStatus(url: string): Promise<number> {
  return new Promise((done) => {
    const request = get(url, { agent: false, timeout: 2_000 }, (response) => {
      response.resume();
      done(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => done(0));
  });
}

function logTail(API_LOG: string): string {
  try {
    return readFileSync(API_LOG, 'utf8').split('\n').slice(-40).join('\n');
  } catch {
    return '(no API log)';
  }
}

const MAIN = join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
const INDEX = join(WORKSPACE_ROOT, 'dist/apps/web/browser/index.html');

/** Fails at once, before any journey, when the app was not built. */
export function assertBuilt(): void {
  for (const file of [MAIN, INDEX]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run "npx nx run-many -t build -p api web" first.`);
  }
}

export async function startServer(name: string): Promise<string> {
  const API_LOG = apiLog(name);
  assertBuilt();
  const main = MAIN;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'assoc-web-e2e-'));
  // mkdtemp makes the folder 0700; as root the embedded PostgreSQL runs as its own user, which must
  // be able to traverse it to reach DATA_DIR/postgres (which the API opens up itself).
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const log = createWriteStream(API_LOG);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    DATA_DIR: dataDir,
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'warn',
    MAIL_POLL_MS: '200',
    SEED_DEMO: 'true',
    TEST_CLOCK: 'true',
  };
  // Self-contained: always the API's own embedded PostgreSQL, never a shared database.
  delete env['DATABASE_URL'];
  delete env['SMTP_URL'];

  const child = spawn(process.execPath, [main], {
    cwd: WORKSPACE_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  globals.__webE2eServer = { child, dataDir };

  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== null) {
      globals.__webE2eServer = undefined;
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`The API exited with code ${exited} before it was healthy:\n${logTail(API_LOG)}`);
    }
    if ((await healthStatus(`${baseUrl}/health`)) === 200) {
      process.env['E2E_BASE_URL'] = baseUrl;
      return baseUrl;
    }
    await sleep(250); // the API's start-up, before any journey step
  }
  await stopServer();
  throw new Error(
    `The API did not answer GET /health with 200 within ${HEALTH_TIMEOUT_MS / 1000} s:\n${logTail(API_LOG)}`,
  );
}

export async function stopServer(): Promise<void> {
  const server = globals.__webE2eServer;
  if (!server) return;
  globals.__webE2eServer = undefined;
  const { child, dataDir } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGTERM');
    // SIGKILL if it has not stopped in 30 s; the timer is cleared so it keeps nothing alive.
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(killer);
  }
  rmSync(dataDir, { recursive: true, force: true });
}
