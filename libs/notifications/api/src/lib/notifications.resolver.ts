import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Allow,
  CurrentMember,
  HttpRequest,
  Locale,
  Member,
  Permission,
  RequestLocale,
  requestLoader,
  uuidArg,
} from '@assoc/platform-api';
import { personName } from '@assoc/identity-domain';
import { MembershipReads } from '@assoc/associations-api';
import { toNotificationModel } from './notification.mapper';
import { NotificationConnection, NotificationModel } from './notification.models';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly memberships: MembershipReads,
  ) {}

  @Allow(Permission.ViewDirectory)
  @Query(() => NotificationConnection, {
    description: "The caller's notifications in the current association, newest first.",
  })
  async notifications(
    @Member() member: CurrentMember,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<NotificationConnection> {
    const page = await this.service.page(member, Math.min(Math.max(first, 1), 100), after);
    return {
      nodes: page.notifications.map(toNotificationModel),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }

  @Allow(Permission.ViewDirectory)
  @Query(() => Int)
  unreadNotificationCount(@Member() member: CurrentMember): Promise<number> {
    return this.service.unreadCount(member);
  }

  @Allow(Permission.ViewDirectory)
  @Mutation(() => NotificationModel)
  async markNotificationRead(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<NotificationModel> {
    return toNotificationModel(await this.service.markRead(member, id));
  }

  @Allow(Permission.ViewDirectory)
  @Mutation(() => Int, { description: 'Marks every notification read; returns how many were unread.' })
  markAllNotificationsRead(@Member() member: CurrentMember): Promise<number> {
    return this.service.markAllRead(member);
  }

  /** Batched per request: one query for all the actors of a page. */
  @ResolveField(() => String, { nullable: true })
  async actorName(
    @Parent() n: NotificationModel,
    @Member() member: CurrentMember,
    @Context('req') req: HttpRequest,
    @RequestLocale() locale: Locale,
  ): Promise<string | null> {
    if (!n.actorMembershipId) return null;
    const loader = requestLoader<string, string | null>(
      req,
      `notification-actor-names:${member.associationId}:${locale}`,
      async (ids) => {
        const names = new Map(
          (await this.memberships.contacts(member.associationId, ids)).map((m) => [
            m.membershipId,
            personName(m, locale),
          ]),
        );
        return ids.map((id) => names.get(id) ?? null);
      },
    );
    return loader.load(n.actorMembershipId);
  }
}
