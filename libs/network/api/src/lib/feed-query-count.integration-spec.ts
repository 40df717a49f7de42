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
  StatementCounter,
  TestApp,
  webOperation,
} from '@assoc/platform-testing';
import { NetworkModule } from '../index';
import { CREATE_COMMENT, createPost, createTopic, FEED, uploadedImageId } from './network-test-helpers';

describe('the feed costs a bounded number of SQL statements whatever the page size', () => {
  let api: TestApp;
  let president: GraphqlClient;
  let consultant: GraphqlClient;
  let counter: StatementCounter;

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
    const authors = [
      president,
      await joinedMember(api, president, 'MEMBER', 'Lucie Gautier'),
      await joinedMember(api, president, 'MEMBER', 'Marc Pinel'),
    ];
    consultant = await joinedMember(api, president, 'CONSULTANT', 'Paul Consultant');
    // Two of the three authors have a shop (the web's Feed shows each author's shop and logo).
    for (const [author, name] of [
      [authors[0], 'Boulangerie Martin'],
      [authors[1], 'Épicerie Gautier'],
    ] as const) {
      await author.ok(`mutation($input: UpdateMyShopInput!) { updateMyShop(input: $input) { id } }`, {
        input: {
          name,
          trade: 'FOOD',
          address: '12 rue Notre-Dame',
          postcode: '35500',
          town: 'Vitré',
          openingHours: [{ day: 'SATURDAY', periods: [{ opens: '09:00', closes: '12:30' }] }],
          phone: '02 99 75 00 00',
        },
      });
    }
    const topics = [await createTopic(president, 'Animations'), await createTopic(president, 'Travaux', true)];
    for (let i = 0; i < 60; i++) {
      const author = authors[i % authors.length];
      const imageIds = i % 5 === 0 ? [await uploadedImageId(author)] : [];
      const post = await createPost(author, {
        text: `Publication ${i}`,
        topicId: i % 2 ? topics[i % 2].id : null,
        imageIds,
      });
      if (i % 3 === 0) await authors[(i + 1) % 3].ok(CREATE_COMMENT, { input: { postId: post.id, text: 'Bravo' } });
      if (i % 4 === 0)
        await authors[(i + 2) % 3].ok(`mutation($input: ReactionInput!) { toggleReaction(input: $input) { id } }`, {
          input: { postId: post.id, emoji: 'CLAP' },
        });
    }
    // Every statement the API sends on its pg connections is counted.
    counter = new StatementCounter(api.dataSource);
  });
  afterAll(async () => {
    counter?.restore();
    await api.close();
  });

  async function countFeed(client: GraphqlClient, first: number, after?: string | null, document = FEED) {
    const { statements, sql, result } = await counter.measure(() =>
      client.ok<{
        feed: {
          nodes: {
            author: { user: { name: string }; shop?: { name: string; logoUrl: string | null } | null } | null;
            topic: { name: string } | null;
            reactions: { count: number }[];
            images: { url: string }[];
            commentCount: number;
          }[];
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      }>(document, { first, after }),
    );
    return { statements, sql, posts: result.feed.nodes, pageInfo: result.feed.pageInfo };
  }

  it('costs 2 statements at 10, 20 or 50 posts: the session with the membership, the page with authors, topics, images, comment counts and reactions', async () => {
    for (const first of [10, 20, 50]) {
      const page = await countFeed(president, first);
      expect(page.posts).toHaveLength(first);
      expect({ first, statements: page.statements, sql: page.sql }).toEqual({
        first,
        statements: 2,
        sql: page.sql,
      });
    }
  });

  it("the next page and a consultant's feed (open topics only) cost the same", async () => {
    const first = await countFeed(president, 20);
    const next = await countFeed(president, 20, first.pageInfo.endCursor);
    expect(next.posts).toHaveLength(20);
    expect(next.statements).toBe(2);
    const theirs = await countFeed(consultant, 50);
    expect(theirs.posts.length).toBe(30);
    expect(theirs.posts.every((p) => p.topic?.name === 'Travaux')).toBe(true);
    expect(theirs.statements).toBe(2);
  });

  it('still answers authors, topics, images, comment counts and reactions', async () => {
    const { posts } = await countFeed(president, 50);
    expect(posts.every((p) => p.author?.user.name)).toBe(true);
    expect(posts.filter((p) => p.topic).length).toBeGreaterThan(0);
    expect(posts.filter((p) => p.images.length === 1).length).toBeGreaterThan(0);
    expect(posts.filter((p) => p.commentCount === 1).length).toBeGreaterThan(0);
    expect(posts.filter((p) => p.reactions.some((r) => r.count === 1)).length).toBeGreaterThan(0);
  });

  it('reads no topics, images or reactions when the document asks none (2 statements), and answers the same posts, authors and counts, on later pages and for a consultant too', async () => {
    const lean = `query($first: Int, $after: String) { feed(first: $first, after: $after) {
      nodes { id text pinned createdAt commentCount author { id user { name } } } pageInfo { endCursor hasNextPage } } }`;
    const full = `query($first: Int, $after: String) { feed(first: $first, after: $after) {
      nodes { id text pinned createdAt commentCount author { id user { name } } topic { name } } pageInfo { endCursor hasNextPage } } }`;
    for (const client of [president, consultant]) {
      let after: string | null = null;
      for (let pageNumber = 0; pageNumber < 2; pageNumber++) {
        const lighter = await countFeed(client, 20, after, lean);
        const fuller = await countFeed(client, 20, after, full);
        expect(lighter.statements).toBe(2);
        expect(lighter.sql.join('\n')).not.toContain('post_reactions');
        expect(lighter.posts.length).toBeGreaterThan(0);
        expect(lighter.posts).toEqual(fuller.posts.map(({ topic: _topic, ...rest }) => rest));
        expect(lighter.pageInfo).toEqual(fuller.pageInfo);
        after = lighter.pageInfo.endCursor;
      }
    }
  });

  it("costs 2 statements too for the web's own Feed document (libs/network/web), which also asks each author's shop", async () => {
    const webFeed = webOperation(['libs/network/web/src/lib/graphql/network.graphql'], 'Feed');
    for (const first of [10, 20, 50]) {
      const page = await countFeed(president, first, null, webFeed);
      expect(page.posts).toHaveLength(first);
      expect(page.posts.filter((p) => p.author?.shop?.name).length).toBeGreaterThan(0);
      expect(page.posts.filter((p) => p.author && !p.author.shop).length).toBeGreaterThan(0);
      console.log(`web Feed at ${first} posts: ${page.statements} statements`);
      expect({ first, statements: page.statements, sql: page.sql }).toEqual({
        first,
        statements: 2,
        sql: page.sql,
      });
    }
  });

  it("answers every field of the authors as a post read by id does (the same membership, person, association and shop), whoever reads, a removed member's too", async () => {
    const author = `author { id role joinedAt user { id email name locale }
      association { id name town postcode timeZone currency quorumPercent majority secondSignatureAboveCents
        secondFactorRequired createdAt memberCount closing { requestedAt closesAt requestedByMembershipId } }
      shop { id name trade address postcode town phone website description logoUrl
        openingHours { day periods { opens closes } } } }`;
    const feed = `query($first: Int) { feed(first: $first) { nodes { id ${author} } } }`;
    const post = `query($id: ID!) { post(id: $id) { id ${author} } }`;
    type Authored = {
      id: string;
      author: { id: string; user: { name: string; email: string }; shop: { phone: string } | null } | null;
    };
    // A removed member's posts stay attributed to them.
    const pinel = (await president.ok<{ feed: { nodes: Authored[] } }>(feed, { first: 50 })).feed.nodes.find(
      (n) => n.author?.user.name === 'Marc Pinel',
    )?.author;
    await president.ok(`mutation($id: ID!) { removeMember(membershipId: $id) }`, { id: pinel?.id });
    for (const reader of [president, consultant]) {
      const nodes = (await reader.ok<{ feed: { nodes: Authored[] } }>(feed, { first: 50 })).feed.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      const byId = await Promise.all(
        nodes.map(async (n) => (await reader.ok<{ post: Authored }>(post, { id: n.id })).post),
      );
      expect(nodes).toEqual(byId);
      expect(nodes.filter((n) => n.author?.id === pinel?.id).length).toBeGreaterThan(0);
      expect(nodes.filter((n) => n.author?.shop?.phone).length).toBeGreaterThan(0);
      // The president sees the members' e-mails, a consultant none but their own (they wrote none of these).
      expect(nodes.every((n) => n.author?.user.email)).toBe(reader === president);
    }
  });
});
