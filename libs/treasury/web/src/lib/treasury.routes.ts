import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, withTexts } from '@assoc/platform-web/core';
import { treasuryTexts } from './treasury.texts';

/** The association treasury (president and board), inside the application shell. */
export const treasuryRoutes: Routes = withTexts(
  [treasuryTexts],
  [
    {
      path: 'treasury',
      title: 'treasury.title',
      canActivate: [associationGuard, permissionGuard(Permission.ViewTreasury)],
      loadComponent: () => import('./treasury-page/treasury-page').then((m) => m.TreasuryPage),
    },
  ],
);
