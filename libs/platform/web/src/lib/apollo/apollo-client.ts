import { DOCUMENT } from '@angular/common';
import { inject, Injector, NgZone, ɵɵdefineInjectable } from '@angular/core';
import { ApolloLink, InMemoryCache, TypePolicies } from '@apollo/client';
import type { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { Apollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { from, switchMap } from 'rxjs';
import { AssociationContext } from '../session/association-context';
import { SessionStore } from '../session/session-store';
import { LiveConnection } from './live-connection';
import { sessionEndedLink } from './session-ended';

/**
 * Apollo Client, loaded with the first page that uses it (`withAppServices`, graphql-on-demand.ts; ADR
 * 0036), not with the app: importing this file makes `Apollo` injectable from the root injector, so
 * every data-access service (`providedIn: 'root'`, `inject(Apollo)`) gets the one client, as
 * `provideApollo()` in the app's providers did, without the app's first load holding Apollo.
 */

/** `ws(s)://<this host>/graphql`, the same origin as the page (the session cookie goes along). */
function webSocketUrl(document: Document): string {
  const location = document.location;
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * Subscriptions over graphql-ws, one WebSocket per association: the association goes in the
 * connection parameters, so switching association closes the socket and opens a new one (the
 * subscribers re-subscribe). Lazy: graphql-ws is fetched, and a socket opened, only when something
 * subscribes (web-socket-link.ts).
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
function createApollo(): Apollo {
  const httpLink = inject(HttpLink).create({ uri: '/graphql', withCredentials: true });
  const wsLink = webSocketLink(inject(DOCUMENT), inject(AssociationContext), inject(LiveConnection));
  // The session was ended elsewhere: the tab shows the log-in page instead of errors.
  const injector = inject(Injector);
  const ended = () => void injector.get(SessionStore).ended();
  return new Apollo(inject(NgZone), {
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
  });
}

// apollo-angular declares `Apollo` as `@Injectable()` for `provideApollo()` to list among the app's
// providers, which would put Apollo Client in the first load. Declared here as provided in the root
// injector, made by `createApollo` on first use: an injector that lists Apollo itself (a test's
// `provideApollo`) still uses its own.
(Apollo as unknown as { ɵprov: unknown }).ɵprov = ɵɵdefineInjectable({
  token: Apollo,
  providedIn: 'root',
  factory: createApollo,
});

/** Empties the cache (`reset`: and refetches the queries on screen); see `clearGraphqlCache`. */
export async function clearApolloCache(injector: Injector, reset: boolean): Promise<void> {
  const client = injector.get(Apollo).client;
  await (reset ? client.resetStore() : client.clearStore());
}

/** Adds a domain's type policies to the cache (GraphqlTypePolicies, which checks who owns what). */
export function addTypePolicies(injector: Injector, policies: TypePolicies): void {
  (injector.get(Apollo).client.cache as InMemoryCache).policies.addTypePolicies(policies);
}
