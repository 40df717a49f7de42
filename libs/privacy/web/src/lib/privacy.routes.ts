import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, withTexts } from '@assoc/platform-web/core';
import { privacyTexts } from './privacy.texts';

/** One's own data (whatever the current association) and, for its president, the association's. */
export const privacyRoutes: Routes = withTexts(
  [privacyTexts],
  [
    {
      path: 'account/data',
      title: 'privacy.myData.title',
      loadComponent: () => import('./my-data-page/my-data-page').then((m) => m.MyDataPage),
    },
    {
      path: 'association/data',
      title: 'privacy.associationData.title',
      canActivate: [associationGuard, permissionGuard(Permission.ExportAssociationData)],
      loadComponent: () => import('./association-data-page/association-data-page').then((m) => m.AssociationDataPage),
    },
  ],
);
