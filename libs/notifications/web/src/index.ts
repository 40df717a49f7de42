export { notificationsRoutes, unsubscribeRoutes } from './lib/notifications.routes';
export { NotificationBell } from './lib/bell/notification-bell';
export { notificationsTexts } from './lib/notifications.texts';
