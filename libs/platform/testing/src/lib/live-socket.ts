import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphqlClient } from './graphql-client';
import { TestApp } from './test-app';

/**
 * A graphql-ws client as the browser opens it: the person's cookie on the upgrade request, the
 * association in the connection parameters, no retry (a close is what the test looks at).
 */
export function liveSocket(
  api: TestApp,
  person: GraphqlClient,
  options: { associationId?: string | null; origin?: string } = {},
): Client {
  const headers: Record<string, string> = {
    ...(person.cookieHeader ? { cookie: person.cookieHeader } : {}),
    ...(options.origin ? { origin: options.origin } : {}),
  };
  return createClient({
    url: `${api.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    connectionParams: {
      associationId: options.associationId === undefined ? person.associationId : options.associationId,
    },
    retryAttempts: 0,
    lazy: true,
  });
}

/** What one subscription received: its values, its GraphQL errors, and how it ended. */
export interface LiveSubscription<T> {
  received: T[];
  errors: unknown[];
  /** Settles with the close event (`{ code, reason }`), the error, or 'complete'. */
  closed: Promise<unknown>;
  /** Resolves with the n-th value (1-based) once it has arrived; rejects if the subscription ends first. */
  nth(n: number): Promise<T>;
  stop(): void;
}

/** Subscribes and collects what arrives. */
export function subscribeLive<T>(client: Client, query: string): LiveSubscription<T> {
  const received: T[] = [];
  const errors: unknown[] = [];
  const waiters: { n: number; resolve: (value: T) => void; reject: (reason: unknown) => void }[] = [];
  let ended: ((reason: unknown) => void) | undefined;
  const closed = new Promise<unknown>((resolve) => (ended = resolve));
  const settle = () => {
    for (const waiter of [...waiters])
      if (received.length >= waiter.n) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(received[waiter.n - 1]);
      }
  };
  const finish = (reason: unknown) => {
    ended?.(reason);
    for (const waiter of waiters.splice(0)) waiter.reject(new Error(`subscription ended: ${JSON.stringify(reason)}`));
  };
  const stop = client.subscribe<T>(
    { query },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        else received.push(value.data as T);
        settle();
      },
      error: (reason) => finish(reason),
      complete: () => finish('complete'),
    },
  );
  return {
    received,
    errors,
    closed,
    nth: (n) =>
      received.length >= n
        ? Promise.resolve(received[n - 1])
        : new Promise<T>((resolve, reject) => waiters.push({ n, resolve, reject })),
    stop,
  };
}
