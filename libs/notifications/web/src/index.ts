export { notificationsRoutes, unsubscribeRoutes } from './lib/notifications.routes';
export { NotificationBell } from './lib/bell/notification-bell';
