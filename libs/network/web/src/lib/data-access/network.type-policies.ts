import type { FieldPolicy, Reference } from '@apollo/client';
import type { DomainTypePolicies } from '@assoc/platform-web/core';

interface CachedConnection {
  nodes: Reference[];
  pageInfo: unknown;
}

/**
 * A cursor-paginated list (`feed`, `comments`), one cache entry per `keyArgs` (the topic, the post).
 * The first page (no `after`: the page opening, or its refresh behind the cached list) replaces what
 * was cached; a later page (`fetchMore` with the last cursor) is appended, without the nodes already
 * shown (a post published meanwhile moves the cursor's neighbours).
 */
export function cursorConnection(keyArgs: string[]): FieldPolicy<CachedConnection> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      if (!existing || !args?.['after']) return incoming;
      const known = new Set(existing.nodes.map((node) => readField<string>('id', node)));
      const fresh = incoming.nodes.filter((node) => !known.has(readField<string>('id', node)));
      return { ...incoming, nodes: [...existing.nodes, ...fresh] };
    },
  };
}

/**
 * The network's cache rules (registered by network.routes.ts). Posts and comments are normalised by
 * id, so a mutation's answer (a reaction, an edit, a pin) updates the post wherever it is shown.
 * A post's reaction summaries have no id of their own: they belong to their post and the answer's
 * list replaces the cached one (`merge: false`), as do a comment's replies. Opening a post the feed
 * showed reads it from the cache at once (`post(id)`), the server's answer following behind.
 */
export const networkTypePolicies: DomainTypePolicies = {
  Query: {
    fields: {
      feed: cursorConnection(['topicId']),
      comments: cursorConnection(['postId']),
      post: {
        read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Post', id: args?.['id'] }),
      },
    },
  },
  Post: { fields: { reactions: { merge: false } } },
  Comment: { fields: { replies: { merge: false } } },
};
