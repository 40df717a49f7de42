import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { LiveConnection } from './live-connection';
import { LIVE_RETRY_ATTEMPTS, liveRetryDelayMs } from './live-retry';

/**
 * The graphql-ws client for one association: the association goes in the connection parameters.
 * Loaded by provide-graphql.ts on the first subscription (a dynamic import), so graphql-ws stays out
 * of the first load, which subscribes to nothing (ADR 0022).
 */
export function associationWebSocketLink(
  url: string,
  associationId: string | null,
  live: LiveConnection,
): GraphQLWsLink {
  const client = createClient({
    url,
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
  return new GraphQLWsLink(client);
}
