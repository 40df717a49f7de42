import { NotificationDigestEntity } from './notification-digest.entity';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationUnsubscribeTokenEntity } from './notification-unsubscribe-token.entity';
import { NotificationEntity } from './notification.entity';

/**
 * The tables this library owns (the notifications domain): its module registers them with TypeORM,
 * and apps/api composes every library's list for the TypeORM CLI, the tests and the running API.
 */
export const NOTIFICATIONS_ENTITIES = [
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationDigestEntity,
  NotificationUnsubscribeTokenEntity,
];
