export * from './lib/notification-kind';
