import { Routes } from '@angular/router';
import { AppShell, authGuard, PublicLayout } from '@assoc/platform-web';

/** The shell only composes the lazy routes owned by the domain libraries. */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'feed' },
  {
    path: '',
    component: PublicLayout,
    children: [
      { path: '', loadChildren: () => import('@assoc/identity-web').then((m) => m.identityRoutes) },
      { path: '', loadChildren: () => import('@assoc/associations-web').then((m) => m.invitationRoutes) },
      { path: '', loadChildren: () => import('@assoc/notifications-web').then((m) => m.unsubscribeRoutes) },
      { path: '', loadChildren: () => import('@assoc/cashmobs-web').then((m) => m.publicCashmobRoutes) },
      { path: '', loadChildren: () => import('@assoc/promotions-web').then((m) => m.publicCampaignRoutes) },
      { path: '', loadChildren: () => import('@assoc/widgets-web').then((m) => m.publicShopRoutes) },
    ],
  },
  {
    path: '',
    component: AppShell,
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'feed' },
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
