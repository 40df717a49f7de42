import { CanMatchFn, Routes } from '@angular/router';
import { authGuard, PublicLayout } from '@assoc/platform-web/core';

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
 * light public frame only (`@assoc/platform-web/core`); the logged-in frame, with its Material side
 * navigation and menus, is a lazy chunk of its own.
 */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'feed' },
  {
    path: '',
    component: PublicLayout,
    children: [
      {
        path: '',
        canMatch: [under('login', 'signup', 'forgot-password', 'reset-password', 'dev')],
        loadChildren: () => import('@assoc/identity-web').then((m) => m.identityRoutes),
      },
      {
        path: '',
        canMatch: [under('invitation')],
        loadChildren: () => import('@assoc/associations-web').then((m) => m.invitationRoutes),
      },
      {
        path: '',
        canMatch: [under('unsubscribe')],
        loadChildren: () => import('@assoc/notifications-web').then((m) => m.unsubscribeRoutes),
      },
    ],
  },
  {
    path: '',
    loadComponent: () => import('./logged-in-shell').then((m) => m.AppShell),
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'feed' },
      {
        path: 'not-allowed',
        title: 'notAllowed.title',
        loadComponent: () => import('./logged-in-shell').then((m) => m.NotAllowedPage),
      },
      { path: '', loadChildren: () => import('@assoc/associations-web').then((m) => m.associationsRoutes) },
      { path: '', loadChildren: () => import('@assoc/directory-web').then((m) => m.directoryRoutes) },
      { path: '', loadChildren: () => import('@assoc/notifications-web').then((m) => m.notificationsRoutes) },
      { path: '', loadChildren: () => import('@assoc/network-web').then((m) => m.networkRoutes) },
      { path: '', loadChildren: () => import('@assoc/projects-web').then((m) => m.projectsRoutes) },
      { path: '', loadChildren: () => import('@assoc/cashmobs-web').then((m) => m.cashmobsRoutes) },
      { path: '', loadChildren: () => import('@assoc/promotions-web').then((m) => m.promotionsRoutes) },
      { path: '', loadChildren: () => import('@assoc/calendar-web').then((m) => m.calendarRoutes) },
      { path: '', loadChildren: () => import('@assoc/impact-web').then((m) => m.impactRoutes) },
      { path: '', loadChildren: () => import('@assoc/widgets-web').then((m) => m.widgetsRoutes) },
    ],
  },
  { path: '**', redirectTo: '' },
];
