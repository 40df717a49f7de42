#!/usr/bin/env node
/**
 * `npm run bench:web`: Lighthouse's mobile preset (a mid-range phone on slow 4G, simulated) on the
 * built app, as a phone first opens it: /login, a cashmob page (/c/:slug), a campaign page (/p/:slug)
 * and a shop page (/b/:id), BENCH_RUNS runs each (3 by default), printing the median performance
 * score, LCP, TBT and bytes transferred. Builds nothing: it expects dist/ (npx nx run-many -t build
 * -p api web). It starts the production API (NODE_ENV=production) with its embedded PostgreSQL in a
 * temporary DATA_DIR and the demo seeded, publishes a campaign as the demo president, and drives the
 * Chromium that tools/browser/find-chromium.cjs finds (headless) through chrome-launcher.
 *
 * Options (environment): BENCH_RUNS=3, BENCH_PAGES=login,cashmob,campaign,shop, BENCH_JSON=<file>
 * to keep the medians as JSON. Exit code 0 whatever the scores: a measure, not a gate (the gates are
 * the build budgets and apps/web-e2e/src/delivery.e2e-spec.ts).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const MAIN = join(ROOT, 'dist/apps/api/main.js');
const INDEX = join(ROOT, 'dist/apps/web/browser/index.html');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PAGES = (process.env.BENCH_PAGES ?? 'login,cashmob,campaign,shop').split(',');
const DEMO_PRESIDENT = { email: 'claire.martin@vitrines-vitre.fr', password: 'vitrines-vitre-2026' };

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitHealthy(baseUrl, child) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} (see its log)`);
    try {
      if ((await fetch(`${baseUrl}/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error('the API was not healthy within 120 s');
}

/** The production API on a free port, its own embedded PostgreSQL, the demo seeded. */
async function startApi(logFile) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'assoc-bench-web-'));
  // As root, the embedded PostgreSQL runs as another user, who must reach its folder.
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: dataDir,
    PUBLIC_URL: baseUrl,
    SECRET_KEY: randomBytes(32).toString('hex'),
    MAIL_ENABLED: 'false',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
  };
  for (const key of ['DATABASE_URL', 'SMTP_URL', 'TEST_CLOCK', 'S3_ENDPOINT', 'S3_BUCKET']) delete env[key];
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  await waitHealthy(baseUrl, child);
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { baseUrl, stop };
}

/** GraphQL as the demo president (session cookie and association header), for the pages' addresses. */
async function demoAddresses(baseUrl) {
  let cookie = '';
  let associationId = '';
  const gql = async (query, variables = {}) => {
    const headers = { 'content-type': 'application/json', cookie };
    if (associationId) headers['x-association-id'] = associationId;
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie?.() ?? [];
    if (setCookie.length) cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    const body = await res.json();
    if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  await gql('mutation ($input: LogInInput!) { logIn(input: $input) { id } }', { input: DEMO_PRESIDENT });
  const viewer = await gql('{ viewer { memberships { association { id } shop { id } } } }');
  const membership = viewer.viewer.memberships[0];
  associationId = membership.association.id;
  const cashmobs = await gql('{ cashmobs { slug } }');
  const cashmob = cashmobs.cashmobs.find((c) => c.slug)?.slug;
  const directory = await gql('{ directory(first: 20) { nodes { shop { id } } } }');
  const shop = membership.shop?.id ?? directory.directory.nodes.find((n) => n.shop)?.shop.id;
  const day = 24 * 3600 * 1000;
  const now = Date.now();
  const created = await gql('mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', {
    input: {
      title: 'Vitré fête le printemps',
      theme: 'Printemps',
      description: 'Des remises chez les commerçants du centre-ville pendant une semaine.',
      // The page is public once enrolment has closed: a deadline a few seconds ahead (it must be future).
      enrolmentDeadline: new Date(now + 5_000).toISOString(),
      startsAt: new Date(now + day).toISOString(),
      endsAt: new Date(now + 8 * day).toISOString(),
    },
  });
  const published = await gql('mutation ($id: ID!) { publishCampaign(id: $id) { slug } }', {
    id: created.createCampaign.id,
  });
  const campaign = `/p/${published.publishCampaign.slug}`;
  // Wait for the page itself to be public (its enrolment deadline passed), not for a fixed time.
  const until = Date.now() + 60_000;
  while ((await fetch(`${baseUrl}${campaign}`)).status !== 200) {
    if (Date.now() > until) throw new Error(`${campaign} is still not public after 60 s`);
    await sleep(500);
  }
  return {
    login: '/login',
    cashmob: `/c/${cashmob}`,
    campaign,
    shop: `/b/${shop}`,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  for (const file of [MAIN, INDEX]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run "npx nx run-many -t build -p api web" first.`);
  }
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { findChromium, CHROMIUM_ARGS } = require('../browser/find-chromium.cjs');
  const chromium = await findChromium();

  const logFile = join(tmpdir(), `bench-web-api-${process.pid}.log`);
  console.log(`API log: ${logFile}; browser: ${chromium.source} ${chromium.path}`);
  const api = await startApi(logFile);
  let chrome;
  try {
    const addresses = await demoAddresses(api.baseUrl);
    Object.assign(process.env, chromium.env);
    chrome = await chromeLauncher.launch({
      chromePath: chromium.path,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      logLevel: 'silent',
    });
    const results = {};
    for (const page of PAGES) {
      const url = `${api.baseUrl}${addresses[page]}`;
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        // Each run a cold load: Lighthouse clears the cache and storage first (its default).
        // No config: Lighthouse's default is the mobile preset (Moto G Power, slow 4G, 4x CPU slowdown, simulated).
        const { lhr } = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (lhr.runtimeError) throw new Error(`${page}: ${lhr.runtimeError.message}`);
        runs.push({
          score: lhr.categories.performance.score,
          lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
          tbtMs: lhr.audits['total-blocking-time'].numericValue,
          bytes: lhr.audits['total-byte-weight'].numericValue,
        });
      }
      results[page] = {
        path: addresses[page].replace(/\/[^/]+$/, page === 'login' ? '/login' : '/…'),
        score: median(runs.map((r) => r.score)),
        lcpMs: Math.round(median(runs.map((r) => r.lcpMs))),
        tbtMs: Math.round(median(runs.map((r) => r.tbtMs))),
        kB: Math.round(median(runs.map((r) => r.bytes)) / 1000),
        runs: runs.length,
      };
      console.log(
        `${page.padEnd(9)} score ${results[page].score.toFixed(2)}  LCP ${results[page].lcpMs} ms  TBT ${results[page].tbtMs} ms  transferred ${results[page].kB} kB  (median of ${RUNS})`,
      );
    }
    if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
  } finally {
    await chrome?.kill();
    await api.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
