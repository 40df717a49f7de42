import { IdentityModule } from '@assoc/identity-api';
import { createAssociation, createTestApp, joinedMember, signedUpClient, TestApp } from '@assoc/platform-testing';
import { AssociationsModule, MembershipFigures } from '../index';

/** The roll-up as kept by the triggers (days whose counts are all zero left out). */
const ROLLUP = `SELECT to_char("day", 'YYYY-MM-DD') AS day, joined, "left", ended FROM membership_daily_counts
                 WHERE "associationId" = $1 AND (joined <> 0 OR "left" <> 0 OR ended <> 0) ORDER BY 1`;

/** The same counts, recounted from the memberships. */
const RECOUNT = `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(j)::int AS joined, sum(l)::int AS "left", sum(e)::int AS ended FROM (
    SELECT ("createdAt" AT TIME ZONE 'UTC')::date AS day, 1 AS j, 0 AS l, 0 AS e FROM memberships WHERE "associationId" = $1
    UNION ALL SELECT ("removedAt" AT TIME ZONE 'UTC')::date, 0, 1, 0 FROM memberships WHERE "associationId" = $1 AND "removedAt" IS NOT NULL
    UNION ALL SELECT (greatest("createdAt", "removedAt") AT TIME ZONE 'UTC')::date, 0, 0, 1 FROM memberships WHERE "associationId" = $1 AND "removedAt" IS NOT NULL
  ) e GROUP BY 1 ORDER BY 1`;

/** The figures straight from the memberships. */
const DIRECT = `SELECT count(*) FILTER (WHERE "createdAt" >= $2 AND "createdAt" < $3)::int AS joined,
                       count(*) FILTER (WHERE "removedAt" >= $2 AND "removedAt" < $3)::int AS "left",
                       (SELECT array_agg((SELECT count(*) FROM memberships m WHERE m."associationId" = $1 AND m."createdAt" < t AND (m."removedAt" IS NULL OR m."removedAt" >= t))::int ORDER BY i)
                          FROM unnest($4::timestamptz[]) WITH ORDINALITY u(t, i)) AS "membersAt"
                  FROM memberships WHERE "associationId" = $1`;

const DAY = 86_400_000;

describe("the memberships' daily counts (the impact dashboard's roll-up)", () => {
  let api: TestApp;
  let associationId: string;

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule]);
    const president = await signedUpClient(api, 'Claire Adhésions');
    ({ associationId } = await createAssociation(president, 'Les Adhésions du Jour'));
    // Through the API, on the test clock: joins, a removal, the clock moved on, another join and removal.
    const lucie = await joinedMember(api, president, 'MEMBER', 'Lucie Adhérente');
    const marc = await joinedMember(api, president, 'MEMBER', 'Marc Adhérent');
    await president.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: lucie.membershipId });
    await api.advanceClock(3 * DAY);
    await joinedMember(api, president, 'BOARD', 'Yann Adhérent');
    await president.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: marc.membershipId });
    // Backdated memberships in one statement (some removed, one removed "before" it began), on UTC and
    // local midnights and across two years; then dates moved, a removal undone, and a row deleted.
    const users: { id: string }[] = await api.dataSource.query(
      `INSERT INTO users (email, name, "passwordHash") SELECT 'adh-' || g || '-' || $1 || '@example.fr', 'Adhérent ' || g, 'x' FROM generate_series(1, 400) g RETURNING id`,
      [associationId.slice(0, 8)],
    );
    await api.dataSource.query(
      `INSERT INTO memberships ("associationId", "userId", role, "createdAt", "removedAt")
       SELECT $1, u.id, 'MEMBER', c, CASE WHEN i % 3 = 0 THEN c + (i % 97) * interval '1 day 5 hours' WHEN i = 7 THEN c - interval '2 days' END
         FROM unnest($2::uuid[]) WITH ORDINALITY u(id, i), LATERAL (SELECT '2025-06-01T00:00:00Z'::timestamptz + i * interval '1 day 17 hours 7 minutes' AS c) x`,
      [associationId, users.map((u) => u.id)],
    );
    await api.dataSource.query(
      `UPDATE memberships SET "createdAt" = "createdAt" - interval '30 days' WHERE "associationId" = $1 AND "userId" = ANY($2::uuid[])`,
      [associationId, users.slice(0, 50).map((u) => u.id)],
    );
    await api.dataSource.query(
      `UPDATE memberships SET "removedAt" = NULL WHERE "associationId" = $1 AND "userId" = ANY($2::uuid[])`,
      [associationId, users.slice(50, 80).map((u) => u.id)],
    );
    await api.dataSource.query(`DELETE FROM memberships WHERE "associationId" = $1 AND "userId" = ANY($2::uuid[])`, [
      associationId,
      users.slice(80, 90).map((u) => u.id),
    ]);
  });

  afterAll(() => api?.close());

  it('agrees with a recount from the memberships after joins, removals, backdated, moved and deleted ones', async () => {
    const recount = await api.dataSource.query(RECOUNT, [associationId]);
    expect(recount.length).toBeGreaterThan(100);
    expect(await api.dataSource.query(ROLLUP, [associationId])).toEqual(recount);
  });

  // Local midnights a whole, a half and three and a half hours from UTC, UTC midnights, odd instants and now.
  const periods: [string, string, string, string[]][] = [
    [
      'a year in Paris',
      '2025-12-31T23:00:00Z',
      '2026-12-31T23:00:00Z',
      ['2026-01-31T23:00:00Z', '2026-06-30T22:00:00Z', '2026-12-31T23:00:00Z'],
    ],
    [
      'days in Kolkata',
      '2025-09-09T18:30:00Z',
      '2025-09-12T18:30:00Z',
      ['2025-09-10T18:30:00Z', '2025-09-11T18:30:00Z', '2025-09-12T18:30:00Z'],
    ],
    [
      'weeks in St John’s',
      '2025-07-07T03:30:00Z',
      '2025-08-04T03:30:00Z',
      ['2025-07-14T03:30:00Z', '2025-07-21T13:17:00Z', '2025-08-04T03:30:00Z'],
    ],
    [
      'UTC days',
      '2025-01-01T00:00:00Z',
      '2027-01-01T00:00:00Z',
      ['2025-06-01T00:00:00Z', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
    ],
  ];

  it.each(periods)('gives the figures of the memberships (%s)', async (_, start, end, at) => {
    const instants = [...at.map((t) => new Date(t)), api.clock.now()];
    const figures = await api.app
      .get(MembershipFigures)
      .counts(associationId, new Date(start), new Date(end), instants);
    const [expected] = await api.dataSource.query(DIRECT, [associationId, start, end, instants]);
    expect(expected.joined + expected.left).toBeGreaterThan(0);
    expect(figures).toEqual(expected);
  });
});
