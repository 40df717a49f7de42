import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, withTexts } from '@assoc/platform-web/core';
import { impactTexts } from './impact.texts';

/** The impact dashboard (inside the application shell, in the current association). */
export const impactRoutes: Routes = withTexts(
  [impactTexts],
  [
    {
      path: 'impact',
      title: 'impact.title',
      canActivate: [associationGuard, permissionGuard(Permission.ViewOwnImpact)],
      loadComponent: () => import('./impact-page/impact-page').then((m) => m.ImpactPage),
    },
  ],
);
