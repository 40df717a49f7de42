import { Injectable } from '@nestjs/common';
import { MembershipEntity } from '@assoc/associations-api';
import { EmailFrequency, notificationPath } from '@assoc/notifications-domain';
import { AppConfig, Clock, Locale, MailOutbox } from '@assoc/platform-api';
import { EntityManager, In } from 'typeorm';
import { digestMail, MailedNotification, notificationMail } from './notification-mails';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationUnsubscribeService } from './notification-unsubscribe.service';
import { NotificationEntity } from './notification.entity';

/** Turns notifications into mails through the outbox, in each recipient's language. */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly preferences: NotificationPreferencesService,
    private readonly unsubscribe: NotificationUnsubscribeService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private get base(): string {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }

  /** Where a notification opens in the app: its post or project, else the notification list. */
  link(n: Pick<NotificationEntity, 'subjectType' | 'subjectId' | 'data'>): string {
    const target = notificationPath({ subjectType: n.subjectType, subjectId: n.subjectId, postId: n.data.postId });
    return target
      ? `${this.base}${target.path.join('/')}${target.fragment ? `#${target.fragment}` : ''}`
      : `${this.base}/notifications`;
  }

  /**
   * Mails at once the new notifications whose recipients chose IMMEDIATELY for that kind, in the
   * emitting transaction, and marks them mailed. `members` holds the recipients (with user and
   * association) and the actor.
   */
  async mailImmediately(
    manager: EntityManager,
    rows: readonly NotificationEntity[],
    members: ReadonlyMap<string, MembershipEntity>,
  ): Promise<void> {
    if (!rows.length) return;
    const frequencies = await this.preferences.frequencyOf(
      manager,
      rows.map((n) => n.recipientMembershipId),
      rows[0].kind,
    );
    const mailed: string[] = [];
    for (const n of rows) {
      const recipient = members.get(n.recipientMembershipId);
      if (
        !recipient?.user ||
        !recipient.association ||
        frequencies.get(n.recipientMembershipId) !== EmailFrequency.IMMEDIATELY
      )
        continue;
      const unsubscribe = await this.unsubscribe.links(manager, {
        associationId: n.associationId,
        membershipId: recipient.id,
        kind: n.kind,
      });
      await this.outbox.enqueue(
        manager,
        notificationMail({
          to: recipient.user.email,
          name: recipient.user.name,
          locale: recipient.user.locale,
          associationName: recipient.association.name,
          notification: this.describe(n, members.get(n.actorMembershipId ?? '')?.user?.name ?? null),
          unsubscribeLink: unsubscribe.page,
          unsubscribeHeaders: unsubscribe.headers,
        }),
      );
      mailed.push(n.id);
    }
    if (mailed.length) await manager.update(NotificationEntity, { id: In(mailed) }, { emailedAt: this.clock.now() });
  }

  /** Queues one member's digest of `rows` (in the caller's transaction). */
  async mailDigest(
    manager: EntityManager,
    recipient: MembershipEntity,
    rows: readonly NotificationEntity[],
  ): Promise<void> {
    if (!recipient.user || !recipient.association)
      throw new Error('digest recipient loaded without user and association');
    const actorIds = [...new Set(rows.map((n) => n.actorMembershipId).filter((id): id is string => !!id))];
    const actors = actorIds.length
      ? await manager.find(MembershipEntity, { where: { id: In(actorIds) }, relations: { user: true } })
      : [];
    const names = new Map(actors.map((a) => [a.id, a.user?.name ?? null]));
    const unsubscribe = await this.unsubscribe.links(manager, {
      associationId: recipient.associationId,
      membershipId: recipient.id,
      kind: null,
    });
    await this.outbox.enqueue(
      manager,
      digestMail({
        to: recipient.user.email,
        name: recipient.user.name,
        locale: recipient.user.locale ?? Locale.FR,
        associationName: recipient.association.name,
        notifications: rows.map((n) => this.describe(n, names.get(n.actorMembershipId ?? '') ?? null)),
        notificationsLink: `${this.base}/notifications`,
        unsubscribeLink: unsubscribe.page,
        unsubscribeHeaders: unsubscribe.headers,
      }),
    );
  }

  private describe(n: NotificationEntity, actorName: string | null): MailedNotification {
    return {
      kind: n.kind,
      actorName,
      excerpt: n.data.excerpt,
      reason: n.data.reason,
      outcome: n.data.outcome,
      link: this.link(n),
    };
  }
}
