import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { SEARCH_RANKED_MATCHES } from '@assoc/network-domain';
import { NotificationsModule } from '@assoc/notifications-api';
import {
  createAssociation,
  createTestApp,
  GraphqlClient,
  joinedMember,
  signedUpClient,
  TestApp,
} from '@assoc/platform-testing';
import { NetworkModule } from '../index';
import { CREATE_COMMENT, createPost, createTopic } from './network-test-helpers';

const SEARCH = `query($query: String!, $first: Int) { search(query: $query, first: $first) { type id rank } }`;

interface Result {
  type: string;
  id: string;
  rank: number;
}

/**
 * ADR 0038: each part of the search ranks its SEARCH_RANKED_MATCHES newest visible matches (all of
 * them when there are fewer), so a word found in thousands of posts costs no more than one found in
 * a hundred. These tests pin the rule on both ways the database reaches that set (a rare word through
 * the GIN index, a word in more than twice as many posts by walking the posts newest first).
 */
describe('French search ranks the newest matches of each part (ADR 0038)', () => {
  let api: TestApp;
  let president: GraphqlClient;
  let consultant: GraphqlClient;
  let other: GraphqlClient;
  let associationId: string;
  let otherAssociationId: string;
  let openOld: string;
  let relevantOld: string;
  const plain: string[] = [];
  const otherPosts: string[] = [];

  const search = async (client: GraphqlClient, query: string, first = 50): Promise<Result[]> =>
    (await client.ok<{ search: Result[] }>(SEARCH, { query, first })).search;
  const posts = async (count: number, text: string, author = president): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push((await createPost(author, { text })).id);
    return ids;
  };

  beforeAll(async () => {
    api = await createTestApp([
      IdentityModule,
      AssociationsModule,
      DirectoryModule,
      NotificationsModule,
      NetworkModule,
    ]);
    president = await signedUpClient(api, 'Claire Martin');
    ({ associationId } = await createAssociation(president, 'Les Vitrines de Vitré'));
    consultant = await joinedMember(api, president, 'CONSULTANT', 'Sophie Durand');
    const open = await createTopic(president, 'Animations', true);
    // The oldest posts: one a consultant may read, one that says "braderie" three times.
    openOld = (await createPost(president, { text: 'La braderie de printemps, ouverte à tous', topicId: open.id })).id;
    relevantOld = (
      await createPost(president, { text: 'Braderie : la braderie de la rue Poterie, une vraie braderie !' })
    ).id;
    other = await signedUpClient(api, 'Président Ailleurs');
    ({ associationId: otherAssociationId } = await createAssociation(other, 'Une autre association'));
    otherPosts.push(...(await posts(3, 'Notre braderie aura lieu samedi', other)));
  });
  afterAll(() => api.close());

  it('ranks every match when there are no more than the limit: the most relevant comes first, however old', async () => {
    plain.push(...(await posts(SEARCH_RANKED_MATCHES - 2, 'La braderie aura lieu dimanche.')));
    const results = await search(president, 'braderie');
    expect(results[0].id).toBe(relevantOld);
    expect(results[0].rank).toBeGreaterThan(results[1].rank);
    // Equally relevant: newest first.
    expect(results.slice(1, 4).map((r) => r.id)).toEqual(plain.slice(-3).reverse());
  });

  it('ranks only the newest matches beyond it: an older post, however relevant, gives way', async () => {
    plain.push(...(await posts(2, 'La braderie aura lieu dimanche.')));
    // 102 matches (the GIN index finds them all): the oldest two are not candidates any more.
    const results = await search(president, 'braderie');
    expect(results.map((r) => r.id)).toEqual(plain.slice(-50).reverse());
    expect(results.map((r) => r.id)).not.toContain(relevantOld);
  });

  it('gives the same answer when the word is in more than twice as many posts (walked newest first)', async () => {
    plain.push(...(await posts(SEARCH_RANKED_MATCHES + 1, 'La braderie aura lieu dimanche.')));
    expect((await search(president, 'braderie')).map((r) => r.id)).toEqual(plain.slice(-50).reverse());
    // A new, more relevant post comes first; exact words still narrow the search to the old ones.
    const fresh = (await createPost(president, { text: 'Braderie, braderie, braderie : inscrivez-vous !' })).id;
    expect((await search(president, 'braderie', 3)).map((r) => r.id)).toEqual([fresh, ...plain.slice(-2).reverse()]);
    expect((await search(president, 'braderie Poterie')).map((r) => r.id)).toEqual([relevantOld]);
  });

  it('counts only what the caller may see: a consultant finds the old open post behind hundreds of closed ones', async () => {
    expect((await search(consultant, 'braderie')).map((r) => r.id)).toEqual([openOld]);
  });

  it('never returns another association’s content, on either way', async () => {
    expect((await search(other, 'braderie')).map((r) => r.id).sort()).toEqual([...otherPosts].sort());
    const mine = (await search(president, 'braderie')).map((r) => r.id);
    for (const id of otherPosts) expect(mine).not.toContain(id);
  });

  it('applies the same rule to comments', async () => {
    const [post] = await posts(1, 'Le marché de juin');
    const comment = async (text: string) =>
      (await president.ok<{ createComment: { id: string } }>(CREATE_COMMENT, { input: { postId: post, text } }))
        .createComment.id;
    const relevant = await comment('Vide-grenier : je tiendrai un stand au vide-grenier, et au vide-grenier suivant');
    const others: string[] = [];
    for (let i = 0; i < SEARCH_RANKED_MATCHES - 1; i++) others.push(await comment('Un stand au vide-grenier ?'));
    const comments = async () => (await search(president, 'grenier')).filter((r) => r.type === 'COMMENT');
    expect((await comments())[0].id).toBe(relevant);
    others.push(await comment('Un stand au vide-grenier ?'));
    expect((await comments()).map((r) => r.id)).toEqual(others.slice(-50).reverse());
  });

  it('ranks the first members by title in the directory: beyond the limit, a later title gives way', async () => {
    const yves = await joinedMember(api, president, 'MEMBER', 'Yves Kerbrat');
    await yves.ok(
      `mutation { updateMyShop(input: { name: "Zinc Kerbrat", trade: FOOD, address: "1 rue Poterie", postcode: "35500", town: "Vitré", description: "Le bar des Kerbrat", openingHours: [] }) { id } }`,
    );
    // Members joined in bulk, as an import would (the directory's triggers index them): "Anne Kerbrat 001"…
    const join = (from: number, to: number) =>
      api.dataSource.query(
        `WITH people AS (
           INSERT INTO users (email, name, "passwordHash")
           SELECT 'kerbrat-' || g || '@example.fr', 'Anne Kerbrat ' || lpad(g::text, 3, '0'), 'x' FROM generate_series($2::int, $3::int) g
           RETURNING id
         )
         INSERT INTO memberships ("associationId", "userId", role) SELECT $1, id, 'MEMBER' FROM people`,
        [associationId, from, to],
      );
    const members = async () =>
      (await search(president, 'kerbrat')).filter((r) => r.type === 'MEMBER').map((r) => r.id);
    const annes = async () =>
      (
        await api.dataSource.query(
          `SELECT m."id" FROM memberships m JOIN users u ON u."id" = m."userId" WHERE u."email" LIKE 'kerbrat-%' ORDER BY u."name"`,
        )
      ).map((r: { id: string }) => r.id);

    await join(1, SEARCH_RANKED_MATCHES - 1);
    // 100 matches: all ranked, the shop that says "Kerbrat" three times first, then by title.
    expect((await members()).slice(0, 3)).toEqual([yves.membershipId, ...(await annes()).slice(0, 2)]);
    await join(SEARCH_RANKED_MATCHES, SEARCH_RANKED_MATCHES);
    // 101: the first 100 titles are Anne's; "Zinc Kerbrat" comes after them and is not a candidate.
    expect(await members()).toEqual((await annes()).slice(0, 50));
    await join(SEARCH_RANKED_MATCHES + 1, 2 * SEARCH_RANKED_MATCHES + 1);
    // More than twice the limit: the directory's index is walked by title, the same answer.
    expect(await members()).toEqual((await annes()).slice(0, 50));
    expect((await search(president, 'kerbrat zinc')).map((r) => r.id)).toEqual([yves.membershipId]);
  });

  it('never finds a member of another association in the directory, on either way', async () => {
    // Another association's "Kerbrat" (the search reads its own association's matches from the index).
    const [{ id: elsewhere }] = await api.dataSource.query(
      `WITH person AS (INSERT INTO users (email, name, "passwordHash") VALUES ('kerbrat-ailleurs@example.fr', 'Alain Kerbrat', 'x') RETURNING id)
       INSERT INTO memberships ("associationId", "userId", role) SELECT $1, id, 'MEMBER' FROM person RETURNING id`,
      [otherAssociationId],
    );
    // Found through the index: the other association's only match.
    expect((await search(other, 'kerbrat')).map((r) => [r.type, r.id])).toEqual([['MEMBER', elsewhere]]);
    // Walked by title (more than twice the limit here): "Alain" would be the first title, and is not there.
    const mine = await search(president, 'kerbrat');
    expect(mine.length).toBe(50);
    expect(mine.map((r) => r.id)).not.toContain(elsewhere);
    expect(await search(president, 'alain kerbrat')).toEqual([]);
  });
});
