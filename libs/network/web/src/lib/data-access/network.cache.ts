import type { ApolloCache, Reference } from '@apollo/client';
import {
  CommentFieldsFragment,
  CommentsDocument,
  FeedDocument,
  PostFieldsFragment,
} from '../graphql/network.generated';

/**
 * How the network's mutations change the cached lists, so the pages (which render what the cache
 * holds) show the change at once without asking the server again.
 */

/** A published post goes into the cached feeds it belongs to (all topics, its topic): first if pinned, else after the pinned ones. */
export function insertPostIntoFeeds(cache: ApolloCache, post: PostFieldsFragment): void {
  const topicIds = [null, ...(post.topic ? [post.topic.id] : [])];
  for (const topicId of topicIds) {
    cache.updateQuery({ query: FeedDocument, variables: { topicId, first: null, after: null } }, (data) => {
      if (!data || data.feed.nodes.some((p) => p.id === post.id)) return data;
      const nodes = data.feed.nodes;
      const firstUnpinned = nodes.findIndex((p) => !p.pinned);
      const at = post.pinned ? 0 : firstUnpinned === -1 ? nodes.length : firstUnpinned;
      return { feed: { ...data.feed, nodes: [...nodes.slice(0, at), post, ...nodes.slice(at)] } };
    });
  }
}

/** A hidden post leaves every cached feed (its author and moderators may still open it). */
export function removePostFromFeeds(cache: ApolloCache, postId: string): void {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      feed: (connection, { readField }) => {
        const { nodes } = connection as { nodes: Reference[] };
        return { ...connection, nodes: nodes.filter((node) => readField('id', node) !== postId) };
      },
    },
  });
}

/** A deleted post or comment leaves the cache, and every list that showed it. */
export function evict(cache: ApolloCache, typename: 'Post' | 'Comment', id: string): void {
  cache.evict({ id: cache.identify({ __typename: typename, id }) });
  cache.gc();
}

/** A post's comment count, after a comment or reply is added (+1) or deleted (-1). */
export function countComment(cache: ApolloCache, postId: string, delta: number): void {
  cache.modify<{ commentCount: number }>({
    id: cache.identify({ __typename: 'Post', id: postId }),
    fields: { commentCount: (count) => Math.max(0, count + delta) },
  });
}

/** A new comment goes at the end of its post's cached comments, a reply at the end of its comment's replies. */
export function insertComment(cache: ApolloCache, comment: CommentFieldsFragment): void {
  if (comment.parentId) {
    cache.modify<{ replies: Reference[] }>({
      id: cache.identify({ __typename: 'Comment', id: comment.parentId }),
      fields: {
        replies: (replies, { readField, toReference }) => {
          const ref = toReference({ __typename: 'Comment', id: comment.id });
          if (!ref || replies.some((r) => readField('id', r) === comment.id)) return replies;
          return [...replies, ref];
        },
      },
    });
  } else {
    cache.updateQuery(
      { query: CommentsDocument, variables: { postId: comment.postId, first: null, after: null } },
      (data) =>
        data && !data.comments.nodes.some((c) => c.id === comment.id)
          ? { comments: { ...data.comments, nodes: [...data.comments.nodes, comment] } }
          : data,
    );
  }
  countComment(cache, comment.postId, 1);
}
