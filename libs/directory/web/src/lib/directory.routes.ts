import { Routes } from '@angular/router';
import { associationGuard, withTexts } from '@assoc/platform-web/core';
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
      canActivate: [associationGuard],
      loadComponent: () => import('./my-shop/my-shop').then((m) => m.MyShop),
    },
  ],
);
