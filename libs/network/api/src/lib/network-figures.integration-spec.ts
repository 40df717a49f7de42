import { AssociationsModule } from '@assoc/associations-api';
import { IdentityModule } from '@assoc/identity-api';
import { NotificationsModule } from '@assoc/notifications-api';
import { createAssociation, createTestApp, joinedMember, signedUpClient, TestApp } from '@assoc/platform-testing';
import { NetworkFigures, NetworkModule } from '../index';
import { CREATE_COMMENT, createPost } from './network-test-helpers';

/** The roll-up as kept by the triggers (days whose counts are all zero left out). */
const ROLLUP = `SELECT to_char("day", 'YYYY-MM-DD') AS day, posts, comments, reactions FROM network_daily_counts
                 WHERE "associationId" = $1 AND (posts <> 0 OR comments <> 0 OR reactions <> 0) ORDER BY 1`;

/** The same counts, recounted from the records. */
const RECOUNT = `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(p)::int AS posts, sum(c)::int AS comments, sum(r)::int AS reactions FROM (
    SELECT ("createdAt" AT TIME ZONE 'UTC')::date AS day, 1 AS p, 0 AS c, 0 AS r FROM posts WHERE "associationId" = $1 AND "deletedAt" IS NULL
    UNION ALL SELECT ("createdAt" AT TIME ZONE 'UTC')::date, 0, 1, 0 FROM comments WHERE "associationId" = $1 AND "deletedAt" IS NULL
    UNION ALL SELECT ("createdAt" AT TIME ZONE 'UTC')::date, 0, 0, 1 FROM post_reactions WHERE "associationId" = $1
  ) e GROUP BY 1 ORDER BY 1`;

/** Each bucket's counts, straight from the records. */
const BY_BUCKET = `SELECT b AS bucket, sum(p)::int AS posts, sum(c)::int AS comments, sum(r)::int AS reactions FROM (
    SELECT width_bucket("createdAt", $4::timestamptz[]) AS b, 1 AS p, 0 AS c, 0 AS r FROM posts WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3 AND "deletedAt" IS NULL
    UNION ALL SELECT width_bucket("createdAt", $4::timestamptz[]), 0, 1, 0 FROM comments WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3 AND "deletedAt" IS NULL
    UNION ALL SELECT width_bucket("createdAt", $4::timestamptz[]), 0, 0, 1 FROM post_reactions WHERE "associationId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3
  ) e GROUP BY 1`;

const TOGGLE = `mutation($input: ReactionInput!) { toggleReaction(input: $input) { id } }`;
const DAY = 86_400_000;

describe("the network's daily counts (the impact dashboard's roll-up)", () => {
  let api: TestApp;
  let associationId: string;
  let otherAssociationId: string;

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, NotificationsModule, NetworkModule]);
    const president = await signedUpClient(api, 'Claire Roll-up');
    ({ associationId } = await createAssociation(president, 'Les Comptes du Jour'));
    const lucie = await joinedMember(api, president, 'MEMBER', 'Lucie Compte');
    const other = await signedUpClient(api, 'Président Ailleurs');
    ({ associationId: otherAssociationId } = await createAssociation(other, 'Ailleurs'));

    // Through the API, on the test clock: posts, comments and reactions, then the clock moves three days on.
    const first = await createPost(president, { text: 'Premier message' });
    const second = await createPost(lucie, { text: 'Deuxième message' });
    await createPost(other, { text: 'Dans une autre association' });
    const comment = await lucie.ok<{ createComment: { id: string } }>(CREATE_COMMENT, {
      input: { postId: first.id, text: 'Bravo' },
    });
    await president.ok(CREATE_COMMENT, { input: { postId: second.id, text: 'Merci' } });
    await lucie.ok(TOGGLE, { input: { postId: first.id, emoji: 'HEART' } });
    await president.ok(TOGGLE, { input: { postId: second.id, emoji: 'HEART' } });
    await api.advanceClock(3 * DAY);
    const later = await createPost(lucie, { text: 'Trois jours plus tard' });
    await president.ok(TOGGLE, { input: { postId: later.id, emoji: 'HEART' } });
    // Deletes: a post (soft), a comment (soft), a reaction taken back (a row deleted).
    await lucie.ok(`mutation($id: ID!) { deletePost(id: $id) }`, { id: second.id });
    await lucie.ok(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: comment.createComment.id });
    await president.ok(TOGGLE, { input: { postId: later.id, emoji: 'HEART' } });

    // Backdated records, many in one statement, on UTC and local midnights and across the year.
    const [{ id: author }] = await api.dataSource.query(
      `SELECT id FROM memberships WHERE "associationId" = $1 AND role = 'PRESIDENT'`,
      [associationId],
    );
    await api.dataSource.query(
      `INSERT INTO posts ("associationId", "authorMembershipId", text, "createdAt", "deletedAt")
       SELECT $1, $2, 'Ancien ' || g, '2026-01-01T00:00:00Z'::timestamptz + g * interval '7 hours 13 minutes', CASE WHEN g % 11 = 0 THEN now() END
         FROM generate_series(0, 1200) g`,
      [associationId, author],
    );
    await api.dataSource.query(
      `INSERT INTO comments ("associationId", "postId", "authorMembershipId", text, "createdAt")
       SELECT "associationId", id, "authorMembershipId", 'Oui', "createdAt" + interval '90 minutes' FROM posts WHERE "associationId" = $1 AND text LIKE 'Ancien %' AND text LIKE '%3'`,
      [associationId],
    );
    await api.dataSource.query(
      `INSERT INTO post_reactions ("associationId", "postId", "membershipId", emoji, "createdAt")
       SELECT "associationId", id, "authorMembershipId", 'HEART', "createdAt" + interval '23 hours' FROM posts WHERE "associationId" = $1 AND text LIKE 'Ancien %' AND text LIKE '%7'`,
      [associationId],
    );
    // Moved in time, restored, soft-deleted in bulk, and deleted for good (its comments and reactions with it).
    await api.dataSource.query(
      `UPDATE posts SET "createdAt" = "createdAt" - interval '200 days' WHERE "associationId" = $1 AND text LIKE 'Ancien 1%'`,
      [associationId],
    );
    await api.dataSource.query(
      `UPDATE posts SET "deletedAt" = NULL WHERE "associationId" = $1 AND text LIKE 'Ancien 2%'`,
      [associationId],
    );
    await api.dataSource.query(
      `UPDATE comments SET "deletedAt" = now() WHERE "associationId" = $1 AND text = 'Oui' AND "createdAt" < '2026-02-01'`,
      [associationId],
    );
    await api.dataSource.query(`DELETE FROM posts WHERE "associationId" = $1 AND text LIKE 'Ancien 3%'`, [
      associationId,
    ]);
  });

  afterAll(() => api?.close());

  it('agrees with a recount from the records after writes, deletes and backdated records', async () => {
    const recount = await api.dataSource.query(RECOUNT, [associationId]);
    expect(recount.length).toBeGreaterThan(100);
    expect(await api.dataSource.query(ROLLUP, [associationId])).toEqual(recount);
    expect(await api.dataSource.query(ROLLUP, [otherAssociationId])).toEqual(
      await api.dataSource.query(RECOUNT, [otherAssociationId]),
    );
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
      '2027-01-01T00:00:00Z',
    ],
  ];

  it.each(periods)('gives each bucket the counts of its records (%s)', async (_, starts, end) => {
    const cuts = starts.map((s) => new Date(s));
    const figures = await api.app.get(NetworkFigures).counts(associationId, cuts[0], new Date(end), cuts);
    const expected = await api.dataSource.query(BY_BUCKET, [associationId, cuts[0], end, starts]);
    const nonZero = (rows: { bucket: number; posts: number; comments: number; reactions: number }[]) =>
      rows.filter((r) => r.posts || r.comments || r.reactions).sort((a, b) => a.bucket - b.bucket);
    expect(expected.length).toBeGreaterThan(0);
    expect(nonZero(figures)).toEqual(nonZero(expected));
  });
});
