/**
 * The public reads' rate limit (120 per minute per client address) over two API instances sharing one
 * database: counted in each instance and added to the shared counters in batches (RateLimiter's
 * `batched` rules), so a page view costs no statement of its own, and each instance learns the
 * other's hits at its next flush.
 */
import { RateLimiter } from '@assoc/platform-api';
import { StatementCounter, TestApp } from '@assoc/platform-testing';
import { WIDGET_RATE_LIMITS } from './widget-public.controller';
import { createWidget, freshIp, publicGet, startApp, widgetsWorld } from './widgets-test-helpers';

describe('public read limits over two instances', () => {
  let a: TestApp;
  let b: TestApp;
  let widgetId: string;

  beforeAll(async () => {
    a = await startApp();
    b = await startApp({ databaseUrl: a.databaseUrl });
    const world = await widgetsWorld(1, a);
    widgetId = (await createWidget(world.president)).id;
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const reads = async (api: TestApp, ip: string, count: number): Promise<number[]> => {
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) statuses.push((await publicGet(api, `/api/public/widgets/${widgetId}`, ip)).status);
    return statuses;
  };
  const okCount = (statuses: number[]) => statuses.filter((s) => s === 200).length;
  const sharedHits = async (ip: string): Promise<number | null> => {
    const [row] = await a.dataSource.query(`SELECT hits FROM rate_limits WHERE key = $1`, [`widget-read:${ip}`]);
    return row ? Number(row.hits) : null;
  };

  it('on one instance: exactly the limit, then 429; the shared counter gets the hits at the flush, not per read', async () => {
    const ip = freshIp();
    const statuses = await reads(a, ip, WIDGET_RATE_LIMITS.read.limit + 5);
    expect(okCount(statuses)).toBe(WIDGET_RATE_LIMITS.read.limit);
    expect(statuses.slice(WIDGET_RATE_LIMITS.read.limit).every((s) => s === 429)).toBe(true);
    await a.app.get(RateLimiter).flushBatched();
    // Refused reads count up to one past the limit, as the exact limits do.
    expect(await sharedHits(ip)).toBe(WIDGET_RATE_LIMITS.read.limit + 1);
  });

  it("each instance refuses once the other's hits reach it: 100 on one, then 20 more on the other", async () => {
    const ip = freshIp();
    expect(okCount(await reads(a, ip, 100))).toBe(100);
    await a.app.get(RateLimiter).flushBatched();
    expect(okCount(await reads(b, ip, 1))).toBe(1);
    await b.app.get(RateLimiter).flushBatched(); // b now knows of a's 100
    const onB = await reads(b, ip, 30);
    expect(okCount(onB)).toBe(19);
    await b.app.get(RateLimiter).flushBatched();
    // a learns b's hits at its own next flush (its window has a hit to add): refused from then on.
    await reads(a, ip, 1);
    await a.app.get(RateLimiter).flushBatched();
    expect(await reads(a, ip, 3)).toEqual([429, 429, 429]);
    expect(await sharedHits(ip)).toBeGreaterThan(WIDGET_RATE_LIMITS.read.limit);
  });

  it('parallel reads on both instances: at least the limit served, at most a flush late, then refused everywhere until the window ends', async () => {
    const ip = freshIp();
    const [onA, onB] = await Promise.all([reads(a, ip, 90), reads(b, ip, 90)]);
    // No false refusal (the first one needs more than the limit counted), and no more than the two instances' reads.
    expect(okCount(onA) + okCount(onB)).toBeGreaterThanOrEqual(WIDGET_RATE_LIMITS.read.limit);
    for (let round = 0; round < 2; round++) {
      await Promise.all([reads(a, ip, 1), reads(b, ip, 1)]);
      await a.app.get(RateLimiter).flushBatched();
      await b.app.get(RateLimiter).flushBatched();
    }
    expect([...(await reads(a, ip, 1)), ...(await reads(b, ip, 1))]).toEqual([429, 429]);
    // Another address is not affected; a minute later (the API's clock) this one reads again.
    expect(await reads(b, freshIp(), 1)).toEqual([200]);
    await a.advanceClock(61_000);
    await b.advanceClock(61_000);
    expect([...(await reads(a, ip, 1)), ...(await reads(b, ip, 1))]).toEqual([200, 200]);
  });

  it('flushes from two instances over the same addresses at once never deadlock and lose no hit', async () => {
    const ips = Array.from({ length: 40 }, () => freshIp());
    // Each instance reads the addresses in the opposite order, then both flush together, twenty times.
    for (let round = 0; round < 20; round++) {
      await Promise.all([
        Promise.all(ips.map((ip) => reads(a, ip, 1))),
        Promise.all([...ips].reverse().map((ip) => reads(b, ip, 1))),
      ]);
      await Promise.all([a.app.get(RateLimiter).flushBatched(), b.app.get(RateLimiter).flushBatched()]);
    }
    const hits = await Promise.all(ips.map(sharedHits));
    expect(hits).toEqual(ips.map(() => 40));
  });

  it('a public read costs no statement for its limit', async () => {
    const counter = new StatementCounter(a.dataSource);
    try {
      const ip = freshIp();
      await reads(a, ip, 1);
      const { statements, sql } = await counter.measure(() => reads(a, ip, 1));
      // The widget with its association, then its catalogue: nothing for the limit.
      expect(statements).toBeLessThanOrEqual(2);
      expect(sql.filter((s) => s.includes('rate_limits'))).toEqual([]);
    } finally {
      counter.restore();
    }
  });
});
