import { createAssociation, createTestApp, GraphqlClient, signedUpClient, TestApp } from '@assoc/platform-testing';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DOMAIN_MODULES } from '../src/app.module';
import { seedGrowth } from './growth-data';

/**
 * Growth: the same reads on an association at 1x, 100x and 1,000x the demo (growth-data.ts), each
 * scale in its own fresh database and app, all up at once, timed over HTTP as its president, each read's
 * requests alternating between the scales. Prints p50/p95 per read and
 * scale, and the 1,000x/1x ratio of the p95 (target: within 2x). GROWTH_SCALES=1,100 runs fewer, GROWTH_ONLY=calendar only the reads it names.
 * Asserts nothing about time (the machine is shared): the figures are read, not tested.
 */
const SCALES = (process.env['GROWTH_SCALES'] ?? '1,100,1000').split(',').map(Number);
const RUNS = Number(process.env['GROWTH_RUNS'] ?? 40);
/** Only the reads whose name matches this regular expression (all by default), e.g. GROWTH_ONLY=calendar. */
const ONLY = new RegExp(process.env['GROWTH_ONLY'] ?? '');

/**
 * A full garbage collection of this process (which hosts the API and its client) before each read is
 * timed: otherwise the collection of what the seeding and the previous scale's app left behind (a
 * heap of about 200 MB, 0.4-0.7 s of marking under load) lands in the first reads timed at the last
 * scale, as a burst of requests 100-900 ms slow (seen with --trace-gc on the French search at 1,000x).
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const DIRECTORY = `query($search: String, $first: Int) { directory(search: $search, first: $first) { totalCount nodes { id user { name } shop { name } } } }`;
const SEARCH = `query($query: String!) { search(query: $query, first: 20) { type id title snippet rank } }`;
const DASHBOARD = `query($period: ImpactPeriodInput!) { impactDashboard(period: $period) {
  members { total joined left active } projects { byStatus { status count } pooledCents savedCents byMember { name pooledCents } }
  campaigns { campaigns vouchers redemptions basketCents byShop { shopName vouchers redemptions } } cashmobs { count participants upliftBp } network { posts comments reactions }
  series { day members activeMembers posts comments reactions vouchers redemptions } } }`;
const CALENDAR = `query($from: DateTime!, $to: DateTime!) { calendar(from: $from, to: $to) { events { key kind title startsAt endsAt } conflicts { shopId shopName } } }`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

type Shape = [name: string, run: (i: number) => Promise<unknown>];

function shapes(api: TestApp, president: GraphqlClient, widgetId: string): Shape[] {
  const today = new Date().toISOString().slice(0, 10);
  const now = new Date();
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const monthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return [
    ['directory search "martin"', () => president.ok(DIRECTORY, { search: 'martin', first: 20 })],
    ['search "organiser fête"', () => president.ok(SEARCH, { query: 'organiser la fête' })],
    ['search "gautier"', () => president.ok(SEARCH, { query: 'gautier' })],
    ['impact dashboard, month', () => president.ok(DASHBOARD, { period: { kind: 'MONTH', from: today } })],
    ['impact dashboard, year', () => president.ok(DASHBOARD, { period: { kind: 'YEAR', from: today } })],
    [
      'public widget JSON',
      async (i) => {
        // A different (trusted-proxy) client address per request: the public rate limit is per address.
        const response = await fetch(`${api.url}/api/public/widgets/${widgetId}`, {
          headers: { 'x-forwarded-for': `10.9.${Math.floor(i / 250) % 250}.${i % 250}` },
        });
        if (response.status !== 200) throw new Error(`widget: HTTP ${response.status}`);
        return response.json();
      },
    ],
    ['calendar, month', () => president.ok(CALENDAR, { from: monthStart.toISOString(), to: monthEnd.toISOString() })],
  ];
}

describe('growth benchmark', () => {
  it(`times the hot reads at ${SCALES.join('x, ')}x the demo association`, async () => {
    const results = new Map<string, Map<number, { p50: number; p95: number }>>();
    const notes: string[] = [];
    let request = 0;
    // Every scale's app is up at once and each read's requests alternate between the scales (1x, 100x,
    // 1,000x, then 1,000x, 100x, 1x, ...): the machine's load, which drifts over minutes on a shared
    // machine, weighs on every scale alike, so the ratios compare the data sizes, not two moments.
    const apps: { scale: number; api: TestApp; shapes: Shape[] }[] = [];
    try {
      for (const scale of SCALES) {
        // No statement timeout: seeding 16,000 members (their search and directory triggers) can take
        // longer than the API's 30 s on a loaded machine; the reads timed are far below it.
        const api = await createTestApp(DOMAIN_MODULES, { env: { DATABASE_STATEMENT_TIMEOUT_MS: '0' } });
        apps.push({ scale, api, shapes: [] });
        const president = await signedUpClient(api, 'Claire Martin');
        const { associationId, membershipId } = await createAssociation(president, `Vitrines x${scale}`);
        const seeded = performance.now();
        const { widgetId } = await seedGrowth(api.dataSource, associationId, membershipId, scale);
        const [{ members, posts }] = await api.dataSource.query(
          `SELECT (SELECT count(*) FROM memberships WHERE "associationId" = $1)::int AS members, (SELECT count(*) FROM posts WHERE "associationId" = $1)::int AS posts`,
          [associationId],
        );
        notes.push(
          `${scale}x: ${members} members, ${posts} posts, seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
        );
        apps[apps.length - 1].shapes = shapes(api, president, widgetId).filter(([n]) => ONLY.test(n));
      }
      for (const [index, [name]] of apps[0].shapes.entries()) {
        collectGarbage();
        for (const app of apps) for (let warm = 0; warm < 3; warm++) await app.shapes[index][1](request++);
        const times = new Map<number, number[]>(apps.map((a) => [a.scale, []]));
        for (let i = 0; i < RUNS; i++) {
          for (const app of i % 2 ? [...apps].reverse() : apps) {
            const t = performance.now();
            await app.shapes[index][1](request++);
            times.get(app.scale)?.push(performance.now() - t);
          }
        }
        results.set(
          name,
          new Map([...times].map(([scale, t]) => [scale, { p50: percentile(t, 50), p95: percentile(t, 95) }])),
        );
      }
    } finally {
      for (const { api } of apps) await api.close();
    }
    const first = SCALES[0];
    const last = SCALES[SCALES.length - 1];
    const header = `${'read'.padEnd(28)}${SCALES.map((s) => `${`${s}x p50/p95 ms`.padStart(20)}`).join('')}   p95 ${last}x/${first}x`;
    const lines = [...results].map(([name, byScale]) => {
      const cells = SCALES.map((s) => {
        const r = byScale.get(s);
        return (r ? `${r.p50.toFixed(1)} / ${r.p95.toFixed(1)}` : '-').padStart(20);
      });
      const ratio = (byScale.get(last)?.p95 ?? NaN) / (byScale.get(first)?.p95 ?? NaN);
      return `${name.padEnd(28)}${cells.join('')}   ${ratio.toFixed(2)}x`;
    });
    process.stdout.write(
      `\nGrowth, ${RUNS} runs each after 3 warm-ups:\n${notes.join('\n')}\n${header}\n${lines.join('\n')}\n`,
    );
    expect(lines.length).toBeGreaterThan(0);
  });
});
