import { Injectable } from '@nestjs/common';
import { MemberContact, MembershipReads } from '@assoc/associations-api';
import { personName } from '@assoc/identity-domain';
import { EmailFrequency, notificationPath } from '@assoc/notifications-domain';
import { AppConfig, Clock, Locale, MailOutbox } from '@assoc/platform-api';
import { EntityManager, In } from 'typeorm';
import { digestMail, MailedNotification, notificationMail } from './notification-mails';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationUnsubscribeService } from './notification-unsubscribe.service';
import { NotificationEntity } from './notification.entity';

/** Turns notifications into mails through the outbox, in each recipient's language. */
/** Who caused a notification, as the recipient reads it ("Former member" once that account is closed). */
function actorName(actor: MemberContact | undefined, locale: Locale | null | undefined): string | null {
  return actor ? personName(actor, locale ?? Locale.FR) : null;
}

@Injectable()
export class NotificationMailer {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly preferences: NotificationPreferencesService,
    private readonly unsubscribe: NotificationUnsubscribeService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly memberships: MembershipReads,
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
   * emitting transaction, and marks them mailed. `members` holds the recipients and the actor.
   */
  async mailImmediately(
    manager: EntityManager,
    rows: readonly NotificationEntity[],
    members: ReadonlyMap<string, MemberContact>,
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
      if (!recipient || frequencies.get(n.recipientMembershipId) !== EmailFrequency.IMMEDIATELY) continue;
      const unsubscribe = await this.unsubscribe.links(manager, {
        associationId: n.associationId,
        membershipId: recipient.membershipId,
        kind: n.kind,
      });
      await this.outbox.enqueue(
        manager,
        notificationMail({
          to: recipient.email,
          name: recipient.name,
          locale: recipient.locale,
          associationName: recipient.associationName,
          notification: this.describe(n, actorName(members.get(n.actorMembershipId ?? ''), recipient.locale)),
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
    recipient: MemberContact,
    rows: readonly NotificationEntity[],
  ): Promise<void> {
    const actorIds = [...new Set(rows.map((n) => n.actorMembershipId).filter((id): id is string => !!id))];
    const actors = await this.memberships.contacts(recipient.associationId, actorIds, manager);
    const names = new Map(actors.map((a) => [a.membershipId, personName(a, recipient.locale ?? Locale.FR)]));
    const unsubscribe = await this.unsubscribe.links(manager, {
      associationId: recipient.associationId,
      membershipId: recipient.membershipId,
      kind: null,
    });
    await this.outbox.enqueue(
      manager,
      digestMail({
        to: recipient.email,
        name: recipient.name,
        locale: recipient.locale ?? Locale.FR,
        associationName: recipient.associationName,
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
