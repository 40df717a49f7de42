// `npm run bench`: the API as shipped against a minimal node:http + pg server (baseline-server.mjs)
// answering the same requests with the same JSON from the same database, in one run: the built API
// (dist/apps/api/main.js, NODE_ENV=production, its logging as shipped) and the baseline start on a
// fresh database seeded with the demo; each endpoint is loaded at the same concurrency, product and
// baseline alternating, 3 rounds; it prints requests/s and p99 of each and their ratios (medians of
// the rounds), after checking once per endpoint that both answer byte-identical JSON.
// Env: TEST_DATABASE_URL or DATABASE_URL (a PostgreSQL server; default postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_SECONDS (5 per measurement), BENCH_CONCURRENCY (16), BENCH_ROUNDS (3), BENCH_BUILD=1 (build first;
// the API is built anyway when dist/apps/api/main.js is missing), BENCH_ONLY (a regular expression: only the
// endpoints whose name matches), BENCH_API_ARGS (node options for the API, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
// to profile it: the profile is written when the bench stops it), BENCH_AGAINST (the main.js of another API build,
// e.g. a copy of dist/apps/api made before a change: it takes the baseline's place, same environment as the
// product on the same database, so the ratio is this build against that one), BENCH_MAIN (the product's main.js
// instead of dist/apps/api/main.js), BENCH_AGAINST_ARGS (node options for BENCH_AGAINST's build; BENCH_API_ARGS by default).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = process.env.BENCH_MAIN ?? join(ROOT, 'dist/apps/api/main.js');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ONLY = new RegExp(process.env.BENCH_ONLY ?? '');
const API_ARGS = (process.env.BENCH_API_ARGS ?? '').split(' ').filter(Boolean);
const AGAINST = process.env.BENCH_AGAINST;
const AGAINST_ARGS = (process.env.BENCH_AGAINST_ARGS ?? process.env.BENCH_API_ARGS ?? '').split(' ').filter(Boolean);
const SERVER =
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DEMO = { email: 'claire.martin@vitrines-vitre.fr', password: 'vitrines-vitre-2026' };

const FEED = `query($first: Int) { feed(first: $first) { nodes { id text pinned createdAt commentCount author { id user { name } } } } }`;
const DIRECTORY = `query($search: String) { directory(search: $search, first: 20) { totalCount nodes { id user { name } shop { name } } } }`;
const CASHMOB = `query($slug: String!) { publicCashmob(slug: $slug) { slug shopName town startsAt endsAt meetingPoint spendMinCents spendMaxCents confirmedCount capacity } }`;

const baseEnv = { ...process.env, NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_DAEMON: 'false' };
const children = [];
const freePort = () =>
  new Promise((resolve) => {
    const server = http.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

function start(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (d) => (errors = (errors + d).slice(-4000)));
  child.on('exit', (code) => code && !child.stopping && console.error(`${name} exited (${code}):\n${errors}`));
  children.push(child);
  return child;
}

async function waitFor(url, anyAnswer = false) {
  for (const started = Date.now(); Date.now() - started < 120_000;) {
    const ok = await fetch(url).then(
      (r) => anyAnswer || r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250)); // polling a port that is not open yet
  }
  throw new Error(`${url} did not answer in 2 minutes`);
}

/** One HTTP request on a keep-alive agent; resolves with the status and body. */
function request(agent, port, { method, path, headers, body }) {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const median = (values) => percentile(values, 50);

/** CPU time (user + system, ms) the process has used so far (Linux: /proc; NaN elsewhere). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return NaN;
  }
}

/**
 * CONCURRENCY loops sending `make(i)` for `seconds`: requests/s, p99 (ms), non-200 answers, and the
 * server's own CPU time per request (ms; less sensitive than requests/s to what else the machine runs).
 */
async function load(port, make, seconds = SECONDS, pid = undefined) {
  const cpuBefore = cpuMs(pid);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies = [];
  let failed = 0;
  let i = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const { status } = await request(agent, port, make(i++));
        latencies.push(performance.now() - t);
        if (status !== 200) failed++;
      }
    }),
  );
  agent.destroy();
  return {
    rps: latencies.length / ((performance.now() - started) / 1000),
    p99: percentile(latencies, 99),
    cpu: (cpuMs(pid) - cpuBefore) / latencies.length,
    failed,
  };
}

async function main() {
  if (process.env.BENCH_BUILD === '1' || !existsSync(MAIN)) {
    const built = spawnSync('npx', ['nx', 'run', 'api:build', '--skip-nx-cache'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: baseEnv,
    });
    if (built.status !== 0) throw new Error('the API build failed');
  }
  const database = `bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  const url = new URL(SERVER);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  try {
    const [productPort, baselinePort] = [await freePort(), await freePort()];
    const shared = {
      DATABASE_URL: databaseUrl,
      SECRET_KEY: randomBytes(32).toString('base64url'),
      PUBLIC_URL: `http://127.0.0.1:${productPort}`,
    };
    const product = {
      ...baseEnv,
      ...shared,
      NODE_ENV: 'production',
      PORT: String(productPort),
      SEED_DEMO: 'true',
      MAIL_ENABLED: 'false',
      TRUST_PROXY: 'loopback',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'assoc-bench-')),
    };
    for (const key of ['SMTP_URL', 'TEST_CLOCK', 'S3_ENDPOINT', 'S3_BUCKET', 'LOG_LEVEL']) delete product[key];
    const api = start('API', [...API_ARGS, MAIN], product);
    await waitFor(`http://127.0.0.1:${productPort}/health/ready`);
    const baseline = AGAINST
      ? start('other build', [...AGAINST_ARGS, AGAINST], { ...product, SEED_DEMO: 'false', PORT: String(baselinePort) })
      : start('baseline', [join(ROOT, 'apps/api/bench/baseline-server.mjs')], {
          ...process.env,
          ...shared,
          PORT: String(baselinePort),
        });
    await waitFor(`http://127.0.0.1:${baselinePort}/${AGAINST ? 'health/ready' : ''}`, true);

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const [{ associationId, widgetId, slug }] = (
      await db.query(`SELECT (SELECT id FROM associations LIMIT 1) AS "associationId", (SELECT id FROM widgets LIMIT 1) AS "widgetId",
                             (SELECT slug FROM cashmobs WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL ORDER BY "startsAt" LIMIT 1) AS slug`)
    ).rows;
    await db.end();
    const logIn = await request(undefined, productPort, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: LogInInput!) { logIn(input: $input) { id } }`,
        variables: { input: DEMO },
      }),
    });
    const cookie = (logIn.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
    if (!cookie.includes('sid=')) throw new Error(`log-in failed: ${logIn.body}`);

    const graphql = (query, variables, signedIn) => (i) => ({
      method: 'POST',
      path: '/graphql',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
        ...(signedIn ? { cookie, 'x-association-id': associationId } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const all = {
      'feed (logged in)': graphql(FEED, { first: 20 }, true),
      'directory search': graphql(DIRECTORY, { search: 'vitré' }, true),
      'public widget JSON': (i) => ({
        method: 'GET',
        path: `/api/public/widgets/${widgetId}`,
        headers: { 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
      }),
      'public cashmob': graphql(CASHMOB, { slug }, false),
      // What any GraphQL request costs before it reads anything (HTTP, middleware, Apollo, Nest): the
      // floor under the four above, against the baseline answering the same JSON.
      'GraphQL floor': graphql('{ __typename }', undefined, false),
    };
    const endpoints = Object.fromEntries(Object.entries(all).filter(([name]) => ONLY.test(name)));

    console.log(`\nByte-identical JSON (product vs baseline), demo association:`);
    for (const [name, make] of Object.entries(endpoints)) {
      const [a, b] = [await request(undefined, productPort, make(1)), await request(undefined, baselinePort, make(1))];
      const same = a.status === 200 && a.body === b.body;
      let at = 0;
      while (at < a.body.length && a.body[at] === b.body[at]) at++;
      console.log(
        `  ${name.padEnd(20)} ${same ? `identical (${a.body.length} bytes)` : `DIFFERENT from character ${at}\n    product  ${a.status} …${a.body.slice(Math.max(0, at - 80), at + 200)}\n    baseline ${b.status} …${b.body.slice(Math.max(0, at - 80), at + 200)}`}`,
      );
    }

    const results = Object.fromEntries(Object.keys(endpoints).map((n) => [n, { product: [], baseline: [] }]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, make] of Object.entries(endpoints)) {
        for (const [side, port, pid] of round % 2
          ? [
              ['product', productPort, api.pid],
              ['baseline', baselinePort, baseline.pid],
            ]
          : [
              ['baseline', baselinePort, baseline.pid],
              ['product', productPort, api.pid],
            ]) {
          await load(port, make, 1); // warm-up
          results[name][side].push(await load(port, make, SECONDS, pid));
        }
      }
      process.stderr.write(`round ${round}/${ROUNDS} done\n`);
    }
    console.log(
      `\nThroughput, ${CONCURRENCY} concurrent, ${SECONDS} s each, ${ROUNDS} rounds alternating (medians; target ratio >= 0.5, p99 <= 3x):`,
    );
    console.log(
      `  ${'endpoint'.padEnd(20)} ${'product req/s'.padStart(14)} ${'baseline req/s'.padStart(15)} ${'ratio'.padStart(6)}   ${'p99 product'.padStart(11)} ${'p99 baseline'.padStart(12)} ${'p99 x'.padStart(6)} ${'CPU ms/req product'.padStart(18)} ${'baseline'.padStart(8)}  non-200`,
    );
    for (const [name, { product: p, baseline: b }] of Object.entries(results)) {
      const [pr, br] = [median(p.map((r) => r.rps)), median(b.map((r) => r.rps))];
      const [pp, bp] = [median(p.map((r) => r.p99)), median(b.map((r) => r.p99))];
      const [pc, bc] = [median(p.map((r) => r.cpu)), median(b.map((r) => r.cpu))];
      const failed = p.reduce((s, r) => s + r.failed, 0) + b.reduce((s, r) => s + r.failed, 0);
      console.log(
        `  ${name.padEnd(20)} ${pr.toFixed(0).padStart(14)} ${br.toFixed(0).padStart(15)} ${(pr / br).toFixed(2).padStart(6)}   ${`${pp.toFixed(1)} ms`.padStart(11)} ${`${bp.toFixed(1)} ms`.padStart(12)} ${(pp / bp).toFixed(1).padStart(6)} ${pc.toFixed(2).padStart(18)} ${bc.toFixed(2).padStart(8)}  ${failed}`,
      );
    }
  } finally {
    for (const child of children) {
      child.stopping = true;
      child.kill('SIGTERM');
    }
    await Promise.all(
      children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve() : c.on('exit', resolve)))),
    );
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
