import { Permission } from '@assoc/platform-domain';
import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionStore } from './session-store';

/** Logged-in people only; others go to the log-in page and come back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  return session.isLoggedIn() ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Pages that need a current association; without one, the person creates one first. */
export const associationGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  if (!session.isLoggedIn()) return router.createUrlTree(['/login']);
  return session.currentAssociation() ? true : router.createUrlTree(['/associations/new']);
};

/** Log-in and sign-up pages: someone already logged in goes to the app. */
export const guestGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  return session.isLoggedIn() ? router.createUrlTree(['/']) : true;
};

/**
 * Restricts a page to the roles that hold a permission in the current association (the API's map);
 * others (a link opened by a role that cannot use the page) get a page saying why and for whom it is.
 */
export function permissionGuard(permission: Permission): CanActivateFn {
  return async () => {
    const session = inject(SessionStore);
    const router = inject(Router);
    await session.ensureLoaded();
    return session.can(permission) ? true : router.createUrlTree(['/not-allowed'], { queryParams: { permission } });
  };
}
