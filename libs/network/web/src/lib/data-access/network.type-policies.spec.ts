import { InMemoryCache } from '@apollo/client';
import {
  CommentFieldsFragment,
  CommentFieldsFragmentDoc,
  CommentsDocument,
  FeedDocument,
  PostDocument,
  PostFieldsFragment,
} from '../graphql/network.generated';
import { countComment, evict, insertComment, insertPostIntoFeeds, removePostFromFeeds } from './network.cache';
import { networkTypePolicies } from './network.type-policies';

type Typed<T> = T & { __typename: string };

function post(
  id: string,
  options: { pinned?: boolean; topicId?: string; commentCount?: number } = {},
): Typed<PostFieldsFragment> {
  return {
    __typename: 'Post',
    id,
    text: `Post ${id}`,
    createdAt: '2026-12-01T10:00:00.000Z',
    editedAt: null,
    pinned: options.pinned ?? false,
    hidden: false,
    hiddenReason: null,
    mine: true,
    commentCount: options.commentCount ?? 0,
    author: null,
    topic: options.topicId ? { __typename: 'Topic', id: options.topicId, name: `Topic ${options.topicId}` } : null,
    images: [],
    reactions: [{ __typename: 'ReactionSummary', emoji: 'LIKE', symbol: '👍', count: 1, reactedByMe: false }],
  } as Typed<PostFieldsFragment>;
}

function comment(id: string, postId: string, parentId: string | null = null): Typed<CommentFieldsFragment> {
  return {
    __typename: 'Comment',
    id,
    postId,
    parentId,
    text: `Comment ${id}`,
    createdAt: '2026-12-01T11:00:00.000Z',
    editedAt: null,
    hidden: false,
    hiddenReason: null,
    mine: true,
    author: null,
    replies: [],
  } as Typed<CommentFieldsFragment>;
}

function page<T>(typename: string, nodes: T[], endCursor: string | null, hasNextPage: boolean) {
  return { __typename: typename, nodes, pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage } };
}

function newCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies: networkTypePolicies });
}

const all = { topicId: null, first: 10, after: null };

function writeFeed(
  cache: InMemoryCache,
  variables: { topicId: string | null; first: number; after: string | null },
  nodes: PostFieldsFragment[],
  endCursor: string | null,
  hasNextPage = true,
) {
  cache.writeQuery({
    query: FeedDocument,
    variables,
    data: { feed: page('PostConnection', nodes, endCursor, hasNextPage) },
  } as never);
}

function feedIds(cache: InMemoryCache, topicId: string | null = null): string[] | undefined {
  return cache.readQuery({ query: FeedDocument, variables: { ...all, topicId } })?.feed.nodes.map((p) => p.id);
}

describe('network type policies', () => {
  it('appends the next page of the feed to the cached one, without a post shown twice', () => {
    const cache = newCache();
    writeFeed(cache, all, [post('a', { pinned: true }), post('b'), post('c')], 'c');
    writeFeed(cache, { ...all, after: 'c' }, [post('c'), post('d')], 'd', false);
    expect(feedIds(cache)).toEqual(['a', 'b', 'c', 'd']);
    expect(cache.readQuery({ query: FeedDocument, variables: all })?.feed.pageInfo).toEqual({
      __typename: 'PageInfo',
      endCursor: 'd',
      hasNextPage: false,
    });
  });

  it("replaces the cached feed with the server's first page when the page is read again, and keeps each topic's apart", () => {
    const cache = newCache();
    writeFeed(cache, all, [post('a'), post('b')], 'b');
    writeFeed(cache, { ...all, after: 'b' }, [post('c')], 'c', false);
    writeFeed(cache, { ...all, topicId: 't1' }, [post('b', { topicId: 't1' })], 'b', false);
    writeFeed(cache, all, [post('new'), post('a')], 'a');
    expect(feedIds(cache)).toEqual(['new', 'a']);
    expect(feedIds(cache, 't1')).toEqual(['b']);
  });

  it('puts a published post after the pinned ones, in the feed of all topics and of its topic only', () => {
    const cache = newCache();
    writeFeed(cache, all, [post('pin', { pinned: true }), post('a', { topicId: 't1' })], 'a');
    writeFeed(cache, { ...all, topicId: 't1' }, [post('a', { topicId: 't1' })], 'a');
    writeFeed(cache, { ...all, topicId: 't2' }, [post('z', { topicId: 't2' })], 'z');
    insertPostIntoFeeds(cache, post('new', { topicId: 't1' }));
    expect(feedIds(cache)).toEqual(['pin', 'new', 'a']);
    expect(feedIds(cache, 't1')).toEqual(['new', 'a']);
    expect(feedIds(cache, 't2')).toEqual(['z']);
    // A pinned announcement goes first; a feed never read stays unread (the server will answer it).
    insertPostIntoFeeds(cache, post('announce', { pinned: true, topicId: 't3' }));
    expect(feedIds(cache)).toEqual(['announce', 'pin', 'new', 'a']);
    expect(feedIds(cache, 't3')).toBeUndefined();
  });

  it('takes a hidden post out of every feed but still opens it; a deleted one is gone everywhere', () => {
    const cache = newCache();
    writeFeed(cache, all, [post('a', { topicId: 't1' }), post('b'), post('c')], 'c');
    writeFeed(cache, { ...all, topicId: 't1' }, [post('a', { topicId: 't1' })], 'a');
    removePostFromFeeds(cache, 'a');
    expect(feedIds(cache)).toEqual(['b', 'c']);
    expect(feedIds(cache, 't1')).toEqual([]);
    expect(cache.readQuery({ query: PostDocument, variables: { id: 'a' } })?.post.id).toBe('a');

    evict(cache, 'Post', 'b');
    expect(feedIds(cache)).toEqual(['c']);
    expect(cache.readQuery({ query: PostDocument, variables: { id: 'b' } })).toBeNull();
  });

  it('opens a post the feed showed from the cache, and updates it there when a reaction is answered', () => {
    const cache = newCache();
    writeFeed(cache, all, [post('a')], 'a');
    expect(cache.readQuery({ query: PostDocument, variables: { id: 'a' } })).toEqual({ post: post('a') });
    const toggled = post('a');
    toggled.reactions = [
      { __typename: 'ReactionSummary', emoji: 'LIKE', symbol: '👍', count: 2, reactedByMe: true } as never,
    ];
    cache.writeQuery({ query: PostDocument, variables: { id: 'a' }, data: { post: toggled } });
    expect(cache.readQuery({ query: FeedDocument, variables: all })?.feed.nodes[0].reactions).toEqual(
      toggled.reactions,
    );
    expect(cache.readQuery({ query: PostDocument, variables: { id: 'unknown' } })).toBeNull();
  });

  it('adds a comment or a reply to the cached thread and counts it on the post; a deleted one leaves and is uncounted', () => {
    const cache = newCache();
    writeFeed(cache, all, [post('p', { commentCount: 1 })], 'p');
    const vars = { postId: 'p', first: 50, after: null };
    cache.writeQuery({
      query: CommentsDocument,
      variables: vars,
      data: { comments: page('CommentConnection', [comment('c1', 'p')], 'c1', false) },
    } as never);

    // As a mutation's answer does, the new comment is in the cache before the lists are edited.
    const answered = (c: CommentFieldsFragment) => {
      cache.writeFragment({ fragment: CommentFieldsFragmentDoc, fragmentName: 'CommentFields', data: c });
      insertComment(cache, c);
    };
    answered(comment('c2', 'p'));
    answered(comment('r1', 'p', 'c1'));

    const thread = () => cache.readQuery({ query: CommentsDocument, variables: vars })?.comments.nodes;
    expect(thread()?.map((c) => [c.id, c.replies.map((r) => r.id)])).toEqual([
      ['c1', ['r1']],
      ['c2', []],
    ]);
    const count = () => cache.readQuery({ query: PostDocument, variables: { id: 'p' } })?.post.commentCount;
    expect(count()).toBe(3);

    evict(cache, 'Comment', 'r1');
    countComment(cache, 'p', -1);
    expect(thread()?.map((c) => [c.id, c.replies.map((r) => r.id)])).toEqual([
      ['c1', []],
      ['c2', []],
    ]);
    expect(count()).toBe(2);
  });
});
