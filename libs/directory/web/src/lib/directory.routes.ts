import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, withTexts } from '@assoc/platform-web/core';
import { directoryTexts } from './directory.texts';

/** Directory pages (inside the application shell, in the current association). */
export const directoryRoutes: Routes = withTexts(
  [directoryTexts],
  [
    {
      path: 'directory',
      title: 'directory.title',
      canActivate: [associationGuard],
      loadComponent: () => import('./member-directory/member-directory').then((m) => m.MemberDirectory),
    },
    {
      path: 'members/:id',
      title: 'directory.member.pageTitle',
      canActivate: [associationGuard],
      loadComponent: () => import('./member-profile/member-profile').then((m) => m.MemberProfile),
    },
    {
      path: 'my-shop',
      title: 'directory.myShop.title',
      // The consultant has no shop: the form is not offered, the page says why (issue 16).
      canActivate: [associationGuard, permissionGuard(Permission.EditOwnShop)],
      loadComponent: () => import('./my-shop/my-shop').then((m) => m.MyShop),
    },
  ],
);
