import { ApolloLink } from '@apollo/client';
import { tap } from 'rxjs';

/**
 * Calls `ended` when an answer says the caller is not logged in (UNAUTHENTICATED): the session may
 * have been ended elsewhere (another device's account page, a password change or reset, an e-mail
 * change undone). Whoever handles it decides whether the tab thought it was logged in.
 */
export function sessionEndedLink(ended: () => void): ApolloLink {
  return new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap((result) => {
        if (result.errors?.some((error) => error.extensions?.['code'] === 'UNAUTHENTICATED')) ended();
      }),
    ),
  );
}
