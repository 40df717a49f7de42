import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { bucketsOf, ImpactPeriod, ImpactPeriodKind, resolvePeriod, sqlBucketUnit } from '@assoc/impact-domain';
import { createAssociation, createTestApp, joinedMember, signedUpClient, TestApp } from '@assoc/platform-testing';
import { ProjectsModule } from '@assoc/projects-api';
import { ImpactModule } from '../index';
import { ActivityRow, ImpactRecords, monthsOfBuckets } from './impact-records';

/**
 * The activity series (bucketed by `width_bucket` over the buckets' first instants, added up per
 * bucket and member) against the straightforward computation it replaced (each event's bucket by
 * `date_trunc` in the time zone, distinct members with `count(DISTINCT …)` over GROUPING SETS), on
 * varied records: many members, deleted posts and comments, events at local midnights, on the
 * daylight-saving changes and outside the period, in time zones a whole or half hour from UTC.
 */
const REFERENCE = `
  WITH ev(k, at, m) AS (
    SELECT 'post', "createdAt", "authorMembershipId" FROM posts WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3 AND "deletedAt" IS NULL
    UNION ALL SELECT 'comment', "createdAt", "authorMembershipId" FROM comments WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3 AND "deletedAt" IS NULL
    UNION ALL SELECT 'reaction', "createdAt", "membershipId" FROM post_reactions WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3
  ), bucketed AS (
    SELECT k, m, to_char(GREATEST(date_trunc($4, at AT TIME ZONE $5)::date, $6::date), 'YYYY-MM-DD') AS day FROM ev
  )
  SELECT day, count(DISTINCT m)::int AS active,
         count(*) FILTER (WHERE k = 'post')::int AS posts,
         count(*) FILTER (WHERE k = 'comment')::int AS comments,
         count(*) FILTER (WHERE k = 'reaction')::int AS reactions,
         0 AS vouchers, 0 AS redemptions
    FROM bucketed GROUP BY GROUPING SETS ((day), ())`;

/** The member counts as they were computed before (three passes over the memberships). */
const MEMBERS_REFERENCE = `
  WITH m AS (
    SELECT "createdAt", "removedAt", width_bucket("createdAt", $4::timestamptz[]) + 1 AS "from",
           CASE WHEN "removedAt" IS NOT NULL THEN width_bucket("removedAt", $4::timestamptz[]) + 1 END AS "to"
      FROM memberships WHERE "associationId" = $1
  ), steps AS (
    SELECT k, sum(d)::int AS d FROM (
      SELECT "from" AS k, 1 AS d FROM m WHERE "to" IS NULL OR "to" > "from"
      UNION ALL SELECT "to", -1 FROM m WHERE "to" > "from"
    ) e GROUP BY k
  )
  SELECT (SELECT count(*) FILTER (WHERE "createdAt" >= $2 AND "createdAt" < $3)::int FROM m) AS joined,
         (SELECT count(*) FILTER (WHERE "removedAt" >= $2 AND "removedAt" < $3)::int FROM m) AS left,
         (SELECT json_agg(json_build_object('k', k, 'd', d)) FROM steps) AS steps`;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byDay = (a: ActivityRow, b: ActivityRow) => (a.day ?? '').localeCompare(b.day ?? '');

describe('the impact records, against the straightforward computation', () => {
  let api: TestApp;
  let associationId: string;
  let records: ImpactRecords;

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, DirectoryModule, ProjectsModule, ImpactModule]);
    records = api.app.get(ImpactRecords);
    const president = await signedUpClient(api, 'Présidente Records');
    ({ associationId } = await createAssociation(president, 'Records'));
    const members: string[] = [];
    for (let i = 0; i < 12; i++)
      members.push((await joinedMember(api, president, 'MEMBER', `Membre ${i}`)).membershipId);
    const next = random(2026);
    const pick = () => members[Math.floor(next() * members.length)];
    // Local midnights and the daylight-saving changes of 2026 (Paris), besides random instants over two years.
    const edges = [
      '2025-12-31T23:00:00Z',
      '2026-01-01T00:00:00Z',
      '2026-03-29T00:59:59Z',
      '2026-03-29T01:00:00Z',
      '2026-03-31T22:00:00Z',
      '2026-03-31T18:30:00Z',
      '2026-10-25T00:59:59Z',
      '2026-10-25T01:00:00Z',
      '2026-12-31T22:59:59.999Z',
      '2026-12-31T23:00:00Z',
    ];
    const times = [
      ...edges,
      ...Array.from({ length: 400 }, () => new Date(Date.UTC(2025, 9, 1) + next() * 500 * 86_400_000).toISOString()),
    ];
    // Members who joined (and some who left) at random instants and on the edges, for the member counts.
    for (const [i, id] of members.entries()) {
      const joined = i < edges.length ? edges[i] : times[10 + i];
      const left = i % 3 === 1 ? new Date(new Date(joined).getTime() + next() * 200 * 86_400_000).toISOString() : null;
      await api.dataSource.query(`UPDATE memberships SET "createdAt" = $2, "removedAt" = $3 WHERE id = $1`, [
        id,
        joined,
        left,
      ]);
    }
    const postIds: string[] = [];
    for (const [i, at] of times.entries()) {
      const [{ id }] = await api.dataSource.query(
        `INSERT INTO posts ("associationId", "authorMembershipId", text, "createdAt", "deletedAt") VALUES ($1, $2, 'Bonjour', $3, $4) RETURNING id`,
        [associationId, pick(), at, i % 9 === 4 ? at : null],
      );
      postIds.push(id);
    }
    for (const [i, at] of times.entries()) {
      const postId = postIds[Math.floor(next() * postIds.length)];
      await api.dataSource.query(
        `INSERT INTO comments ("associationId", "postId", "authorMembershipId", text, "createdAt", "deletedAt") VALUES ($1, $2, $3, 'Oui', $4, $5)`,
        [associationId, postId, pick(), at, i % 7 === 3 ? at : null],
      );
      await api.dataSource
        .query(
          `INSERT INTO post_reactions ("associationId", "postId", "membershipId", emoji, "createdAt") VALUES ($1, $2, $3, 'HEART', $4)`,
          [associationId, postId, pick(), at],
        )
        .catch(() => undefined); // one reaction per member and post: a repeat is skipped
    }
  });

  afterAll(() => api?.close());

  const periods: [ImpactPeriodKind, string, string][] = [
    [ImpactPeriodKind.MONTH, '2026-03-10', 'Europe/Paris'],
    [ImpactPeriodKind.MONTH, '2026-10-10', 'Europe/Paris'],
    [ImpactPeriodKind.QUARTER, '2026-02-01', 'Europe/Paris'],
    [ImpactPeriodKind.YEAR, '2026-06-01', 'Europe/Paris'],
    [ImpactPeriodKind.YEAR, '2026-06-01', 'Asia/Kolkata'],
    [ImpactPeriodKind.QUARTER, '2026-11-01', 'America/St_Johns'],
  ];

  it.each(periods)(
    'gives the same activity per bucket and in all over a %s from %s in %s',
    async (kind, from, zone) => {
      const period = resolvePeriod({ kind, from }, zone) as ImpactPeriod;
      const expected: ActivityRow[] = await api.dataSource.query(REFERENCE, [
        associationId,
        period.start,
        period.end,
        sqlBucketUnit(period.bucket),
        period.timeZone,
        period.fromDay,
      ]);
      const actual = await records.activity(associationId, period);
      expect(expected.find((r) => r.day === null)?.active).toBeGreaterThan(0);
      expect([...actual].sort(byDay)).toEqual([...expected].sort(byDay));
    },
  );

  // Years and custom periods cut by month: from the members' activity per UTC year (ADR 0044) when every
  // bucket is a UTC month but maybe its first or last day, from the records otherwise.
  const monthly: [ImpactPeriodKind, string, string | null, string, boolean][] = [
    [ImpactPeriodKind.YEAR, '2026-06-01', null, 'America/St_Johns', true],
    [ImpactPeriodKind.YEAR, '2026-06-01', null, 'UTC', true],
    [ImpactPeriodKind.YEAR, '2026-06-01', null, 'Pacific/Kiritimati', true],
    [ImpactPeriodKind.YEAR, '2025-06-01', null, 'Europe/Paris', true],
    [ImpactPeriodKind.CUSTOM, '2026-01-01', '2026-09-30', 'Europe/Paris', true],
    [ImpactPeriodKind.CUSTOM, '2026-02-15', '2026-11-20', 'Europe/Paris', false],
    [ImpactPeriodKind.CUSTOM, '2025-10-01', '2026-05-31', 'Europe/Paris', false],
  ];

  it.each(monthly)(
    'gives the same activity over a %s from %s to %s in %s (from the roll-up: %s)',
    async (kind, from, to, zone, rollup) => {
      const period = resolvePeriod({ kind, from, to }, zone) as ImpactPeriod;
      expect(monthsOfBuckets(bucketsOf(period)) !== null).toBe(rollup);
      const expected: ActivityRow[] = await api.dataSource.query(REFERENCE, [
        associationId,
        period.start,
        period.end,
        sqlBucketUnit(period.bucket),
        period.timeZone,
        period.fromDay,
      ]);
      const actual = await records.activity(associationId, period);
      expect(expected.find((r) => r.day === null)?.active).toBeGreaterThan(0);
      expect([...actual].sort(byDay)).toEqual([...expected].sort(byDay));
    },
  );

  it.each(periods)('gives the same member counts over a %s from %s in %s', async (kind, from, zone) => {
    const period = resolvePeriod({ kind, from }, zone) as ImpactPeriod;
    const at = [...bucketsOf(period).map((b) => b.end), period.end];
    const [row]: { joined: number; left: number; steps: { k: number; d: number }[] | null }[] =
      await api.dataSource.query(MEMBERS_REFERENCE, [
        associationId,
        period.start,
        period.end,
        at.map((d) => d.toISOString()),
      ]);
    const delta = new Map((row.steps ?? []).map((s) => [s.k, s.d]));
    let members = 0;
    const expected = {
      joined: row.joined,
      left: row.left,
      membersAt: at.map((_, i) => (members += delta.get(i + 1) ?? 0)),
    };
    expect(expected.joined + expected.left).toBeGreaterThan(0);
    expect(await records.memberCounts(associationId, period, at)).toEqual(expected);
  });
});

/**
 * The top shops as they were computed before the per-shop roll-up (ADR 0042): every voucher and
 * redemption of the period added up per shop, each kept shop named through its owner's membership.
 */
const TOP_REFERENCE = `
  WITH t AS MATERIALIZED (
         SELECT "shopId", sum(v)::int AS vouchers, sum(r)::int AS redemptions, sum(basket)::bigint AS basket FROM (
           SELECT "shopId", 1 AS v, 0 AS r, 0 AS basket FROM campaign_vouchers WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3
           UNION ALL SELECT "shopId", 0, 1, coalesce("basketCents", 0) FROM campaign_redemptions WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3
         ) e GROUP BY "shopId")
  SELECT * FROM (
    SELECT t."shopId", t.vouchers, t.redemptions, t.basket::int AS "basketCents",
           coalesce((SELECT s.name FROM shops s JOIN memberships m ON m.id = s."membershipId" AND m."removedAt" IS NULL
                      WHERE s.id = t."shopId" AND s."associationId" = $1), '') AS "shopName"
      FROM t) x
   ORDER BY vouchers DESC, redemptions DESC, "shopName" = '', "shopName" COLLATE "fr-x-icu", "shopId" LIMIT $4`;

describe('the top shops of a period, against the straightforward computation', () => {
  let api: TestApp;
  let associationId: string;
  let records: ImpactRecords;

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, DirectoryModule, ProjectsModule, ImpactModule]);
    records = api.app.get(ImpactRecords);
    const president = await signedUpClient(api, 'Présidente Boutiques');
    let presidentMembershipId: string;
    ({ associationId, membershipId: presidentMembershipId } = await createAssociation(president, 'Boutiques'));
    // Names whose French order differs from byte order (accents, case, ligature), three of them owned by members who left.
    const names = [
      'Épicerie du Port',
      'eau vive',
      'Ebénisterie',
      'Œufs frais',
      'Atelier',
      'atelier Bis',
      'Zèbre',
      'Écume',
    ];
    const shops: string[] = [];
    for (const [i, name] of names.entries()) {
      const { membershipId } = await joinedMember(api, president, 'MEMBER', `Commerçant ${i}`);
      const [{ id }] = await api.dataSource.query(
        `INSERT INTO shops ("associationId", "membershipId", name, trade, address, postcode, town) VALUES ($1, $2, $3, 'FOOD', '1 rue', '35500', 'Vitré') RETURNING id`,
        [associationId, membershipId, name],
      );
      shops.push(id);
      if (i === 2 || i === 3 || i === 6)
        await api.dataSource.query(`UPDATE memberships SET "removedAt" = '2026-05-01T00:00:00Z' WHERE id = $1`, [
          membershipId,
        ]);
    }
    const [{ id: campaignId }] = await api.dataSource.query(
      `INSERT INTO campaigns ("associationId", "createdByMembershipId", title, "startsAt", "endsAt", "enrolmentDeadline", channels, status, slug, "createdAt")
       VALUES ($1, $2, 'Temps fort', '2026-01-01', '2027-01-01', '2025-12-01', 'BOTH', 'RUNNING', $3, '2025-11-01') RETURNING id`,
      [associationId, presidentMembershipId, `top-${associationId}`],
    );
    // Vouchers per shop (ties at most cuts), on the year's edges in Paris and Kolkata and inside it.
    const vouchers = [5, 3, 3, 3, 2, 2, 2, 2];
    const times = [
      '2025-12-31T23:30:00Z',
      '2025-12-31T18:00:00Z',
      '2026-06-15T12:00:00Z',
      '2026-12-31T22:59:00Z',
      '2026-12-31T23:10:00Z',
    ];
    for (const [i, shopId] of shops.entries()) {
      const [{ id: offerId }] = await api.dataSource.query(
        `INSERT INTO campaign_offers ("associationId", "campaignId", "shopId", "ownerMembershipId", kind, "percentOff", status, code)
         SELECT $1, $2, s.id, s."membershipId", 'PERCENT_OFF', 10, 'APPROVED', 'top-' || s.id::text FROM shops s WHERE s.id = $3 RETURNING id`,
        [associationId, campaignId, shopId],
      );
      await api.dataSource.query(
        `INSERT INTO campaign_vouchers ("associationId", "campaignId", "offerId", "shopId", code, "createdAt")
         SELECT $1::uuid, $2::uuid, $3::uuid, $4::uuid, $8 || g, ($5::text[])[1 + (g + $6::int) % 5]::timestamptz FROM generate_series(1, $7::int) g`,
        [associationId, campaignId, offerId, shopId, times, i, vouchers[i], `top-${offerId}-`],
      );
      // A redemption for the shops 0 and 4 (breaking some ties, leaving a named shop tied with the two nameless ones), with a basket.
      if (i === 0 || i === 4)
        await api.dataSource.query(
          `INSERT INTO campaign_redemptions ("associationId", "campaignId", "offerId", "shopId", "voucherId", "membershipId", "basketCents", "createdAt")
           SELECT v."associationId", v."campaignId", v."offerId", v."shopId", v.id, $2, 2500 + $3::int, '2026-03-10T10:00:00Z' FROM campaign_vouchers v WHERE v."offerId" = $1 LIMIT 1`,
          [offerId, presidentMembershipId, i],
        );
    }
  });

  afterAll(() => api?.close());

  // Every cut over the year in Paris: above it only, inside ties among named shops, among nameless ones, past the last shop.
  const cases: [ImpactPeriodKind, string, string, number | null][] = [
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, null].map((limit): [ImpactPeriodKind, string, string, number | null] => [
      ImpactPeriodKind.YEAR,
      '2026-06-01',
      'Europe/Paris',
      limit,
    ]),
    [ImpactPeriodKind.YEAR, '2026-06-01', 'Asia/Kolkata', 4],
    [ImpactPeriodKind.MONTH, '2026-06-10', 'America/St_Johns', 2],
  ];

  it.each(cases)(
    'gives the same shops, names and order over a %s from %s in %s, at most %s',
    async (kind, from, zone, limit) => {
      const period = resolvePeriod({ kind, from }, zone) as ImpactPeriod;
      const expected: { basketCents: number }[] = await api.dataSource.query(TOP_REFERENCE, [
        associationId,
        period.start,
        period.end,
        limit,
      ]);
      const [{ total }] = await api.dataSource.query(
        `SELECT coalesce(sum("basketCents"), 0)::int AS total FROM campaign_redemptions WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3`,
        [associationId, period.start, period.end],
      );
      const actual = await records.topCampaignShops(associationId, period, limit);
      expect(expected.length).toBeGreaterThan(0);
      expect(actual.shops).toEqual(expected);
      expect(actual.basketCents).toBe(total);
    },
  );

  it('names no shop whose owner left, and puts those shops after the named ones among equals', async () => {
    const period = resolvePeriod({ kind: ImpactPeriodKind.YEAR, from: '2026-06-01' }, 'Europe/Paris') as ImpactPeriod;
    const { shops } = await records.topCampaignShops(associationId, period, null);
    const names = shops.map((s) => s.shopName);
    expect(names.filter((n) => n === '')).toHaveLength(3);
    expect(names).not.toContain('Ebénisterie');
    expect(names).not.toContain('Œufs frais');
    expect(names).not.toContain('Zèbre');
    // Among shops with the same figures, the nameless ones come last.
    shops.forEach((shop, i) => {
      const after = shops
        .slice(i + 1)
        .filter((s) => s.vouchers === shop.vouchers && s.redemptions === shop.redemptions);
      if (shop.shopName === '') expect(after.every((s) => s.shopName === '')).toBe(true);
    });
    expect(
      shops.some(
        (s, i) =>
          s.shopName === '' &&
          shops
            .slice(0, i)
            .some((t) => t.vouchers === s.vouchers && t.redemptions === s.redemptions && t.shopName !== ''),
      ),
    ).toBe(true);
  });
});
