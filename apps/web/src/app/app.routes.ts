import { CanMatchFn, Routes } from '@angular/router';
import { authGuard, PublicLayout, withAppServices } from '@assoc/platform-web/first-load';

/**
 * A public page's library is fetched only for the addresses it serves (the router loads children
 * before matching them: without this, an invitation link would load the log-in library first; the
 * pages a shopper opens from a link, /c/, /p/ and /b/, are rendered by the API: ADR 0022).
 */
function under(...firstSegments: string[]): CanMatchFn {
  return (_route, segments) => segments.length > 0 && firstSegments.includes(segments[0].path);
}

/**
 * The shell only composes the lazy routes owned by the domain libraries. The first load holds the
 * light public frame only (`@assoc/platform-web/core`); the logged-in part (its frame with the Material
 * side navigation and menus, the menu's entries, the permissions, the domain routes) is a lazy chunk
 * of its own (logged-in.routes.ts). Apollo Client and Material's setup load with the pages that use
 * them (`withAppServices`, ADR 0036): the log-in page and the session do without them.
 */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'feed' },
  {
    path: '',
    component: PublicLayout,
    children: [
      {
        path: '',
        canMatch: [
          under(
            'login',
            'signup',
            'forgot-password',
            'reset-password',
            'confirm-email',
            'undo-email-change',
            'account-closed',
            'dev',
          ),
        ],
        loadChildren: () => import('@assoc/identity-web').then((m) => m.identityRoutes),
      },
      {
        path: '',
        canMatch: [under('invitation')],
        loadChildren: withAppServices(() => import('@assoc/associations-web').then((m) => m.invitationRoutes)),
      },
      {
        path: '',
        canMatch: [under('unsubscribe')],
        loadChildren: withAppServices(() => import('@assoc/notifications-web').then((m) => m.unsubscribeRoutes)),
      },
    ],
  },
  {
    path: '',
    canActivate: [authGuard],
    loadChildren: withAppServices(() => import('./logged-in.routes').then((m) => m.loggedInRoutes)),
  },
  { path: '**', redirectTo: '' },
];
