/**
 * The logged-in part of the app, behind one lazy import of this file (app.routes.ts): the frame with
 * its side navigation and Material menus (`@assoc/platform-web`'s full barrel), the menu's entries,
 * every domain's permissions and the domain libraries' routes stay out of the first load, which takes
 * only `@assoc/platform-web/core` (ADR 0022). The router loads these children while matching, so the
 * permissions are registered before any child's permissionGuard runs.
 */
import { inject } from '@angular/core';
import { LoadChildren, Routes } from '@angular/router';
import { ASSOCIATIONS_PERMISSIONS } from '@assoc/associations-domain';
import { CALENDAR_PERMISSIONS } from '@assoc/calendar-domain';
import { CASHMOBS_PERMISSIONS } from '@assoc/cashmobs-domain';
import { DIRECTORY_PERMISSIONS } from '@assoc/directory-domain';
import { IMPACT_PERMISSIONS } from '@assoc/impact-domain';
import { NETWORK_PERMISSIONS } from '@assoc/network-domain';
import { Permission, PermissionRoles, registerPermissions } from '@assoc/platform-domain';
import { AppShell, NotAllowedPage } from '@assoc/platform-web';
import { DomainTexts, NAV_ITEMS, NavItem, TOOLBAR_ITEMS } from '@assoc/platform-web/core';
import { PRIVACY_PERMISSIONS } from '@assoc/privacy-domain';
import { PROJECTS_PERMISSIONS } from '@assoc/projects-domain';
import { PROMOTIONS_PERMISSIONS } from '@assoc/promotions-domain';
import { WIDGETS_PERMISSIONS } from '@assoc/widgets-domain';

/**
 * What a domain's entry carries besides its lazy routes, so that adding a domain edits this list
 * only (issue 21 part 8, ADR 0026): its permission table (`<DOMAIN>_PERMISSIONS`, registered when this
 * file loads, so the menu, the route guards and the not-allowed page know every domain's permissions
 * before any domain library is loaded) and its menu entries, each with its place in the menu (`order`,
 * ascending; spaced by ten so a new entry fits between two).
 */
interface Domain {
  /** The domain library's lazy routes. */
  routes: LoadChildren;
  permissions?: readonly [owner: string, table: PermissionRoles];
  menu?: (NavItem & { order: number })[];
}

/** The notifications bell, shown once its library's strings are in (called in the shell's injection context). */
function notificationBell() {
  const texts = inject(DomainTexts);
  return import('@assoc/notifications-web').then(async (m) => {
    await texts.ensure([m.notificationsTexts]);
    return m.NotificationBell;
  });
}

const domains: Domain[] = [
  {
    routes: () => import('@assoc/associations-web').then((m) => m.associationsRoutes),
    permissions: ['associations', ASSOCIATIONS_PERMISSIONS],
    menu: [
      {
        order: 140,
        path: '/association/members',
        labelKey: 'nav.members',
        icon: 'group',
        permission: Permission.ManageMembers,
      },
      {
        order: 150,
        path: '/association/settings',
        labelKey: 'nav.settings',
        icon: 'tune',
        permission: Permission.EditSettings,
      },
      { order: 160, path: '/associations', labelKey: 'nav.associations', icon: 'business', withoutAssociation: true },
    ],
  },
  {
    routes: () => import('@assoc/directory-web').then((m) => m.directoryRoutes),
    permissions: ['directory', DIRECTORY_PERMISSIONS],
    menu: [
      { order: 120, path: '/directory', labelKey: 'nav.directory', icon: 'store' },
      { order: 130, path: '/my-shop', labelKey: 'nav.myShop', icon: 'edit', permission: Permission.EditOwnShop },
    ],
  },
  { routes: () => import('@assoc/notifications-web').then((m) => m.notificationsRoutes) },
  // The account's security (/account/security): the second factor (issue 25).
  { routes: () => import('@assoc/identity-web').then((m) => m.securityRoutes) },
  // The person's own account (/account), reached from the user menu.
  { routes: () => import('@assoc/identity-web').then((m) => m.accountRoutes) },
  {
    routes: () => import('@assoc/network-web').then((m) => m.networkRoutes),
    permissions: ['network', NETWORK_PERMISSIONS],
    menu: [
      { order: 10, path: '/feed', labelKey: 'nav.feed', icon: 'forum' },
      { order: 40, path: '/search', labelKey: 'nav.search', icon: 'search' },
    ],
  },
  {
    routes: () => import('@assoc/projects-web').then((m) => m.projectsRoutes),
    permissions: ['projects', PROJECTS_PERMISSIONS],
    menu: [
      {
        order: 50,
        path: '/projects',
        labelKey: 'nav.projects',
        icon: 'projects',
        permission: Permission.ViewProjects,
      },
    ],
  },
  {
    routes: () => import('@assoc/cashmobs-web').then((m) => m.cashmobsRoutes),
    permissions: ['cashmobs', CASHMOBS_PERMISSIONS],
    menu: [
      // At the counter: one tap from the phone menu for shopkeepers (issue 16).
      {
        order: 30,
        path: '/check-in',
        labelKey: 'nav.checkIn',
        icon: 'done-all',
        permission: Permission.HostCashmob,
        shopkeeper: true,
      },
      { order: 60, path: '/cashmobs', labelKey: 'nav.cashmobs', icon: 'group', permission: Permission.ViewCashmobs },
    ],
  },
  {
    routes: () => import('@assoc/promotions-web').then((m) => m.promotionsRoutes),
    permissions: ['promotions', PROMOTIONS_PERMISSIONS],
    menu: [
      // At the counter (issue 16).
      {
        order: 20,
        path: '/redeem',
        labelKey: 'nav.redeem',
        icon: 'label',
        permission: Permission.EnrolOffer,
        shopkeeper: true,
      },
      {
        order: 70,
        path: '/campaigns',
        labelKey: 'nav.promotions',
        icon: 'label',
        permission: Permission.ViewCampaigns,
      },
    ],
  },
  {
    routes: () => import('@assoc/calendar-web').then((m) => m.calendarRoutes),
    permissions: ['calendar', CALENDAR_PERMISSIONS],
    menu: [
      {
        order: 80,
        path: '/calendar',
        labelKey: 'nav.calendar',
        icon: 'calendar',
        permission: Permission.ViewCalendar,
      },
    ],
  },
  {
    routes: () => import('@assoc/impact-web').then((m) => m.impactRoutes),
    permissions: ['impact', IMPACT_PERMISSIONS],
    menu: [
      { order: 90, path: '/impact', labelKey: 'nav.impact', icon: 'insights', permission: Permission.ViewOwnImpact },
    ],
  },
  {
    routes: () => import('@assoc/widgets-web').then((m) => m.widgetsRoutes),
    permissions: ['widgets', WIDGETS_PERMISSIONS],
    menu: [
      {
        order: 100,
        path: '/widgets',
        labelKey: 'nav.widgets',
        icon: 'widgets',
        permission: Permission.ManageWidgets,
      },
      {
        order: 110,
        path: '/widgets/products',
        labelKey: 'nav.featuredProducts',
        icon: 'image',
        permission: Permission.EditOwnShop,
      },
    ],
  },
  {
    routes: () => import('@assoc/privacy-web').then((m) => m.privacyRoutes),
    permissions: ['privacy', PRIVACY_PERMISSIONS],
  },
];

for (const { permissions } of domains) if (permissions) registerPermissions(...permissions);

/** The logged-in menu: every domain's entries, in their order. */
const navItems: readonly NavItem[] = domains.flatMap(({ menu }) => menu ?? []).sort((a, b) => a.order - b.order);

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
      ...domains.map(({ routes }) => ({ path: '', loadChildren: routes })),
    ],
  },
];
