import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, withTexts } from '@assoc/platform-web/core';
import { customersTexts } from './customers.texts';

/** The association's customers (president and board), inside the application shell. */
export const customersRoutes: Routes = withTexts(
  [customersTexts],
  [
    {
      path: 'customers',
      title: 'customers.title',
      canActivate: [associationGuard, permissionGuard(Permission.ViewCustomers)],
      loadComponent: () => import('./customers-page/customers-page').then((m) => m.CustomersPage),
    },
  ],
);
