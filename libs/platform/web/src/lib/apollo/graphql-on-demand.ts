import { Injector } from '@angular/core';

/**
 * Apollo Client and graphql-js load with the first page that uses them, not with the app (ADR 0036):
 * the log-in page and the session talk to the API through `GraphqlRequest`, and Apollo is about 45
 * kB gzip of a first load aimed at 130 kB. Every route whose pages or providers use Apollo
 * (`inject(Apollo)` in a data-access service, `provideTypePolicies`) loads through
 * `withAppServices` (routing/app-services.ts), which calls `loadGraphql`.
 */
let apolloClient: Promise<typeof import('./apollo-client')> | null = null;
let loaded: typeof import('./apollo-client') | null = null;

/** Loads Apollo Client once (again after a failed download). */
export function loadGraphql(): Promise<void> {
  apolloClient ??= import('./apollo-client').then(
    (module) => (loaded = module),
    (error: unknown) => {
      apolloClient = null;
      throw error;
    },
  );
  return apolloClient.then(() => undefined);
}

/**
 * Apollo Client's module, for code that runs only under a route loaded by `withAppServices` (a domain's
 * `provideTypePolicies`); fails loudly elsewhere rather than loading Apollo into the first load.
 */
export function loadedGraphql(): typeof import('./apollo-client') {
  if (!loaded) throw new Error('Apollo Client is not loaded: load the route with withAppServices (ADR 0036)');
  return loaded;
}

/**
 * Empties Apollo's cache when a session opens, ends or changes association, so a page read with
 * `cache-and-network` never shows what was cached for someone else (`reset`: and refetches what is
 * on screen). Nothing to do when Apollo never loaded in this tab: nothing was cached.
 */
export async function clearGraphqlCache(injector: Injector, reset = false): Promise<void> {
  if (!apolloClient) return;
  const apollo = await apolloClient.catch(() => null); // not downloaded: nothing cached either
  await apollo?.clearApolloCache(injector, reset);
}
