import { Int, Resolver, Subscription } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { NotificationEvents } from './notification-events.service';
import { NotificationModel } from './notification.models';
import { NotificationsService } from './notifications.service';

/**
 * Real-time notifications over the GraphQL WebSocket (graphql-ws), for the member the socket was
 * opened as, in the association it was opened for.
 */
@Resolver()
export class NotificationSubscriptionsResolver {
  constructor(
    private readonly events: NotificationEvents,
    private readonly notifications: NotificationsService,
  ) {}

  @Allow(Permission.ViewDirectory)
  @Subscription(() => NotificationModel, {
    description: "Each new notification of the caller's, as it is committed.",
    resolve: (value: NotificationModel) => value,
  })
  notificationReceived(@Member() member: CurrentMember): AsyncIterableIterator<NotificationModel> {
    return this.events.received(member);
  }

  @Allow(Permission.ViewDirectory)
  @Subscription(() => Int, {
    description: "The caller's unread count: at once, then each time it may have changed (new notification, read).",
    resolve: (value: number) => value,
  })
  unreadNotificationCountChanged(@Member() member: CurrentMember): AsyncIterableIterator<number> {
    return this.events.unreadCounts(member, () => this.notifications.unreadCount(member));
  }
}
