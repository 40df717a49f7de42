import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MembershipReads } from '@assoc/associations-api';
import { NotificationKind, NotificationSubjectType } from '@assoc/notifications-domain';
import { AppError, Clock, CurrentMember, decodeCursor, encodeCursor } from '@assoc/platform-api';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { NotificationEvents } from './notification-events.service';
import { NotificationMailer } from './notification-mailer.service';
import { NotificationEntity } from './notification.entity';

export interface NotificationToEmit {
  associationId: string;
  kind: NotificationKind;
  /** Memberships to notify (the actor, duplicates, and anyone not an active member of the association are skipped). */
  recipientMembershipIds: readonly string[];
  actorMembershipId: string | null;
  subject: { type: NotificationSubjectType; id: string | null };
  data?: NotificationEntity['data'];
}

export interface NotificationPage {
  notifications: NotificationEntity[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The one door through which every domain notifies members. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly mailer: NotificationMailer,
    private readonly events: NotificationEvents,
    private readonly clock: Clock,
    private readonly memberships: MembershipReads,
  ) {}

  /**
   * Records notifications inside the caller's transaction, so they exist exactly when the change
   * that causes them does; in the same transaction, queues the mail of recipients who chose
   * IMMEDIATELY for that kind and publishes the real-time event (delivered on commit). Returns the
   * rows written.
   */
  async emit(manager: EntityManager, notification: NotificationToEmit): Promise<NotificationEntity[]> {
    const wanted = [...new Set(notification.recipientMembershipIds)].filter(
      (id) => id !== notification.actorMembershipId,
    );
    if (!wanted.length) return [];
    const members = await this.memberships.contacts(
      notification.associationId,
      [...wanted, ...(notification.actorMembershipId ? [notification.actorMembershipId] : [])],
      manager,
    );
    const byId = new Map(members.map((m) => [m.membershipId, m]));
    const recipients = wanted.filter((id) => byId.get(id) && !byId.get(id)?.removed);
    if (!recipients.length) return [];
    // Written at the clock's now: the digest takes what was created by its own now.
    const createdAt = this.clock.now();
    const rows = recipients.map((recipientMembershipId) =>
      manager.create(NotificationEntity, {
        associationId: notification.associationId,
        recipientMembershipId,
        kind: notification.kind,
        actorMembershipId: notification.actorMembershipId,
        subjectType: notification.subject.type,
        subjectId: notification.subject.id,
        data: notification.data ?? {},
        readAt: null,
        emailedAt: null,
        createdAt,
      }),
    );
    const saved = await manager.save(rows);
    await this.mailer.mailImmediately(manager, saved, byId);
    await this.events.created(manager, saved);
    return saved;
  }

  /** The member's notifications, newest first, keyset-paginated. */
  async page(member: CurrentMember, first: number, after?: string | null): Promise<NotificationPage> {
    const query = this.notifications
      .createQueryBuilder('n')
      .where('n.associationId = :a AND n.recipientMembershipId = :m', {
        a: member.associationId,
        m: member.membershipId,
      })
      // Milliseconds: the precision a cursor carries through JavaScript dates.
      .orderBy(`date_trunc('milliseconds', n.createdAt)`, 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(first + 1);
    if (after) {
      const cursor = decodeCursor(after, 2);
      if (!cursor) throw AppError.field('after', 'invalid');
      query.andWhere(`(date_trunc('milliseconds', n.createdAt), n.id) < (:at::timestamptz, :id::uuid)`, {
        at: cursor[0],
        id: cursor[1],
      });
    }
    const rows = await query.getMany();
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return {
      notifications: page,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  unreadCount(member: CurrentMember): Promise<number> {
    return this.notifications.count({
      where: { associationId: member.associationId, recipientMembershipId: member.membershipId, readAt: IsNull() },
    });
  }

  async markRead(member: CurrentMember, id: string): Promise<NotificationEntity> {
    const found = await this.notifications.findOne({
      where: { id, associationId: member.associationId, recipientMembershipId: member.membershipId },
    });
    if (!found) throw AppError.notFound();
    if (!found.readAt) {
      found.readAt = this.clock.now();
      const result = await this.notifications.update({ id, readAt: IsNull() }, { readAt: found.readAt });
      if (result.affected) await this.events.read(this.notifications.manager, member.membershipId);
    }
    return found;
  }

  async markAllRead(member: CurrentMember): Promise<number> {
    const result = await this.notifications.update(
      { associationId: member.associationId, recipientMembershipId: member.membershipId, readAt: IsNull() },
      { readAt: this.clock.now() },
    );
    if (result.affected) await this.events.read(this.notifications.manager, member.membershipId);
    return result.affected ?? 0;
  }
}
