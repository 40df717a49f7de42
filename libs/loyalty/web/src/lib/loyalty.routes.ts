import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, provideTypePolicies, withTexts } from '@assoc/platform-web/core';
import { loyaltyTypePolicies } from './data-access/loyalty.type-policies';
import { loyaltyTexts } from './loyalty.texts';

/** The loyalty card inside the application shell: the board's page and the shop's counter. */
export const loyaltyRoutes: Routes = withTexts(
  [loyaltyTexts],
  [
    {
      path: '',
      providers: [provideTypePolicies('loyalty', loyaltyTypePolicies)],
      children: [
        {
          path: 'loyalty',
          title: 'loyalty.title',
          pathMatch: 'full',
          canActivate: [associationGuard, permissionGuard(Permission.ManageLoyalty)],
          loadComponent: () => import('./loyalty-page/loyalty-page').then((m) => m.LoyaltyPage),
        },
        {
          path: 'loyalty/counter',
          title: 'loyalty.counter.title',
          canActivate: [associationGuard, permissionGuard(Permission.UseLoyaltyCounter)],
          loadComponent: () => import('./counter-page/counter-page').then((m) => m.CounterPage),
        },
      ],
    },
  ],
);
