// npm run test:cluster: the production topology on this machine, without Docker. Two API instances
// in production mode (the built dist/apps/api/main.js) on one PostgreSQL, nginx in front of them
// (Debian's /usr/sbin/nginx, a temporary prefix and config on an unprivileged port), then checks
// through the proxy:
//   1. log-in with a demo account;
//   2. a live notification caused on instance A reaches its recipient subscribed on instance B
//      (and a subscriber connected through nginx: WebSocket upgrades pass);
//   3. 200 public sign-ups at once to a cashmob of capacity 50: exactly 50 confirmed;
//   4. PostgreSQL restarted under writes: no acknowledged write lost, the API recovers;
//   5. SIGTERM to instance A with 100 requests in flight through nginx: none fails.
// PostgreSQL is always an embedded one started here with the repository's startEmbeddedPostgres
// (even when DATABASE_URL is set): the check restarts it, which a shared server must not undergo.
// Prints a summary; exits 1 on any failure; stops every process it started.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { env as baseEnv } from './run.mjs';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'dist/apps/api/main.js');
const INDEX = join(ROOT, 'dist/apps/web/browser/index.html');
const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((p) => existsSync(p));
const DEMO_PASSWORD = 'vitrines-vitre-2026';
const CLAIRE = 'claire.martin@vitrines-vitre.fr'; // president, host of the demo cashmob
const YANN = 'yann.lebreton@vitrines-vitre.fr'; // board
const METRICS_TOKEN = randomBytes(24).toString('hex');
const READY_TIMEOUT_MS = 60_000;
const started = Date.now();

const { Client: PgClient } = require('pg');
const { createClient: createWsClient } = require('graphql-ws');
const WebSocket = require('ws');

// ---- small helpers ------------------------------------------------------------------------------

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (line) => console.log(`[${seconds(Date.now() - started)}] ${line}`);

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Waits for `check` to hold, re-checking on every `poll` until `ms` have passed (the condition, not a nap). */
async function until(what, check, { ms = 10_000, poll = 100 } = {}) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds(ms)} waiting for ${what}`);
    await delay(poll);
  }
}

/** A browser-like GraphQL client over fetch: JSON, its own cookies, the association header. */
class Client {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.cookies = new Map();
    this.associationId = null;
  }
  get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  at(baseUrl) {
    const other = new Client(baseUrl);
    other.cookies = this.cookies;
    other.associationId = this.associationId;
    return other;
  }
  async request(query, variables = {}, headers = {}) {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'en',
        ...(this.cookies.size ? { cookie: this.cookieHeader } : {}),
        ...(this.associationId ? { 'x-association-id': this.associationId } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair.split('=');
      this.cookies.set(name.trim(), value);
    }
    const body = await response.json().catch(() => null);
    return { status: response.status, body };
  }
  async ok(query, variables = {}, headers = {}) {
    const { status, body } = await this.request(query, variables, headers);
    if (status !== 200 || !body?.data || body.errors?.length)
      throw new Error(`HTTP ${status}: ${JSON.stringify(body?.errors ?? body)}`);
    return body.data;
  }
}

async function logIn(baseUrl, email) {
  const client = new Client(baseUrl);
  await client.ok(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, {
    input: { email, password: DEMO_PASSWORD },
  });
  const { viewer } = await client.ok(`{ viewer { memberships { id role association { id name } } } }`);
  const membership = viewer.memberships[0];
  client.associationId = membership.association.id;
  client.membership = membership;
  return client;
}

/** The status of a GET, 0 when nothing answers; `json`: a 200 that is not JSON (the web app's page) counts as 404. */
async function status(url, { json = false } = {}) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    if (json && response.status === 200 && !/json/.test(response.headers.get('content-type') ?? '')) return 404;
    return response.status;
  } catch {
    return 0;
  }
}

// ---- the processes ------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'assoc-cluster-'));
// As root the embedded PostgreSQL and nginx's workers run as other users: they must reach their folders.
chmodSync(work, 0o755);
const children = new Set();

function startProcess(name, command, args, env, logFile) {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = createWriteStream(logFile, { flags: 'a' });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.name = name;
  child.logFile = logFile;
  child.exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  children.add(child);
  void child.exited.then(() => children.delete(child));
  return child;
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function startPostgres(port) {
  // The repository's own embedded PostgreSQL (TypeScript, loaded through ts-node as in its tests).
  process.env.TS_NODE_PROJECT ??= join(ROOT, 'libs/platform/api/tsconfig.json');
  require('ts-node').register({ transpileOnly: true });
  const { startEmbeddedPostgres } = require('../../libs/platform/api/src/lib/database/embedded-postgres.ts');
  return startEmbeddedPostgres(join(work, 'postgres'), { persistent: true, port });
}

async function startApi(name, { port, databaseUrl, proxyUrl, seed }) {
  const env = {
    ...baseEnv,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    SECRET_KEY: secretKey,
    PUBLIC_URL: proxyUrl,
    MAIL_ENABLED: 'false',
    SEED_DEMO: seed ? 'true' : 'false',
    TRUST_PROXY: 'loopback',
    METRICS_TOKEN,
    // As in docker/compose.yml. nginx (open source) checks health passively: a stopping instance gets
    // requests until it closes its port, and connections still in its accept queue then are reset
    // (1 s here failed 17 of 100 in-flight POSTs; 5 s failed none).
    SHUTDOWN_DELAY_MS: process.env.CLUSTER_SHUTDOWN_DELAY_MS ?? '5000',
    LOG_LEVEL: 'warn',
    DATA_DIR: join(work, `data-${name}`),
  };
  for (const key of ['SMTP_URL', 'TEST_CLOCK', 'S3_ENDPOINT', 'S3_BUCKET']) delete env[key];
  const child = startProcess(`API ${name}`, process.execPath, [MAIN], env, join(work, `api-${name}.log`));
  child.url = `http://127.0.0.1:${port}`;
  child.port = port;
  return child;
}

/** Ready = GET /health/ready answers 200 (GET /health on an API without the readiness endpoint). */
async function waitReady(api) {
  let path = '/health/ready';
  await until(
    `${api.name} to be ready`,
    async () => {
      if (api.exitCode !== null || api.signalCode !== null)
        throw new Error(`${api.name} exited before it was ready:\n${tail(api.logFile)}`);
      const code = await status(`${api.url}${path}`, { json: true });
      if (code === 404 && path === '/health/ready') path = '/health';
      return code === 200;
    },
    { ms: READY_TIMEOUT_MS, poll: 200 },
  );
  return path;
}

function nginxConfig(prefix, listen, upstreams) {
  // The proxying rules of docker/nginx.conf, with the two local instances as the upstream.
  return `worker_processes 1;
error_log ${prefix}/logs/error.log warn;
pid ${prefix}/nginx.pid;
events { worker_connections 2048; }
http {
  log_format upstreams '$status $request_method $upstream_addr $upstream_status $request_time';
  access_log ${prefix}/logs/access.log upstreams;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  map $http_upgrade $connection_upgrade {
    default upgrade;
    ''      close;
  }
  upstream api {
${upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=3 fail_timeout=10s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${listen};
    client_max_body_size 12m;
    location / {
      proxy_pass http://api;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
    }
    location = /metrics { return 404; }
  }
}
`;
}

async function startNginx(listen, upstreams) {
  const prefix = join(work, 'nginx');
  for (const dir of ['conf', 'logs', 'tmp']) mkdirSync(join(prefix, dir), { recursive: true });
  chmodSync(join(prefix, 'tmp'), 0o777);
  writeFileSync(join(prefix, 'conf/nginx.conf'), nginxConfig(prefix, listen, upstreams));
  const args = ['-p', prefix, '-c', join(prefix, 'conf/nginx.conf'), '-e', join(prefix, 'logs/error.log')];
  const test = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx refused its configuration:\n${test.stderr}`);
  const child = startProcess('nginx', NGINX, [...args, '-g', 'daemon off;'], baseEnv, join(prefix, 'logs/stdout.log'));
  child.url = `http://127.0.0.1:${listen}`;
  child.accessLog = join(prefix, 'logs/access.log');
  await until('nginx to listen', async () => (await status(`${child.url}/metrics`)) === 404, { ms: 10_000 });
  return child;
}

/** Requests per upstream address since the access log had `from` lines. */
function upstreamCounts(nginx, from = 0) {
  const lines = readFileSync(nginx.accessLog, 'utf8').trim().split('\n').slice(from);
  const counts = {};
  for (const line of lines) {
    const [, , upstream] = line.split(' ');
    for (const addr of (upstream ?? '').split(/,\s*/)) if (addr && addr !== '-') counts[addr] = (counts[addr] ?? 0) + 1;
  }
  return { counts, lines: lines.length };
}
const accessLogLength = (nginx) => readFileSync(nginx.accessLog, 'utf8').trim().split('\n').filter(Boolean).length;

async function stopChild(child, signal = 'SIGTERM', ms = 30_000) {
  if (child.exitCode !== null || child.signalCode !== null) return child.exited;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  const result = await child.exited;
  clearTimeout(timer);
  return result;
}

async function metric(api, pattern) {
  const response = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await response.text();
  if (response.status !== 200 || !/^text\/plain/.test(response.headers.get('content-type') ?? ''))
    throw new Error(`${api.name} /metrics answered ${response.status} ${response.headers.get('content-type')}`);
  let total = null;
  for (const line of text.split('\n')) {
    const match = line.match(pattern);
    if (match) total = (total ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

// ---- the checks ---------------------------------------------------------------------------------

const results = [];
async function check(title, run) {
  const at = Date.now();
  try {
    const detail = await run();
    results.push({ title, ok: true, detail, ms: Date.now() - at });
    log(`ok   ${title}: ${detail}`);
  } catch (error) {
    results.push({ title, ok: false, detail: error.message, ms: Date.now() - at });
    log(`FAIL ${title}: ${error.message}`);
  }
}

const secretKey = randomBytes(36).toString('base64');
let postgres;
let pgPort;
let databaseUrl;
let apiA;
let apiB;
let nginx;
let failedEarly = null;
const sockets = [];

async function main() {
  if (!NGINX)
    throw new Error('nginx is missing: install it (Debian: apt-get install -y nginx); looked in /usr/sbin/nginx');
  if (!existsSync(MAIN) || !existsSync(INDEX)) {
    log('no build found: building api and web');
    const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: baseEnv,
    });
    if (build.status !== 0) throw new Error('the build failed');
  } else log('reusing the build in dist/ (npx nx run-many -t build -p api web to refresh it)');

  pgPort = await freePort();
  postgres = await startPostgres(pgPort);
  const admin = new PgClient({ connectionString: postgres.url });
  await admin.connect();
  await admin.query('CREATE DATABASE assoc_cluster');
  await admin.end();
  databaseUrl = postgres.url.replace(/\/postgres$/, '/assoc_cluster');
  log(`PostgreSQL (embedded) on port ${pgPort}, fresh database assoc_cluster`);

  const [portA, portB, proxyPort] = [await freePort(), await freePort(), await freePort()];
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  // Both at once on an empty database: the migrations and the demo seed must cope with a second instance.
  apiA = await startApi('A', { port: portA, databaseUrl, proxyUrl, seed: true });
  apiB = await startApi('B', { port: portB, databaseUrl, proxyUrl, seed: false });
  const [readyPath] = await Promise.all([waitReady(apiA), waitReady(apiB)]);
  log(`API A on ${portA}, API B on ${portB}: ready (${readyPath})`);
  nginx = await startNginx(proxyPort, [portA, portB]);
  log(`nginx ${nginx.url} in front of both`);

  let claire;
  await check('log-in through nginx (demo account)', async () => {
    claire = await logIn(nginx.url, CLAIRE);
    if (claire.membership.role !== 'PRESIDENT') throw new Error(`unexpected role ${claire.membership.role}`);
    return `${CLAIRE} is PRESIDENT of ${claire.membership.association.name}`;
  });
  if (!claire) throw new Error('cannot go on without a session');

  await check('live notification from instance A to subscribers on instance B and through nginx', async () => {
    const received = { direct: [], proxied: [] };
    const subscribe = (label, baseUrl) => {
      const client = createWsClient({
        url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: class extends WebSocket {
          constructor(address, protocols) {
            // As a browser on that page would: its cookie and its own origin.
            super(address, protocols, { headers: { cookie: claire.cookieHeader, origin: baseUrl } });
          }
        },
        connectionParams: { associationId: claire.associationId },
        retryAttempts: 0,
      });
      sockets.push(client);
      client.subscribe(
        { query: 'subscription { notificationReceived { id kind postId actorName } }' },
        {
          next: ({ data }) => received[label].push(data.notificationReceived),
          error: (error) => received[label].push({ error: String(error?.message ?? error?.reason ?? error) }),
          complete: () => undefined,
        },
      );
    };
    const { createPost } = await claire.ok(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, {
      input: { text: 'Qui vient au cashmob de samedi ?' },
    });
    const listeners = /^assoc_pubsub_listeners /;
    const before = { a: (await metric(apiA, listeners)) ?? 0, b: (await metric(apiB, listeners)) ?? 0 };
    subscribe('direct', apiB.url);
    subscribe('proxied', nginx.url);
    // Subscribed = the instances count the new listeners (their /metrics), then the write can go.
    await until('both subscriptions to listen', async () => {
      const a = (await metric(apiA, listeners)) ?? 0;
      const b = (await metric(apiB, listeners)) ?? 0;
      return b >= before.b + 1 && a + b >= before.a + before.b + 2;
    });
    const yann = await logIn(apiA.url, YANN); // the write on instance A, directly
    await yann.ok(`mutation($input: CreateCommentInput!) { createComment(input: $input) { id } }`, {
      input: { postId: createPost.id, text: 'Moi ! Je ferme la boulangerie une heure plus tôt.' },
    });
    await until('the notification on both sockets', () => received.direct.length >= 1 && received.proxied.length >= 1);
    for (const [label, events] of Object.entries(received)) {
      const [event] = events;
      if (event.error || event.kind !== 'COMMENT_ON_MY_POST' || event.postId !== createPost.id)
        throw new Error(`${label}: unexpected ${JSON.stringify(event)}`);
    }
    return 'comment written on A; COMMENT_ON_MY_POST received on B (direct) and through nginx (WebSocket upgrade)';
  });
  for (const socket of sockets.splice(0)) await socket.dispose();

  await check('200 public sign-ups at once to a cashmob of capacity 50 through nginx', async () => {
    const { cashmobs } = await claire.ok(`{ cashmobs(status: PUBLISHED) { id slug capacity confirmedCount } }`);
    const cashmob = cashmobs[0];
    if (!cashmob?.slug) throw new Error('no published cashmob in the demo');
    if (cashmob.confirmedCount !== 0)
      throw new Error(`the demo cashmob already has ${cashmob.confirmedCount} sign-ups`);
    await claire.ok(`mutation($input: UpdateCashmobInput!) { updateCashmob(input: $input) { capacity } }`, {
      input: { id: cashmob.id, capacity: 50 },
    });
    const logFrom = accessLogLength(nginx);
    const shopper = new Client(nginx.url);
    const signUp = (i) =>
      shopper
        .request(
          `mutation($slug: String!, $input: SignUpToCashmobInput!) { signUpToCashmob(slug: $slug, input: $input) { status waitingRank } }`,
          {
            slug: cashmob.slug,
            input: { firstName: `Client${i}`, email: `client${i}@example.fr`, intendedSpendCents: 1500, consent: true },
          },
          // 200 different shoppers: each its own address (nginx appends itself; TRUST_PROXY=loopback).
          { 'x-forwarded-for': `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}` },
        )
        .catch((error) => ({ status: 0, body: { errors: [{ message: String(error) }] } }));
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => signUp(i)));
    // 503 means "try again in a moment" (no pool connection within DATABASE_CONNECT_TIMEOUT_MS under
    // this burst): the shopper's page retries, and so does this check, at most twice.
    let retried = 0;
    for (let round = 0; round < 2; round++)
      for (const [i, answer] of answers.entries())
        if (answer.status === 503) {
          retried++;
          answers[i] = await signUp(i);
        }
    const tally = {};
    for (const { status: code, body } of answers) {
      const key = body?.data?.signUpToCashmob?.status ?? `HTTP ${code} ${body?.errors?.[0]?.message ?? ''}`.trim();
      tally[key] = (tally[key] ?? 0) + 1;
    }
    const { publicCashmob } = await shopper.ok(
      `query($slug: String!) { publicCashmob(slug: $slug) { confirmedCount } }`,
      {
        slug: cashmob.slug,
      },
    );
    const { counts } = upstreamCounts(nginx, logFrom);
    const spread = Object.entries(counts)
      .map(([addr, n]) => `${addr.split(':')[1] === String(apiA.port) ? 'A' : 'B'} ${n}`)
      .sort()
      .join(', ');
    if (tally.CONFIRMED !== 50 || tally.WAITING !== 150 || publicCashmob.confirmedCount !== 50)
      throw new Error(`${JSON.stringify(tally)}, confirmedCount ${publicCashmob.confirmedCount}`);
    if (Object.keys(counts).length < 2) throw new Error(`all sign-ups went to one instance (${spread})`);
    return `50 CONFIRMED, 150 WAITING, confirmedCount 50 (requests per instance: ${spread}; ${retried} answered 503 and were sent again)`;
  });

  await check('PostgreSQL restarted under writes: no acknowledged write lost', async () => {
    const acked = [];
    let failed = 0;
    let stop = false;
    let restarted = false;
    let ackedAfterRestart = 0;
    let n = 0;
    const writer = async () => {
      while (!stop) {
        const text = `écriture ${++n} pendant le redémarrage`;
        const { status: code, body } = await claire
          .request(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, { input: { text } })
          .catch(() => ({ status: 0, body: null }));
        const id = code === 200 ? body?.data?.createPost?.id : undefined;
        if (id) {
          acked.push(id);
          if (restarted) ackedAfterRestart++;
        } else failed++;
      }
    };
    const writers = [writer(), writer(), writer()];
    await until('10 writes before the restart', () => acked.length >= 10);
    const downAt = Date.now();
    await postgres.stop();
    postgres = await startPostgres(pgPort);
    restarted = true;
    const downMs = Date.now() - downAt;
    // Recovered = writes are acknowledged again (each instance reconnects its pool).
    await until('10 acknowledged writes after the restart', () => ackedAfterRestart >= 10, { ms: 30_000 });
    stop = true;
    await Promise.all(writers);
    const db = new PgClient({ connectionString: databaseUrl });
    await db.connect();
    const { rows } = await db.query('SELECT id FROM posts WHERE id = ANY($1::uuid[])', [acked]);
    await db.end();
    const lost = acked.length - rows.length;
    if (lost !== 0) throw new Error(`${lost} of ${acked.length} acknowledged writes are missing`);
    return `${acked.length} writes acknowledged, all in the database; ${failed} refused while PostgreSQL was down (${seconds(downMs)})`;
  });

  await check('SIGTERM to instance A with 100 requests in flight through nginx: none fails', async () => {
    const logFrom = accessLogLength(nginx);
    let firstAnswer;
    const answered = new Promise((done) => (firstAnswer = done));
    const requests = Array.from({ length: 100 }, (_, i) => {
      const write = i % 5 === 0;
      const run = write
        ? claire.request(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, {
            input: { text: `pendant l'arrêt ${i}` },
          })
        : claire.request(`{ feed(first: 20) { nodes { id text commentCount } } }`);
      return run
        .catch((error) => ({ status: 0, body: { errors: [{ message: String(error.cause ?? error) }] } }))
        .finally(() => firstAnswer());
    });
    await answered; // A is serving part of the load now
    const signalledAt = Date.now();
    apiA.kill('SIGTERM');
    const answers = await Promise.all(requests);
    const failures = answers.filter(({ status: code, body }) => code !== 200 || !body?.data || body.errors?.length);
    const exit = await Promise.race([apiA.exited, delay(30_000).then(() => ({ code: 'still running after 30 s' }))]);
    const afterwards = await claire.request('{ viewer { memberships { id } } }');
    const { counts } = upstreamCounts(nginx, logFrom);
    const onA = counts[`127.0.0.1:${apiA.port}`] ?? 0;
    const detail =
      `${100 - failures.length}/100 succeeded (${onA} answered by A), A exited with ${JSON.stringify(exit.code ?? exit.signal)} ` +
      `${seconds(Date.now() - signalledAt)} after SIGTERM; a request afterwards: HTTP ${afterwards.status}`;
    if (failures.length) {
      const sample = failures.slice(0, 3).map((f) => `HTTP ${f.status} ${JSON.stringify(f.body?.errors ?? f.body)}`);
      throw new Error(`${failures.length} of 100 failed; ${detail}; e.g. ${sample.join(' | ')}`);
    }
    if (exit.code !== 0) throw new Error(`A did not exit cleanly: ${detail}`);
    if (afterwards.status !== 200) throw new Error(detail);
    return detail;
  });
}

async function cleanUp() {
  for (const socket of sockets) await socket.dispose().catch(() => undefined);
  for (const child of [...children]) await stopChild(child, 'SIGTERM', 15_000);
  await postgres?.stop().catch(() => undefined);
  if (process.env.CLUSTER_KEEP_LOGS) log(`logs kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });

try {
  await main();
} catch (error) {
  failedEarly = error;
  log(`FAIL ${error.message}`);
  for (const api of [apiA, apiB].filter(Boolean)) console.log(`--- ${api.name} log (last lines)\n${tail(api.logFile)}`);
}
const failed = results.filter((r) => !r.ok);
if (failed.length)
  for (const api of [apiA, apiB].filter(Boolean))
    console.log(`--- ${api.name} log (last lines)\n${tail(api.logFile, 15)}`);
await cleanUp();
console.log(`\n== test:cluster summary (${seconds(Date.now() - started)})`);
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.title} (${seconds(r.ms)})`);
if (failedEarly) console.log(`FAIL setting up: ${failedEarly.message}`);
const ok = !failedEarly && failed.length === 0 && results.length === 5;
console.log(`${results.filter((r) => r.ok).length} passed, ${failed.length + (failedEarly ? 1 : 0)} failed`);
process.exit(ok ? 0 : 1);
