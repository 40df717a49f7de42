import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard } from '@assoc/platform-web/core';

/** The impact dashboard (inside the application shell, in the current association). */
export const impactRoutes: Routes = [
  {
    path: 'impact',
    title: 'impact.title',
    canActivate: [associationGuard, permissionGuard(Permission.ViewOwnImpact)],
    loadComponent: () => import('./impact-page/impact-page').then((m) => m.ImpactPage),
  },
];
