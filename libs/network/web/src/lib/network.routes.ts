import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, provideTypePolicies, withTexts } from '@assoc/platform-web/core';
import { networkTypePolicies } from './data-access/network.type-policies';
import { networkTexts } from './network.texts';

/** The association's network (inside the application shell, in the current association). */
export const networkRoutes: Routes = [
  {
    path: '',
    providers: [provideTypePolicies('network', networkTypePolicies)],
    children: withTexts(
      [networkTexts],
      [
        {
          path: 'feed',
          title: 'network.feed.title',
          canActivate: [associationGuard],
          loadComponent: () => import('./feed/feed-page').then((m) => m.FeedPage),
        },
        {
          path: 'feed/topics',
          title: 'network.topics.title',
          canActivate: [associationGuard, permissionGuard(Permission.ManageTopics)],
          loadComponent: () => import('./topics-page/topics-page').then((m) => m.TopicsPage),
        },
        {
          path: 'feed/posts/:id',
          title: 'network.post.pageTitle',
          canActivate: [associationGuard],
          loadComponent: () => import('./post-page/post-page').then((m) => m.PostPage),
        },
        {
          path: 'search',
          title: 'network.search.title',
          canActivate: [associationGuard],
          loadComponent: () => import('./search-page/search-page').then((m) => m.SearchPage),
        },
      ],
    ),
  },
];
