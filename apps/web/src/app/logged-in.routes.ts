/**
 * The logged-in part of the app, behind one lazy import of this file (app.routes.ts): the frame with
 * its side navigation and Material menus (`@assoc/platform-web`'s full barrel), the menu's entries,
 * every domain's permissions and the domain libraries' routes stay out of the first load, which takes
 * only `@assoc/platform-web/core` (ADR 0022). The router loads these children while matching, so the
 * permissions are registered before any child's permissionGuard runs.
 */
import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import { AppShell, NotAllowedPage } from '@assoc/platform-web';
import { DomainTexts, NAV_ITEMS, TOOLBAR_ITEMS } from '@assoc/platform-web/core';
// Every domain's permissions, for the menu and the route guards (ADR 0026).
import './domain-permissions';
import { navItems } from './nav-items';

/** The notifications bell, shown once its library's strings are in (called in the shell's injection context). */
function notificationBell() {
  const texts = inject(DomainTexts);
  return import('@assoc/notifications-web').then(async (m) => {
    await texts.ensure([m.notificationsTexts]);
    return m.NotificationBell;
  });
}

export const loggedInRoutes: Routes = [
  {
    path: '',
    component: AppShell,
    providers: [
      { provide: NAV_ITEMS, useValue: navItems },
      { provide: TOOLBAR_ITEMS, useValue: [notificationBell] },
    ],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'feed' },
      { path: 'not-allowed', title: 'notAllowed.title', component: NotAllowedPage },
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
];
