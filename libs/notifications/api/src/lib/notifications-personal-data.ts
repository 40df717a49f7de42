import { Injectable, OnModuleInit } from '@nestjs/common';
import { MembershipReads } from '@assoc/associations-api';
import { NotificationKind } from '@assoc/notifications-domain';
import { DataPart, dataTime, MailOutbox, PersonalData, PersonSubject } from '@assoc/platform-api';
import { EntityManager, In } from 'typeorm';
import { NotificationDigestEntity } from './notification-digest.entity';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationUnsubscribeTokenEntity } from './notification-unsubscribe-token.entity';
import { NotificationEntity } from './notification.entity';

const iso = dataTime;

/** Notifications that quote or point at what their actor wrote: they go with the actor's words. */
const QUOTING_THE_ACTOR = [
  NotificationKind.COMMENT_ON_MY_POST,
  NotificationKind.REPLY_TO_MY_COMMENT,
  NotificationKind.MENTION,
  NotificationKind.ANNOUNCEMENT,
];

/**
 * What the notifications domain holds about a person (issue 25): the notifications they received, their e-mail
 * preferences, their daily digests and the unsubscribe links mailed to them (the tokens themselves are never
 * kept). Erasing the person deletes all of it, so every unsubscribe link of theirs stops working; deletes the
 * notifications in others' inboxes that quote what they wrote (comments, replies, mentions, announcements: those
 * words are erased in the network), while the others they caused (a moderation, a project decided, an offer
 * reviewed) stay the recipients' records under "Ancien membre"; and drops every mail still queued to their
 * address (the platform's outbox). An association's notifications are each member's own inbox, taken in each
 * member's export: the association's export holds none; erasing the association deletes them all.
 */
@Injectable()
export class NotificationsPersonalData implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalData,
    private readonly memberships: MembershipReads,
    private readonly outbox: MailOutbox,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      domain: 'notifications',
      exportPerson: (subject, manager) => this.exportPerson(subject, manager),
      erasePerson: (subject, manager) => this.erasePerson(subject, manager),
      exportAssociation: async () => ({ sections: [] }),
      eraseAssociation: (associationId, manager) => this.eraseAssociation(associationId, manager),
    });
  }

  private async membershipIds(subject: PersonSubject, manager: EntityManager): Promise<string[]> {
    return (await this.memberships.personMemberships(subject.userId, subject.associationIds, manager)).map((m) => m.id);
  }

  async exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart> {
    const ids = await this.membershipIds(subject, manager);
    if (!ids.length) return { sections: [] };
    const scope = { associationId: In([...subject.associationIds]) };
    const order = { createdAt: 'ASC' as const, id: 'ASC' as const };
    const notifications = await manager.find(NotificationEntity, {
      where: { ...scope, recipientMembershipId: In(ids) },
      order,
    });
    const preferences = await manager.find(NotificationPreferenceEntity, {
      where: { ...scope, membershipId: In(ids) },
      order,
    });
    const digests = await manager.find(NotificationDigestEntity, { where: { ...scope, membershipId: In(ids) }, order });
    const links = await manager.find(NotificationUnsubscribeTokenEntity, {
      where: { ...scope, membershipId: In(ids) },
      order,
    });
    return {
      sections: [
        {
          name: 'notifications-notifications',
          description: {
            fr: 'Les notifications reçues : ce qui s’est passé, sur quoi, l’extrait montré, lue et envoyée par e-mail quand.',
            en: 'The notifications you received: what happened, about what, the excerpt shown, when read and mailed.',
          },
          columns: ['kind', 'subjectType', 'subjectId', 'excerpt', 'reason', 'createdAt', 'readAt', 'emailedAt'],
          rows: notifications.map((n) => ({
            kind: n.kind,
            subjectType: n.subjectType,
            subjectId: n.subjectId,
            excerpt: n.data.excerpt ?? null,
            reason: n.data.reason ?? null,
            createdAt: iso(n.createdAt),
            readAt: iso(n.readAt),
            emailedAt: iso(n.emailedAt),
          })),
        },
        {
          name: 'notifications-preferences',
          description: {
            fr: 'Vos choix d’e-mails par sorte de notification (sans ligne : le réglage par défaut).',
            en: 'Your e-mail choices by kind of notification (no row: the default).',
          },
          columns: ['kind', 'frequency', 'updatedAt'],
          rows: preferences.map((p) => ({ kind: p.kind, frequency: p.frequency, updatedAt: iso(p.updatedAt) })),
        },
        {
          name: 'notifications-digests',
          description: {
            fr: 'Les résumés quotidiens envoyés : jour et nombre de notifications.',
            en: 'The daily digests sent: day and number of notifications.',
          },
          columns: ['day', 'notificationCount'],
          rows: digests.map((d) => ({ day: d.day, notificationCount: d.notificationCount })),
        },
        {
          name: 'notifications-unsubscribe-links',
          description: {
            fr: 'Les liens de désinscription envoyés dans vos e-mails (le lien lui-même n’est pas conservé) : sorte, date, utilisé.',
            en: 'The unsubscribe links sent in your mails (the link itself is not kept): kind, when, used.',
          },
          columns: ['kind', 'createdAt', 'usedAt'],
          rows: links.map((l) => ({ kind: l.kind, createdAt: iso(l.createdAt), usedAt: iso(l.usedAt) })),
        },
      ],
    };
  }

  async erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void> {
    const memberships = await this.memberships.personMemberships(subject.userId, subject.associationIds, manager);
    if (!memberships.length) return;
    const ids = memberships.map((m) => m.id);
    const scope = { associationId: In([...subject.associationIds]) };
    await manager.delete(NotificationEntity, { ...scope, recipientMembershipId: In(ids) });
    await manager.delete(NotificationEntity, {
      ...scope,
      actorMembershipId: In(ids),
      kind: In(QUOTING_THE_ACTOR),
    });
    await manager.delete(NotificationPreferenceEntity, { ...scope, membershipId: In(ids) });
    await manager.delete(NotificationDigestEntity, { ...scope, membershipId: In(ids) });
    await manager.delete(NotificationUnsubscribeTokenEntity, { ...scope, membershipId: In(ids) });
    // Their address, read before identity replaces it (identity's erasure runs last in the closing).
    const [contact] = await this.memberships.contacts(memberships[0].associationId, [ids[0]], manager);
    if (contact?.email) await this.outbox.dropUnsent(manager, contact.email);
  }

  async eraseAssociation(associationId: string, manager: EntityManager): Promise<void> {
    for (const entity of [
      NotificationEntity,
      NotificationPreferenceEntity,
      NotificationDigestEntity,
      NotificationUnsubscribeTokenEntity,
    ])
      await manager.delete(entity, { associationId });
  }
}
