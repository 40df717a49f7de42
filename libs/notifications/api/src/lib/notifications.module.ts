import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { NotificationDigestService } from './notification-digest.service';
import { NotificationEvents } from './notification-events.service';
import { NotificationMailer } from './notification-mailer.service';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationSubscriptionsResolver } from './notification-subscriptions.resolver';
import { NotificationUnsubscribeService } from './notification-unsubscribe.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { OneClickUnsubscribeController } from './one-click-unsubscribe.controller';
import { UnsubscribeResolver } from './unsubscribe.resolver';
import { NotificationsPersonalData } from './notifications-personal-data';
import { AssociationClosingNotices } from './association-closing-notices';
import { NOTIFICATIONS_ENTITIES } from './notifications.entities';

@Module({
  imports: [AssociationsModule, TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES)],
  controllers: [OneClickUnsubscribeController],
  providers: [
    NotificationsService,
    NotificationEvents,
    NotificationMailer,
    NotificationPreferencesService,
    NotificationUnsubscribeService,
    NotificationDigestService,
    NotificationsResolver,
    NotificationSubscriptionsResolver,
    NotificationPreferencesResolver,
    UnsubscribeResolver,
    NotificationsPersonalData,
    AssociationClosingNotices,
  ],
  exports: [NotificationsService, NotificationDigestService, NotificationPreferencesService],
})
export class NotificationsModule {
  /** Its tables, for the TypeORM CLI's data source (apps/api/src/entities.ts reads them from DOMAIN_MODULES). */
  static readonly entities = NOTIFICATIONS_ENTITIES;
}
