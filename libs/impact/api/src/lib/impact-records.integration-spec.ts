import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { bucketsOf, ImpactPeriod, ImpactPeriodKind, resolvePeriod, sqlBucketUnit } from '@assoc/impact-domain';
import { createAssociation, createTestApp, joinedMember, signedUpClient, TestApp } from '@assoc/platform-testing';
import { ProjectsModule } from '@assoc/projects-api';
import { ImpactModule } from '../index';
import { ActivityRow, ImpactRecords } from './impact-records';

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
