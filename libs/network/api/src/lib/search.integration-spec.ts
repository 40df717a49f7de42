import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
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
import { CREATE_COMMENT, createPost, createTopic, mention } from './network-test-helpers';

const SEARCH = `query($query: String!, $first: Int) { search(query: $query, first: $first) { type id postId membershipId title snippet createdAt rank } }`;

interface Result {
  type: string;
  id: string;
  postId: string | null;
  membershipId: string;
  title: string;
  snippet: string;
}

describe('French search across posts, comments and the directory', () => {
  let api: TestApp;
  let president: GraphqlClient;
  let lucie: GraphqlClient & { membershipId: string };
  let consultant: GraphqlClient;
  let other: GraphqlClient;
  const ids: Record<string, string> = {};

  const search = async (client: GraphqlClient, query: string): Promise<Result[]> =>
    (await client.ok<{ search: Result[] }>(SEARCH, { query })).search;

  beforeAll(async () => {
    api = await createTestApp([
      IdentityModule,
      AssociationsModule,
      DirectoryModule,
      NotificationsModule,
      NetworkModule,
    ]);
    president = await signedUpClient(api, 'Claire Martin');
    await createAssociation(president, 'Les Vitrines de Vitré');
    lucie = await joinedMember(api, president, 'MEMBER', 'Lucie Gautier');
    consultant = await joinedMember(api, president, 'CONSULTANT', 'Sophie Durand');
    await lucie.ok(
      `mutation { updateMyShop(input: { name: "Épicerie Fine Gautier", trade: FOOD, address: "3 rue Baudrairie", postcode: "35500", town: "Vitré", description: "Produits bretons et boulangerie bio", openingHours: [] }) { id } }`,
    );
    const open = await createTopic(president, 'Animations', true);
    const closed = await createTopic(president, 'Vie interne');
    ids.bakery = (
      await createPost(lucie, { text: 'La boulangerie du château <b>rouvre</b> lundi & mardi "10h"', topicId: open.id })
    ).id;
    ids.organise = (
      await createPost(president, {
        text: `Nous allons organiser la fête des commerçants avec ${mention('Lucie Gautier', lucie.membershipId)}`,
        topicId: closed.id,
      })
    ).id;
    ids.comment = (
      await lucie.ok<{ createComment: { id: string } }>(CREATE_COMMENT, {
        input: { postId: ids.bakery, text: 'Les épiceries aussi seront ouvertes' },
      })
    ).createComment.id;
    ids.hidden = (await createPost(lucie, { text: 'Boulangeries en colère' })).id;
    await president.ok(`mutation { hidePost(input: { id: "${ids.hidden}", reason: "Hors charte" }) { id } }`);
    other = await signedUpClient(api, 'Président Ailleurs');
    await createAssociation(other, 'Une autre association');
    ids.elsewhere = (await createPost(other, { text: 'Une boulangerie ailleurs' })).id;
  });
  afterAll(() => api.close());

  it('ignores plural, accents and case, and highlights the words found with everything else escaped', async () => {
    const results = await search(president, 'BOULANGERIES');
    const post = results.find((r) => r.id === ids.bakery);
    expect(post).toMatchObject({
      type: 'POST',
      postId: ids.bakery,
      membershipId: lucie.membershipId,
      title: 'Lucie Gautier',
    });
    // ts_headline drops tag-like sequences itself; every other character is escaped.
    expect(post?.snippet).toBe('La <mark>boulangerie</mark> du château  rouvre  lundi &amp; mardi &quot;10h&quot;');
    expect(post?.snippet).not.toMatch(/<(?!\/?mark>)/);
    // The shop's description mentions it too: the directory answers as well.
    expect(results.find((r) => r.type === 'MEMBER')).toMatchObject({
      id: lucie.membershipId,
      title: 'Épicerie Fine Gautier',
    });
    expect(results.map((r) => r.id)).not.toContain(ids.hidden);
    expect(results.map((r) => r.id)).not.toContain(ids.elsewhere);

    const comment = (await search(president, 'epicerie ouverte')).find((r) => r.type === 'COMMENT');
    expect(comment).toMatchObject({ id: ids.comment, postId: ids.bakery });
    expect(comment?.snippet).toBe('Les <mark>épiceries</mark> aussi seront <mark>ouvertes</mark>');
  });

  it('finds a verb whatever its conjugation, and shows mentions as names', async () => {
    for (const query of ['organisons', 'organisé', 'Organiser', 'organisez']) {
      expect([query, (await search(president, query)).map((r) => r.id)]).toEqual([query, [ids.organise]]);
    }
    const [found] = await search(president, 'fêtes');
    expect(found.snippet).toBe('Nous allons organiser la <mark>fête</mark> des commerçants avec @Lucie Gautier');
    expect((await search(president, 'le la des')).length).toBe(0);
    expect((await president.fails(SEARCH, { query: '   ' })).extensions?.fields?.[0].field).toBe('query');
  });

  it('searches the directory by person and shop name', async () => {
    expect((await search(president, 'gautier')).find((r) => r.type === 'MEMBER')?.snippet).toContain(
      '<mark>Gautier</mark>',
    );
    expect((await search(president, 'durand')).map((r) => [r.type, r.title])).toEqual([['MEMBER', 'Sophie Durand']]);
  });

  it('shows consultants only the posts and comments of topics open to them, and the directory', async () => {
    expect((await search(consultant, 'boulangerie')).map((r) => r.type).sort()).toEqual(['MEMBER', 'POST']);
    expect(await search(consultant, 'organiser')).toEqual([]);
    expect((await search(consultant, 'épicerie')).map((r) => r.type).sort()).toEqual(['COMMENT', 'MEMBER']);
  });

  it('never returns another association’s content', async () => {
    expect((await search(other, 'boulangerie')).map((r) => r.id)).toEqual([ids.elsewhere]);
    expect(await search(other, 'gautier')).toEqual([]);
  });

  // Last: it edits what the others search. The stored vectors (posts, comments) and the members'
  // documents (network_member_search) follow every change, through triggers.
  it('follows edited posts and comments, renamed shops and people, and removed members', async () => {
    const members = async (query: string) =>
      (await search(president, query)).filter((r) => r.type === 'MEMBER').map((r) => r.title);
    await lucie.ok(`mutation($input: UpdatePostInput!) { updatePost(input: $input) { id } }`, {
      input: { id: ids.bakery, text: 'La crêperie du château rouvre lundi' },
    });
    expect((await search(president, 'crêperies')).map((r) => r.id)).toEqual([ids.bakery]);
    expect((await search(president, 'château')).map((r) => r.id)).toEqual([ids.bakery]);
    await lucie.ok(`mutation($input: UpdateCommentInput!) { updateComment(input: $input) { id } }`, {
      input: { id: ids.comment, text: 'Les fromageries aussi' },
    });
    expect((await search(president, 'fromagerie')).map((r) => r.id)).toEqual([ids.comment]);

    await lucie.ok(
      `mutation { updateMyShop(input: { name: "Crèmerie Gautier", trade: FOOD, address: "3 rue Baudrairie", postcode: "35500", town: "Châteaubourg", description: "Fromages fermiers", openingHours: [] }) { id } }`,
    );
    expect(await members('cremerie chateaubourg')).toEqual(['Crèmerie Gautier']);
    expect(await members('épicerie')).toEqual([]);
    await api.dataSource.query(`UPDATE users SET name = 'Lucie Le Gall' WHERE name = 'Lucie Gautier'`);
    expect(await members('le gall')).toEqual(['Crèmerie Gautier']);

    expect(await members('durand')).toEqual(['Sophie Durand']);
    const [{ id: consultantMembership }] = await api.dataSource.query(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m."userId" WHERE u.name = 'Sophie Durand'`,
    );
    await president.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: consultantMembership });
    expect(await members('durand')).toEqual([]);
  });
});
