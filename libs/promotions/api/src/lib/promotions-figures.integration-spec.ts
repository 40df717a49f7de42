import { PromotionsFigures } from '../index';
import { claim, promotionsWorld, REDEEM, runningWithOffers, World } from './promotions-test-helpers';

/** The roll-up as kept by the triggers (days whose counts are all zero left out). */
const ROLLUP = `SELECT to_char("day", 'YYYY-MM-DD') AS day, vouchers, redemptions FROM promotions_daily_counts
                 WHERE "associationId" = $1 AND (vouchers <> 0 OR redemptions <> 0) ORDER BY 1`;

/** The same counts, recounted from the records. */
const RECOUNT = `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(v)::int AS vouchers, sum(r)::int AS redemptions FROM (
    SELECT ("createdAt" AT TIME ZONE 'UTC')::date AS day, 1 AS v, 0 AS r FROM campaign_vouchers WHERE "associationId" = $1
    UNION ALL SELECT ("createdAt" AT TIME ZONE 'UTC')::date, 0, 1 FROM campaign_redemptions WHERE "associationId" = $1
  ) e GROUP BY 1 ORDER BY 1`;

/** Each bucket's counts, straight from the records. */
const BY_BUCKET = `SELECT b AS bucket, sum(v)::int AS vouchers, sum(r)::int AS redemptions FROM (
    SELECT width_bucket("createdAt", $4::timestamptz[]) AS b, 1 AS v, 0 AS r FROM campaign_vouchers WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3
    UNION ALL SELECT width_bucket("createdAt", $4::timestamptz[]), 0, 1 FROM campaign_redemptions WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3
  ) e GROUP BY 1`;

/** The per-shop roll-up as kept by the triggers (rows whose figures are all zero left out). */
const SHOP_ROLLUP = `SELECT to_char("day", 'YYYY-MM-DD') AS day, "shopId", vouchers, redemptions, "basketCents"::int AS "basketCents"
                       FROM promotions_shop_daily_counts
                      WHERE "associationId" = $1 AND (vouchers <> 0 OR redemptions <> 0 OR "basketCents" <> 0) ORDER BY 1, 2`;

/** The same figures, recounted from the records. */
const SHOP_RECOUNT = `SELECT to_char(day, 'YYYY-MM-DD') AS day, "shopId", sum(v)::int AS vouchers, sum(r)::int AS redemptions, sum(b)::int AS "basketCents" FROM (
    SELECT ("createdAt" AT TIME ZONE 'UTC')::date AS day, "shopId", 1 AS v, 0 AS r, 0 AS b FROM campaign_vouchers WHERE "associationId" = $1
    UNION ALL SELECT ("createdAt" AT TIME ZONE 'UTC')::date, "shopId", 0, 1, coalesce("basketCents", 0) FROM campaign_redemptions WHERE "associationId" = $1
  ) e GROUP BY 1, 2 ORDER BY 1, 2`;

/** Each shop's figures over [start, end), straight from the records. */
const BY_SHOP = `SELECT "shopId", sum(v)::int AS vouchers, sum(r)::int AS redemptions, sum(b)::int AS "basketCents" FROM (
    SELECT "shopId", 1 AS v, 0 AS r, 0 AS b FROM campaign_vouchers WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3
    UNION ALL SELECT "shopId", 0, 1, coalesce("basketCents", 0) FROM campaign_redemptions WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3
  ) e GROUP BY 1 ORDER BY 1`;

describe("the promotions' daily counts (the impact dashboard's roll-up)", () => {
  let world: World;
  let other: World;
  let associationId: string;

  beforeAll(async () => {
    world = await promotionsWorld(2);
    other = await promotionsWorld(1, world.api, 'Union commerciale de Fougères');
    const { api } = world;
    const { campaign, offers } = await runningWithOffers(world, world.shops);
    [{ associationId }] = await api.dataSource.query(`SELECT "associationId" FROM campaigns WHERE id = $1`, [
      campaign.id,
    ]);
    // Through the API, on the test clock: vouchers claimed by the public, one redeemed in the shop.
    const claimed = [];
    for (let i = 0; i < 4; i++) claimed.push(await claim(api, campaign.slug, offers[i % 2].id));
    const done = await world.shops[0].request(REDEEM, { input: { code: claimed[0].code, basketCents: 4590 } });
    expect(done.errors).toBeUndefined();
    const elsewhere = await runningWithOffers(other, other.shops);
    await claim(api, elsewhere.campaign.slug, elsewhere.offers[0].id);

    // Backdated records, many in one statement, on UTC and local midnights and across the year.
    await api.dataSource.query(
      `INSERT INTO campaign_vouchers ("associationId", "campaignId", "offerId", "shopId", code, "createdAt")
       SELECT o."associationId", o."campaignId", o.id, o."shopId", md5(o.id::text || g), '2026-01-01T00:00:00Z'::timestamptz + g * interval '5 hours 31 minutes'
         FROM campaign_offers o, generate_series(0, 900) g WHERE o."campaignId" = $1`,
      [campaign.id],
    );
    await api.dataSource.query(
      `INSERT INTO campaign_redemptions ("associationId", "campaignId", "offerId", "shopId", "voucherId", "membershipId", "basketCents", "createdAt")
       SELECT v."associationId", v."campaignId", v."offerId", v."shopId", v.id, o."ownerMembershipId", 1200, v."createdAt" + interval '20 hours'
         FROM campaign_vouchers v JOIN campaign_offers o ON o.id = v."offerId" WHERE v."campaignId" = $1 AND v.code LIKE '%7'`,
      [campaign.id],
    );
    // A basket corrected, redemptions moved to another shop (statements changing the shop and the basket only).
    await api.dataSource.query(
      `UPDATE campaign_redemptions SET "basketCents" = "basketCents" + 310 WHERE "campaignId" = $1 AND "createdAt" < '2026-03-01'`,
      [campaign.id],
    );
    await api.dataSource.query(
      `UPDATE campaign_redemptions SET "shopId" = $2, "basketCents" = NULL WHERE "campaignId" = $1 AND "createdAt" >= '2026-06-01' AND "createdAt" < '2026-07-01'`,
      [campaign.id, world.shops[1].shopId],
    );
    // Moved in time, and deleted (a voucher's redemption with it, and redemptions on their own).
    await api.dataSource.query(
      `UPDATE campaign_vouchers SET "createdAt" = "createdAt" - interval '100 days' WHERE "campaignId" = $1 AND code LIKE '%a'`,
      [campaign.id],
    );
    await api.dataSource.query(`DELETE FROM campaign_vouchers WHERE "campaignId" = $1 AND code LIKE '%3%7'`, [
      campaign.id,
    ]);
    await api.dataSource.query(
      `DELETE FROM campaign_redemptions WHERE "campaignId" = $1 AND "basketCents" = 1200 AND "createdAt" < '2026-02-01'`,
      [campaign.id],
    );
  });

  afterAll(() => world?.api.close());

  it('agrees with a recount from the records after writes, deletes and backdated records', async () => {
    const { api } = world;
    const recount = await api.dataSource.query(RECOUNT, [associationId]);
    expect(recount.length).toBeGreaterThan(100);
    expect(await api.dataSource.query(ROLLUP, [associationId])).toEqual(recount);
    const [{ id: otherId }] = await api.dataSource.query(
      `SELECT "associationId" AS id FROM campaign_vouchers WHERE "associationId" <> $1 LIMIT 1`,
      [associationId],
    );
    expect(await api.dataSource.query(ROLLUP, [otherId])).toEqual(await api.dataSource.query(RECOUNT, [otherId]));
  });

  it('keeps the per-shop roll-up equal to a recount from the records, each association apart', async () => {
    const { api } = world;
    const recount = await api.dataSource.query(SHOP_RECOUNT, [associationId]);
    expect(recount.length).toBeGreaterThan(100);
    expect(new Set(recount.map((r: { shopId: string }) => r.shopId)).size).toBe(2);
    expect(await api.dataSource.query(SHOP_ROLLUP, [associationId])).toEqual(recount);
    const [{ id: otherId }] = await api.dataSource.query(
      `SELECT "associationId" AS id FROM campaign_vouchers WHERE "associationId" <> $1 LIMIT 1`,
      [associationId],
    );
    const elsewhere = await api.dataSource.query(SHOP_RECOUNT, [otherId]);
    expect(elsewhere).toHaveLength(1);
    expect(await api.dataSource.query(SHOP_ROLLUP, [otherId])).toEqual(elsewhere);
  });

  it('stays right under concurrent writers on the same shops and days', async () => {
    const { api } = world;
    const [{ campaignId, shopId }] = await api.dataSource.query(
      `SELECT "campaignId", "shopId" FROM campaign_vouchers WHERE "associationId" = $1 LIMIT 1`,
      [associationId],
    );
    // Eight transactions at once, each inserting vouchers and redemptions on the same days of the same
    // shops and deleting some, each committing as soon as its statements are done (the later ones wait
    // on the roll-up's rows until the earlier ones commit).
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const runner = api.dataSource.createQueryRunner();
        await runner.connect();
        try {
          await runner.startTransaction();
          await runner.query(
            `INSERT INTO campaign_vouchers ("associationId", "campaignId", "offerId", "shopId", code, "createdAt")
             SELECT o."associationId", o."campaignId", o.id, o."shopId", md5('concurrent' || $2 || o.id || g), '2026-09-01T10:00:00Z'::timestamptz + g * interval '7 hours'
               FROM campaign_offers o, generate_series(0, 9) g WHERE o."campaignId" = $1`,
            [campaignId, String(i)],
          );
          await runner.query(
            `INSERT INTO campaign_redemptions ("associationId", "campaignId", "offerId", "shopId", "voucherId", "membershipId", "basketCents", "createdAt")
             SELECT v."associationId", v."campaignId", v."offerId", v."shopId", v.id, o."ownerMembershipId", 700 + $3::int, v."createdAt"
               FROM campaign_vouchers v JOIN campaign_offers o ON o.id = v."offerId" WHERE v."campaignId" = $1 AND v.code IN (SELECT md5('concurrent' || $2 || o2.id || g) FROM campaign_offers o2, generate_series(0, 4) g WHERE o2."campaignId" = $1)`,
            [campaignId, String(i), i],
          );
          await runner.query(
            `DELETE FROM campaign_vouchers WHERE "campaignId" = $1 AND "shopId" = $2 AND code = md5('concurrent' || $3 || "offerId" || 9)`,
            [campaignId, shopId, String(i)],
          );
          await runner.commitTransaction();
        } finally {
          await runner.release();
        }
      }),
    );
    const recount = await api.dataSource.query(SHOP_RECOUNT, [associationId]);
    expect(recount.filter((r: { day: string }) => r.day.startsWith('2026-09')).length).toBeGreaterThan(2);
    expect(await api.dataSource.query(SHOP_ROLLUP, [associationId])).toEqual(recount);
  });

  it.each([
    ['a year in Paris', '2025-12-31T23:00:00Z', '2026-12-31T23:00:00Z'],
    ['a month in Kolkata', '2026-01-31T18:30:00Z', '2026-02-28T18:30:00Z'],
    ['UTC days', '2026-02-01T00:00:00Z', '2026-02-15T00:00:00Z'],
    ['part of one day', '2026-01-20T03:00:00Z', '2026-01-20T17:45:00Z'],
    ['all of it', '2020-01-01T00:00:00Z', '2030-01-01T00:00:00Z'],
  ])("gives each shop the figures of its records over %s, this association's only", async (_, start, end) => {
    const { api } = world;
    const figures = await api.app.get(PromotionsFigures).shopTotals(associationId, new Date(start), new Date(end));
    const expected = await api.dataSource.query(BY_SHOP, [associationId, start, end]);
    expect(expected.length).toBeGreaterThan(0);
    const byId = (a: { shopId: string }, b: { shopId: string }) => a.shopId.localeCompare(b.shopId);
    expect([...figures].sort(byId)).toEqual([...expected].sort(byId));
  });

  // Cuts at local midnights a whole, a half and three and a half hours from UTC, at UTC midnights and mid-day.
  const periods: [string, string[], string][] = [
    [
      'months in Paris',
      ['2025-12-31T23:00:00Z', '2026-01-31T23:00:00Z', '2026-02-28T23:00:00Z'],
      '2026-03-31T22:00:00Z',
    ],
    [
      'days in Kolkata',
      ['2026-01-09T18:30:00Z', '2026-01-10T18:30:00Z', '2026-01-11T18:30:00Z'],
      '2026-01-12T18:30:00Z',
    ],
    ['weeks in St John’s', ['2026-01-05T03:30:00Z', '2026-01-12T03:30:00Z'], '2026-01-15T03:30:00Z'],
    [
      'UTC days and an odd cut',
      ['2025-06-01T00:00:00Z', '2026-01-20T00:00:00Z', '2026-01-20T13:17:00Z'],
      '2027-06-01T00:00:00Z',
    ],
  ];

  it.each(periods)('gives each bucket the counts of its records (%s)', async (_, starts, end) => {
    const { api } = world;
    const cuts = starts.map((s) => new Date(s));
    const figures = await api.app.get(PromotionsFigures).counts(associationId, cuts[0], new Date(end), cuts);
    const expected = await api.dataSource.query(BY_BUCKET, [associationId, cuts[0], end, starts]);
    const nonZero = (rows: { bucket: number; vouchers: number; redemptions: number }[]) =>
      rows.filter((r) => r.vouchers || r.redemptions).sort((a, b) => a.bucket - b.bucket);
    expect(expected.length).toBeGreaterThan(0);
    expect(nonZero(figures)).toEqual(nonZero(expected));
  });
});
