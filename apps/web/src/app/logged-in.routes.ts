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
import { associationsNav } from '@assoc/associations-web/nav';
import { CALENDAR_PERMISSIONS } from '@assoc/calendar-domain';
import { calendarNav } from '@assoc/calendar-web/nav';
import { CASHMOBS_PERMISSIONS } from '@assoc/cashmobs-domain';
import { cashmobsNav } from '@assoc/cashmobs-web/nav';
import { DIRECTORY_PERMISSIONS } from '@assoc/directory-domain';
import { directoryNav } from '@assoc/directory-web/nav';
import { IMPACT_PERMISSIONS } from '@assoc/impact-domain';
import { impactNav } from '@assoc/impact-web/nav';
import { NETWORK_PERMISSIONS } from '@assoc/network-domain';
import { networkNav } from '@assoc/network-web/nav';
import { Permission, PermissionRoles, registerPermissions } from '@assoc/platform-domain';
import { AppShell, NotAllowedPage } from '@assoc/platform-web';
import { DomainTexts, NAV_ITEMS, NavItem, TOOLBAR_ITEMS } from '@assoc/platform-web/core';
import { PRIVACY_PERMISSIONS } from '@assoc/privacy-domain';
import { PROJECTS_PERMISSIONS } from '@assoc/projects-domain';
import { projectsNav } from '@assoc/projects-web/nav';
import { PROMOTIONS_PERMISSIONS } from '@assoc/promotions-domain';
import { TREASURY_PERMISSIONS } from '@assoc/treasury-domain';
import { treasuryNav } from '@assoc/treasury-web/nav';
import { promotionsNav } from '@assoc/promotions-web/nav';
import { WIDGETS_PERMISSIONS } from '@assoc/widgets-domain';
import { widgetsNav } from '@assoc/widgets-web/nav';
import { CUSTOMERS_PERMISSIONS } from '@assoc/customers-domain';
import { customersNav } from '@assoc/customers-web/nav';
import { LOYALTY_PERMISSIONS } from '@assoc/loyalty-domain';
import { loyaltyNav } from '@assoc/loyalty-web/nav';
import { COMMUNITY_PERMISSIONS } from '@assoc/community-domain';
import { communityNav } from '@assoc/community-web/nav';

/**
 * What a domain's entry carries besides its lazy routes, so that adding a domain edits this list
 * only (issue 21 part 8, ADR 0026): its permission table (`<DOMAIN>_PERMISSIONS`, registered when this
 * file loads, so the menu, the route guards and the not-allowed page know every domain's permissions
 * before any domain library is loaded) and its menu entries, each with its place in the menu (`order`,
 * ascending; spaced by ten so a new entry fits between two) and its label in every language, from the
 * domain's `@assoc/<domain>-web/nav` (that file alone, not the library: the shell's strings hold none).
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
        label: associationsNav.members,
        icon: 'group',
        permission: Permission.ManageMembers,
      },
      {
        order: 150,
        path: '/association/settings',
        label: associationsNav.settings,
        icon: 'tune',
        permission: Permission.EditSettings,
      },
      {
        order: 160,
        path: '/associations',
        label: associationsNav.associations,
        icon: 'business',
        withoutAssociation: true,
      },
    ],
  },
  {
    routes: () => import('@assoc/directory-web').then((m) => m.directoryRoutes),
    permissions: ['directory', DIRECTORY_PERMISSIONS],
    menu: [
      { order: 120, path: '/directory', label: directoryNav.directory, icon: 'store' },
      { order: 130, path: '/my-shop', label: directoryNav.myShop, icon: 'edit', permission: Permission.EditOwnShop },
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
      { order: 10, path: '/feed', label: networkNav.feed, icon: 'forum' },
      { order: 40, path: '/search', label: networkNav.search, icon: 'search' },
    ],
  },
  {
    routes: () => import('@assoc/projects-web').then((m) => m.projectsRoutes),
    permissions: ['projects', PROJECTS_PERMISSIONS],
    menu: [
      {
        order: 50,
        path: '/projects',
        label: projectsNav.projects,
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
        label: cashmobsNav.checkIn,
        icon: 'done-all',
        permission: Permission.HostCashmob,
        shopkeeper: true,
      },
      { order: 60, path: '/cashmobs', label: cashmobsNav.cashmobs, icon: 'group', permission: Permission.ViewCashmobs },
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
        label: promotionsNav.redeem,
        icon: 'label',
        permission: Permission.EnrolOffer,
        shopkeeper: true,
      },
      {
        order: 70,
        path: '/campaigns',
        label: promotionsNav.promotions,
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
        label: calendarNav.calendar,
        icon: 'calendar',
        permission: Permission.ViewCalendar,
      },
    ],
  },
  {
    routes: () => import('@assoc/impact-web').then((m) => m.impactRoutes),
    permissions: ['impact', IMPACT_PERMISSIONS],
    menu: [
      { order: 90, path: '/impact', label: impactNav.impact, icon: 'insights', permission: Permission.ViewOwnImpact },
    ],
  },
  {
    routes: () => import('@assoc/treasury-web').then((m) => m.treasuryRoutes),
    permissions: ['treasury', TREASURY_PERMISSIONS],
    menu: [
      {
        order: 95,
        path: '/treasury',
        label: treasuryNav.treasury,
        icon: 'business',
        permission: Permission.ViewTreasury,
      },
    ],
  },
  {
    routes: () => import('@assoc/widgets-web').then((m) => m.widgetsRoutes),
    permissions: ['widgets', WIDGETS_PERMISSIONS],
    menu: [
      {
        order: 100,
        path: '/widgets',
        label: widgetsNav.widgets,
        icon: 'widgets',
        permission: Permission.ManageWidgets,
      },
      {
        order: 110,
        path: '/widgets/products',
        label: widgetsNav.featuredProducts,
        icon: 'image',
        permission: Permission.EditOwnShop,
      },
    ],
  },
  {
    routes: () => import('@assoc/customers-web').then((m) => m.customersRoutes),
    permissions: ['customers', CUSTOMERS_PERMISSIONS],
    menu: [
      {
        order: 97,
        path: '/customers',
        label: customersNav.customers,
        icon: 'group',
        permission: Permission.ViewCustomers,
      },
    ],
  },
  {
    routes: () => import('@assoc/loyalty-web').then((m) => m.loyaltyRoutes),
    permissions: ['loyalty', LOYALTY_PERMISSIONS],
    menu: [
      // At the counter (issue 17): one tap from the phone menu for shopkeepers.
      {
        order: 25,
        path: '/loyalty/counter',
        label: loyaltyNav.counter,
        icon: 'loyalty',
        permission: Permission.UseLoyaltyCounter,
        shopkeeper: true,
      },
      {
        order: 96,
        path: '/loyalty',
        label: loyaltyNav.loyalty,
        icon: 'loyalty',
        permission: Permission.ManageLoyalty,
      },
    ],
  },
  {
    routes: () => import('@assoc/community-web').then((m) => m.communityRoutes),
    permissions: ['community', COMMUNITY_PERMISSIONS],
    menu: [
      {
        order: 75,
        path: '/ideas',
        label: communityNav.ideas,
        icon: 'comment',
        permission: Permission.ViewIdeas,
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
