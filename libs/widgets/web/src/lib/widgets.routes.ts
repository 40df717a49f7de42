import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, provideTypePolicies, withTexts } from '@assoc/platform-web/core';
import { widgetsTypePolicies } from './data-access/widgets.type-policies';
import { widgetsTexts } from './widgets.texts';

/** The blog widgets (president and board) and a shop's featured products (its owner), inside the application shell. */
export const widgetsRoutes: Routes = withTexts(
  [widgetsTexts],
  [
    {
      path: 'widgets',
      title: 'widgets.title',
      canActivate: [associationGuard, permissionGuard(Permission.ManageWidgets)],
      loadComponent: () => import('./widgets-page/widgets-page').then((m) => m.WidgetsPage),
    },
    {
      path: 'widgets/products',
      title: 'widgets.products.title',
      canActivate: [associationGuard, permissionGuard(Permission.EditOwnShop)],
      loadComponent: () => import('./featured-products/featured-products-page').then((m) => m.FeaturedProductsPage),
    },
    {
      path: 'widgets/:id',
      title: 'widgets.title',
      canActivate: [associationGuard, permissionGuard(Permission.ManageWidgets)],
      providers: [provideTypePolicies('widgets', widgetsTypePolicies)],
      loadComponent: () => import('./widget-page/widget-page').then((m) => m.WidgetPage),
    },
  ],
);
