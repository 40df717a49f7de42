import { DOCUMENT } from '@angular/common';
import { inject, Injector, Provider } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client';
import type { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { from, switchMap } from 'rxjs';
import { SessionStore } from '../session/session-store';
import { AssociationContext } from '../session/association-context';
import { LiveConnection } from './live-connection';
import { sessionEndedLink } from './session-ended';

/** `ws(s)://<this host>/graphql`, the same origin as the page (the session cookie goes along). */
function webSocketUrl(document: Document): string {
  const location = document.location;
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * Subscriptions over graphql-ws, one WebSocket per association: the association goes in the
 * connection parameters, so switching association closes the socket and opens a new one (the
 * subscribers re-subscribe). Lazy: graphql-ws is fetched, and a socket opened, only when something
 * subscribes (web-socket-link.ts, out of the first load).
 */
function webSocketLink(document: Document, context: AssociationContext, live: LiveConnection): ApolloLink {
  let current: { associationId: string | null; link: Promise<GraphQLWsLink> } | null = null;
  return new ApolloLink((operation) => {
    const associationId = context.associationId();
    if (!current || current.associationId !== associationId) {
      void current?.link.then((previous) => previous.client.dispose());
      const link = import('./web-socket-link').then((m) =>
        m.associationWebSocketLink(webSocketUrl(document), associationId, live),
      );
      current = { associationId, link };
    }
    return from(current.link).pipe(switchMap((link) => link.request(operation)));
  });
}

/** Apollo client talking to `/graphql` on the same origin, with the session cookie. */
export function provideGraphql(): Provider {
  return provideApollo(() => {
    const httpLink = inject(HttpLink).create({ uri: '/graphql', withCredentials: true });
    const wsLink = webSocketLink(inject(DOCUMENT), inject(AssociationContext), inject(LiveConnection));
    // The session was ended elsewhere: the tab shows the log-in page instead of errors. The store is
    // read when needed: it uses Apollo, which this is building.
    const injector = inject(Injector);
    const ended = () => void injector.get(SessionStore).ended();
    return {
      link: ApolloLink.from([
        sessionEndedLink(ended),
        ApolloLink.split(({ query }) => isSubscriptionOperation(query), wsLink, httpLink),
      ]),
      // Type policies: each domain's, added when its library loads (GraphqlTypePolicies, type-policies.ts).
      cache: new InMemoryCache(),
      defaultOptions: {
        watchQuery: { fetchPolicy: 'cache-and-network' },
        query: { fetchPolicy: 'network-only' },
      },
    };
  });
}
