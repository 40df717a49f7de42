import { DOCUMENT } from '@angular/common';
import { inject, Provider } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { createClient } from 'graphql-ws';
import { AssociationContext } from '../session/association-context';
import { LiveConnection } from './live-connection';
import { LIVE_RETRY_ATTEMPTS, liveRetryDelayMs } from './live-retry';

/** `ws(s)://<this host>/graphql`, the same origin as the page (the session cookie goes along). */
function webSocketUrl(document: Document): string {
  const location = document.location;
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * Subscriptions over graphql-ws, one WebSocket per association: the association goes in the
 * connection parameters, so switching association closes the socket and opens a new one (the
 * subscribers re-subscribe). Lazy: no socket until something subscribes.
 */
function webSocketLink(document: Document, context: AssociationContext, live: LiveConnection): ApolloLink {
  let current: { associationId: string | null; link: GraphQLWsLink } | null = null;
  return new ApolloLink((operation) => {
    const associationId = context.associationId();
    if (!current || current.associationId !== associationId) {
      void current?.link.client.dispose();
      const client = createClient({
        url: webSocketUrl(document),
        connectionParams: () => ({ associationId }),
        lazy: true,
        // Network blips, server restarts and database outages (1013): retry with a capped backoff for
        // about a quarter of an hour; after that the subscriber errors and may fall back to polling.
        retryAttempts: LIVE_RETRY_ATTEMPTS,
        retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, liveRetryDelayMs(retries))),
        shouldRetry: () => true,
        // Back after a retry (a network blip, or the server closed with 1012 after missing events).
        on: { connected: (_socket, _payload, wasRetry) => wasRetry && live.notifyReconnected() },
      });
      current = { associationId, link: new GraphQLWsLink(client) };
    }
    return current.link.request(operation);
  });
}

/** Apollo client talking to `/graphql` on the same origin, with the session cookie. */
export function provideGraphql(): Provider {
  return provideApollo(() => {
    const httpLink = inject(HttpLink).create({ uri: '/graphql', withCredentials: true });
    const wsLink = webSocketLink(inject(DOCUMENT), inject(AssociationContext), inject(LiveConnection));
    return {
      link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), wsLink, httpLink),
      // Type policies: each domain's, added when its library loads (GraphqlTypePolicies, type-policies.ts).
      cache: new InMemoryCache(),
      defaultOptions: {
        watchQuery: { fetchPolicy: 'cache-and-network' },
        query: { fetchPolicy: 'network-only' },
      },
    };
  });
}
