import { AssociationsModule } from '@assoc/associations-api';
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
import { CREATE_COMMENT, createPost, createTopic, FEED, uploadedImageId } from './network-test-helpers';

describe('the feed costs a bounded number of SQL queries whatever the page size', () => {
  let api: TestApp;
  let president: GraphqlClient;
  let queries = 0;
  type Runner = { query: (...args: unknown[]) => Promise<unknown> };
  let runner: Runner;
  let original: Runner['query'];

  beforeAll(async () => {
    api = await createTestApp([IdentityModule, AssociationsModule, NotificationsModule, NetworkModule]);
    president = await signedUpClient(api, 'Claire Martin');
    await createAssociation(president, 'Les Vitrines de Vitré');
    const authors = [
      president,
      await joinedMember(api, president, 'MEMBER', 'Lucie Gautier'),
      await joinedMember(api, president, 'MEMBER', 'Marc Pinel'),
    ];
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
    // Every query the API sends goes through a TypeORM query runner: count them.
    runner = Object.getPrototypeOf(api.dataSource.createQueryRunner()) as Runner;
    original = runner.query;
    runner.query = function (this: unknown, ...args: unknown[]) {
      queries += 1;
      return original.apply(this, args);
    };
  });
  afterAll(async () => {
    if (original) runner.query = original;
    await api.close();
  });

  async function countFeed(first: number): Promise<{ queries: number; posts: number }> {
    queries = 0;
    const data = await president.ok<{
      feed: { nodes: { author: unknown; reactions: unknown[]; images: unknown[]; commentCount: number }[] };
    }>(FEED, { first });
    return { queries, posts: data.feed.nodes.length };
  }

  it('counts the same queries for 10 and for 50 posts, with authors, topics, images, comment counts and reactions', async () => {
    const ten = await countFeed(10);
    const fifty = await countFeed(50);
    expect([ten.posts, fifty.posts]).toEqual([10, 50]);
    expect(fifty.queries).toBe(ten.queries);
    // Session and membership checks, the page, then one query per loader (authors, topics, images, comment counts, reactions).
    expect(ten.queries).toBeLessThanOrEqual(9);
  });
});
