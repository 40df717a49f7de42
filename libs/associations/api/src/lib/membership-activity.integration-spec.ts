import { randomUUID } from 'node:crypto';
import { IdentityModule } from '@assoc/identity-api';
import { createAssociation, createTestApp, joinedMember, signedUpClient, TestApp } from '@assoc/platform-testing';
import { ActivityMonth, AssociationsModule, MembershipFigures } from '../index';

/** The roll-up as kept by the triggers: per member and UTC year, the records in each of the 36 slots (rows with none left out). */
const ROLLUP = `SELECT "membershipId" AS m, "year" AS y, "counts", "months"::text AS months FROM membership_activity_years
                 WHERE "associationId" = $1 AND "counts" <> array_fill(0, ARRAY[36]) ORDER BY 1, 2`;

/**
 * The same, recounted from the records: a record's slot is its UTC month (0-11), plus 12 on the month's
 * first day and 24 on its last day.
 */
const RECOUNT = `
  WITH ev(m, at) AS (
    SELECT "authorMembershipId", "createdAt" FROM posts WHERE "associationId" = $1 AND "deletedAt" IS NULL
    UNION ALL SELECT "authorMembershipId", "createdAt" FROM comments WHERE "associationId" = $1 AND "deletedAt" IS NULL
    UNION ALL SELECT "membershipId", "createdAt" FROM post_reactions WHERE "associationId" = $1
  ), slotted AS (
    SELECT m, extract(year FROM d)::int AS y,
           extract(month FROM d)::int - 1 + CASE WHEN d = date_trunc('month', d)::date THEN 12
                                                 WHEN d = (date_trunc('month', d) + interval '1 month - 1 day')::date THEN 24 ELSE 0 END AS s
      FROM (SELECT m, (at AT TIME ZONE 'UTC')::date AS d FROM ev WHERE m IS NOT NULL) x
  )
  SELECT m, y, (SELECT array_agg((SELECT count(*) FROM slotted z WHERE z.m = k.m AND z.y = k.y AND z.s = g)::int ORDER BY g) FROM generate_series(0, 35) g) AS counts,
         (SELECT coalesce(sum(DISTINCT 1::bigint << s), 0) FROM slotted z WHERE z.m = k.m AND z.y = k.y)::text AS months
    FROM (SELECT DISTINCT m, y FROM slotted) k ORDER BY 1, 2`;

/** How many members share each set of months in a year, as kept by the triggers (sets counting nobody left out) (ADR 0049). */
const SETS = `SELECT "year" AS y, "months"::text AS months, "members" AS n FROM membership_activity_sets
               WHERE "associationId" = $1 AND "members" <> 0 ORDER BY 1, 2`;
/** The same, counted from the members' years. */
const SETS_RECOUNT = `SELECT "year" AS y, "months"::text AS months, count(*)::int AS n FROM membership_activity_years
                       WHERE "associationId" = $1 GROUP BY 1, 2 ORDER BY 1, 2`;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the members' activity per UTC year (the impact dashboard's active members, ADR 0044)", () => {
  let api: TestApp;
  let associationId: string;
  let other: string;
  let members: string[];

  const rollup = (id = associationId) => api.dataSource.query(ROLLUP, [id]);
  const recount = (id = associationId) => api.dataSource.query(RECOUNT, [id]);
  /** The sets as kept by their triggers (those counting nobody left out), and as counted from the members' years. */
  const sets = (id = associationId) => api.dataSource.query(SETS, [id]);
  const setsRecount = (id = associationId) => api.dataSource.query(SETS_RECOUNT, [id]);

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule]);
    const president = await signedUpClient(api, 'Claire Activité');
    ({ associationId } = await createAssociation(president, 'Les Actifs'));
    members = [];
    for (let i = 0; i < 6; i++) members.push((await joinedMember(api, president, 'MEMBER', `Actif ${i}`)).membershipId);
    const second = await signedUpClient(api, 'Yann Ailleurs');
    ({ associationId: other } = await createAssociation(second, 'Les Autres'));
    const next = random(44);
    const pick = () => members[Math.floor(next() * members.length)];
    // Records on the first and last instants of months and years, and at random over two years, in bulk.
    const edges = [
      '2025-12-31T23:59:59.999Z',
      '2026-01-01T00:00:00Z',
      '2026-01-31T12:00:00Z',
      '2026-02-01T00:00:00Z',
      '2026-02-28T23:00:00Z',
      '2026-03-01T03:30:00Z',
      '2026-12-31T22:00:00Z',
      '2027-01-01T00:00:00Z',
    ];
    const times = [
      ...edges,
      ...Array.from({ length: 150 }, () => new Date(Date.UTC(2025, 10, 1) + next() * 500 * 86_400_000).toISOString()),
    ];
    const posts: { id: string }[] = await api.dataSource.query(
      `INSERT INTO posts ("associationId", "authorMembershipId", text, "createdAt", "deletedAt")
       SELECT $1, m, 'Bonjour', at, CASE WHEN i % 9 = 4 THEN at END FROM unnest($2::uuid[], $3::timestamptz[]) WITH ORDINALITY u(m, at, i) RETURNING id`,
      [associationId, times.map(pick), times],
    );
    await api.dataSource.query(
      `INSERT INTO comments ("associationId", "postId", "authorMembershipId", text, "createdAt")
       SELECT $1, p, m, 'Oui', at FROM unnest($2::uuid[], $3::uuid[], $4::timestamptz[]) u(p, m, at)`,
      [associationId, times.map((_, i) => posts[(i * 7) % posts.length].id), times.map(pick), times],
    );
    for (const [i, at] of times.entries())
      await api.dataSource
        .query(
          `INSERT INTO post_reactions ("associationId", "postId", "membershipId", emoji, "createdAt") VALUES ($1, $2, $3, 'HEART', $4)`,
          [associationId, posts[(i * 3) % posts.length].id, pick(), at],
        )
        .catch(() => undefined); // one reaction per member and post: a repeat is skipped
  });

  afterAll(() => api?.close());

  it('equals a recount from the records after bulk inserts', async () => {
    const rows = await rollup();
    expect(rows.length).toBeGreaterThan(members.length);
    expect(rows).toEqual(await recount());
    expect((await sets()).length).toBeGreaterThan(3);
    expect(await sets()).toEqual(await setsRecount());
  });

  it('follows posts set aside and restored, dates moved, records given to another member, and deletes', async () => {
    await api.dataSource.query(
      `UPDATE posts SET "deletedAt" = "createdAt" WHERE "associationId" = $1 AND "deletedAt" IS NULL AND extract(second FROM "createdAt")::int % 4 = 0`,
      [associationId],
    );
    await api.dataSource.query(
      `UPDATE posts SET "deletedAt" = NULL WHERE "associationId" = $1 AND "deletedAt" IS NOT NULL AND extract(second FROM "createdAt")::int % 3 = 0`,
      [associationId],
    );
    // Backdated by a day (a record on a month's second day moves to its first, on a year's first to the year before) and by months.
    await api.dataSource.query(
      `UPDATE comments SET "createdAt" = "createdAt" - interval '1 day' WHERE "associationId" = $1 AND extract(second FROM "createdAt")::int % 2 = 0`,
      [associationId],
    );
    await api.dataSource.query(
      `UPDATE post_reactions SET "createdAt" = "createdAt" - interval '3 months 5 hours' WHERE "associationId" = $1 AND extract(second FROM "createdAt")::int % 5 = 1`,
      [associationId],
    );
    await api.dataSource.query(
      `UPDATE comments SET "authorMembershipId" = $2 WHERE "associationId" = $1 AND extract(second FROM "createdAt")::int % 7 = 2`,
      [associationId, members[0]],
    );
    await api.dataSource.query(
      `DELETE FROM comments WHERE "associationId" = $1 AND extract(second FROM "createdAt")::int % 6 = 5`,
      [associationId],
    );
    // The post of 1 January 2026 and everything on it, then the only records of one member.
    await api.dataSource.query(
      `DELETE FROM posts WHERE "associationId" = $1 AND "createdAt" = '2026-01-01T00:00:00Z'`,
      [associationId],
    );
    await api.dataSource.query(`DELETE FROM post_reactions WHERE "associationId" = $1 AND "membershipId" = $2`, [
      associationId,
      members[5],
    ]);
    expect(await rollup()).toEqual(await recount());
    expect(await sets()).toEqual(await setsRecount());
  });

  it('keeps concurrent writers on the same members and days right', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api.dataSource.transaction(async (manager) => {
          await manager.query(
            `INSERT INTO posts ("associationId", "authorMembershipId", text, "createdAt")
             SELECT $1, m, 'En même temps', '2026-05-31T10:00:00Z'::timestamptz + g * interval '1 hour' FROM unnest($2::uuid[]) m, generate_series(0, 20) g`,
            [associationId, i % 2 ? members : [...members].reverse()],
          );
          if (i % 3 === 0)
            await manager.query(
              `DELETE FROM posts WHERE "associationId" = $1 AND text = 'En même temps' AND "createdAt" = '2026-05-31T12:00:00Z'`,
              [associationId],
            );
        }),
      ),
    );
    expect(await rollup()).toEqual(await recount());
    expect(await sets()).toEqual(await setsRecount());
  });

  it("keeps each association's activity apart", async () => {
    expect(await rollup(other)).toEqual([]);
    expect(await sets(other)).toEqual([]);
    const ours: { m: string }[] = await rollup();
    expect(ours.every((r) => members.includes(r.m))).toBe(true);
  });

  it("counts the members per set of the months asked for, each month's first and last days only when asked, with the caller's extra bits", async () => {
    const figures = api.app.get(MembershipFigures);
    const stranger = randomUUID(); // a member without any record
    /** Two members get extra bits from the caller (as the dashboard's records of days cut), one of them with no record at all. */
    const extra = new Map([
      [members[1], 0b101],
      [stranger, 0b10],
    ]);
    const read = async (year: number, months: ActivityMonth[], withExtra: boolean) => {
      const { sql, params } = figures.activeMonthSetsSql('$1', 4, year, months, 'x');
      const rows: { bits: string; n: number }[] = await api.dataSource.query(
        `WITH x AS (SELECT * FROM unnest($2::uuid[], $3::bigint[]) AS x(m, bits))
         SELECT bits::text AS bits, sum(n)::int AS n FROM (${sql}) s WHERE bits <> 0 GROUP BY bits HAVING sum(n) <> 0`,
        [associationId, withExtra ? [...extra.keys()] : [], withExtra ? [...extra.values()] : [], ...params],
      );
      return new Map(rows.map((r) => [Number(r.bits), r.n]));
    };
    const days: { m: string; d: string }[] = await api.dataSource.query(
      `SELECT DISTINCT "authorMembershipId" AS m, to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS d FROM posts WHERE "associationId" = $1 AND "deletedAt" IS NULL
       UNION SELECT "authorMembershipId", to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM comments WHERE "associationId" = $1 AND "deletedAt" IS NULL
       UNION SELECT "membershipId", to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM post_reactions WHERE "associationId" = $1`,
      [associationId],
    );
    const expected = (year: number, months: ActivityMonth[], withExtra: boolean) => {
      const byMember = new Map<string, number>();
      for (const { m, d } of days) {
        const [y, mo, day] = d.split('-').map(Number);
        const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
        const asked = months.find((a) => a.month === mo);
        if (y !== year || !asked) continue;
        if ((day === 1 && !asked.firstDay) || (day === last && !asked.lastDay)) continue;
        byMember.set(m, (byMember.get(m) ?? 0) | (1 << (mo - months[0].month)));
      }
      if (withExtra) for (const [m, bits] of extra) byMember.set(m, (byMember.get(m) ?? 0) | bits);
      const perSet = new Map<number, number>();
      for (const bits of byMember.values()) if (bits) perSet.set(bits, (perSet.get(bits) ?? 0) + 1);
      return perSet;
    };
    const cases: [number, ActivityMonth[]][] = [
      [2026, Array.from({ length: 12 }, (_, i) => ({ month: i + 1, firstDay: true, lastDay: false }))],
      [2026, Array.from({ length: 12 }, (_, i) => ({ month: i + 1, firstDay: false, lastDay: true }))],
      [2026, Array.from({ length: 12 }, (_, i) => ({ month: i + 1, firstDay: true, lastDay: true }))],
      [
        2026,
        [
          { month: 1, firstDay: true, lastDay: false },
          { month: 2, firstDay: false, lastDay: false },
          { month: 3, firstDay: false, lastDay: true },
        ],
      ],
      [
        2026,
        [
          { month: 4, firstDay: true, lastDay: true },
          { month: 5, firstDay: true, lastDay: false },
        ],
      ],
      [2025, [{ month: 12, firstDay: false, lastDay: true }]],
    ];
    for (const [year, months] of cases)
      for (const withExtra of [false, true]) {
        const actual = await read(year, months, withExtra);
        expect(actual.size).toBeGreaterThan(0);
        expect(actual).toEqual(expected(year, months, withExtra));
      }
  });
});
