import { Routes } from '@angular/router';
import { associationGuard, provideTypePolicies, withTexts } from '@assoc/platform-web/core';
import { notificationsTypePolicies } from './data-access/notifications.type-policies';
import { notificationsTexts } from './notifications.texts';

/** Notification pages (inside the application shell, in the current association). */
export const notificationsRoutes: Routes = withTexts(
  [notificationsTexts],
  [
    {
      path: 'notifications',
      title: 'notifications.title',
      canActivate: [associationGuard],
      loadComponent: () => import('./notifications-page/notifications-page').then((m) => m.NotificationsPage),
    },
    {
      path: 'notifications/preferences',
      title: 'notifications.preferences.title',
      canActivate: [associationGuard],
      providers: [provideTypePolicies('notifications', notificationsTypePolicies)],
      loadComponent: () => import('./preferences-page/notification-preferences').then((m) => m.NotificationPreferences),
    },
  ],
);

/** The unsubscribe link of a notification mail: public, no log-in needed. */
export const unsubscribeRoutes: Routes = withTexts(
  [notificationsTexts],
  [
    {
      path: 'unsubscribe/:token',
      title: 'notifications.unsubscribe.title',
      loadComponent: () => import('./unsubscribe-page/unsubscribe-page').then((m) => m.UnsubscribePage),
    },
  ],
);
