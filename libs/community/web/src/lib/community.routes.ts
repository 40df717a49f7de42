import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, withTexts } from '@assoc/platform-web/core';
import { communityTexts } from './community.texts';

/** The ideas box and contributions (issue 17), inside the application shell. */
export const communityRoutes: Routes = withTexts(
  [communityTexts],
  [
    {
      path: 'ideas',
      title: 'community.title',
      canActivate: [associationGuard, permissionGuard(Permission.ViewIdeas)],
      loadComponent: () => import('./ideas-page/ideas-page').then((m) => m.IdeasPage),
    },
    {
      path: 'ideas/contributions',
      title: 'community.contributions.title',
      canActivate: [associationGuard, permissionGuard(Permission.ShopContributions)],
      loadComponent: () => import('./contributions-page/contributions-page').then((m) => m.ContributionsPage),
    },
    {
      path: 'ideas/:id',
      title: 'community.title',
      canActivate: [associationGuard, permissionGuard(Permission.ViewIdeas)],
      loadComponent: () => import('./idea-page/idea-page').then((m) => m.IdeaPage),
    },
  ],
);
