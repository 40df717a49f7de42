// The API's memory under the feed load (issue 13: RSS at most 300 MB): starts the built API
// (dist/apps/api/main.js, NODE_ENV=production, the demo seeded on a fresh database), logs in as the demo's
// president, sends the web's Feed (20 posts, authors with their shops) from MEMORY_CONCURRENCY clients
// (32) for MEMORY_SECONDS (20), and samples the process's RSS (/proc/<pid>/status) every 100 ms.
// Prints RSS at rest, peak and last under load, requests answered and their status codes.
// Env: TEST_DATABASE_URL or DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), API_NODE_OPTIONS
// (extra node flags for the API, e.g. --max-semi-space-size=…), API_ENV (extra KEY=VALUE,… for the API).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SECONDS = Number(process.env.MEMORY_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.MEMORY_CONCURRENCY ?? 32);
const SERVER =
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DEMO = { email: 'claire.martin@vitrines-vitre.fr', password: 'vitrines-vitre-2026' };
const FEED = `query Feed($first: Int) { feed(first: $first) { nodes { id text createdAt editedAt pinned hidden hiddenReason mine commentCount
  author { id role user { id name } shop { id name logoUrl } } topic { id name } images { id url } reactions { emoji symbol count reactedByMe } }
  pageInfo { endCursor hasNextPage } } }`;

const rssMb = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : 0;
};
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const post = (port, headers, body) =>
  new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/graphql', headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
const freePort = () =>
  new Promise((resolve) => {
    const server = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const database = `memory_${process.pid}_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: SERVER });
await admin.connect();
await admin.query(`CREATE DATABASE "${database}"`);
const url = new URL(SERVER);
url.pathname = `/${database}`;
const port = await freePort();
const extra = Object.fromEntries(
  (process.env.API_ENV ?? '')
    .split(',')
    .filter(Boolean)
    .map((kv) => kv.split('=')),
);
const env = {
  ...process.env,
  DATABASE_URL: url.toString(),
  SECRET_KEY: randomBytes(32).toString('base64url'),
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  NODE_ENV: 'production',
  PORT: String(port),
  SEED_DEMO: 'true',
  MAIL_ENABLED: 'false',
  TRUST_PROXY: 'loopback',
  DATA_DIR: mkdtempSync(join(tmpdir(), 'assoc-memory-')),
  ...extra,
};
for (const key of ['SMTP_URL', 'TEST_CLOCK', 'S3_ENDPOINT', 'S3_BUCKET', 'LOG_LEVEL', 'NODE_OPTIONS']) delete env[key];
const flags = (process.env.API_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
const api = spawn(process.execPath, [...flags, join(ROOT, 'dist/apps/api/main.js')], {
  cwd: ROOT,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  for (const started = Date.now(); ;) {
    const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() - started > 120_000) throw new Error('the API did not start');
    await new Promise((resolve) => setTimeout(resolve, 250)); // polling a port that is not open yet
  }
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const [{ associationId }] = (await db.query(`SELECT id AS "associationId" FROM associations LIMIT 1`)).rows;
  await db.end();
  const logIn = await post(
    port,
    { 'content-type': 'application/json' },
    JSON.stringify({
      query: `mutation($input: LogInInput!) { logIn(input: $input) { id } }`,
      variables: { input: DEMO },
    }),
  );
  const cookie = (logIn.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  if (!cookie.includes('sid=')) throw new Error(`log-in failed: ${logIn.body}`);
  const body = JSON.stringify({ query: FEED, variables: { first: 20 } });
  const rest = rssMb(api.pid);
  const statuses = {};
  let peak = rest;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(api.pid))), 100);
  const until = Date.now() + SECONDS * 1000;
  let sent = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const i = sent++;
        const res = await post(
          port,
          {
            'content-type': 'application/json',
            cookie,
            'x-association-id': associationId,
            'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
          },
          body,
        );
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      }
    }),
  );
  clearInterval(sampler);
  const last = rssMb(api.pid);
  console.log(
    `API RSS: ${rest.toFixed(0)} MB at rest, peak ${peak.toFixed(0)} MB, ${last.toFixed(0)} MB at the end; ` +
      `${sent} feed requests in ${SECONDS} s at concurrency ${CONCURRENCY} (${(sent / SECONDS).toFixed(0)}/s), statuses ${JSON.stringify(statuses)}` +
      (flags.length ? `; node ${flags.join(' ')}` : '') +
      (process.env.API_ENV ? `; ${process.env.API_ENV}` : ''),
  );
} finally {
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  agent.destroy();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
}
