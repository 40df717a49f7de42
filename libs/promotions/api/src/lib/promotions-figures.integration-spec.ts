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
