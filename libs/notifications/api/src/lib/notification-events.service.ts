import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CurrentMember, PubSub, pubSubStream } from '@assoc/platform-api';
import { EntityManager, Repository } from 'typeorm';
import { NotificationEntity } from './notification.entity';
import { toNotificationModel } from './notification.mapper';
import { NotificationModel } from './notification.models';

/** One topic per membership: an event never reaches anyone but its recipient. */
const topicOf = (membershipId: string) => `notifications:${membershipId}`;

type NotificationEvent = { type: 'created'; id: string } | { type: 'read' };

/**
 * Real-time side of notifications. Events carry ids only and are published in the transaction that
 * causes them (delivered on commit, to every API instance); subscribers load what they show, scoped
 * to their own membership and association.
 */
@Injectable()
export class NotificationEvents {
  constructor(
    private readonly pubSub: PubSub,
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
  ) {}

  async created(manager: EntityManager, rows: readonly NotificationEntity[]): Promise<void> {
    await this.pubSub.publish(
      manager,
      rows.map((n) => ({
        topic: topicOf(n.recipientMembershipId),
        payload: { type: 'created', id: n.id } satisfies NotificationEvent,
      })),
    );
  }

  async read(manager: EntityManager, membershipId: string): Promise<void> {
    await this.pubSub.publish(manager, [
      { topic: topicOf(membershipId), payload: { type: 'read' } satisfies NotificationEvent },
    ]);
  }

  /** New notifications of this member, as they are committed. */
  received(member: CurrentMember): AsyncIterableIterator<NotificationModel> {
    return pubSubStream(this.pubSub, topicOf(member.membershipId), async (payload) => {
      const event = payload as Partial<NotificationEvent>;
      if (event.type !== 'created' || typeof event.id !== 'string') return undefined;
      const found = await this.notifications.findOne({
        where: { id: event.id, associationId: member.associationId, recipientMembershipId: member.membershipId },
      });
      return found ? toNotificationModel(found) : undefined;
    });
  }

  /**
   * The member's unread count: at once (so a client that reconnects after missing events is right
   * again), then recounted whenever a notification arrives or is read.
   */
  unreadCounts(member: CurrentMember, count: () => Promise<number>): AsyncIterableIterator<number> {
    return pubSubStream(this.pubSub, topicOf(member.membershipId), () => count(), { first: count });
  }
}
