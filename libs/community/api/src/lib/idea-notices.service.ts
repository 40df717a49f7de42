import { Injectable } from '@nestjs/common';
import { AssociationReads } from '@assoc/associations-api';
import { IdeaStatus } from '@assoc/community-domain';
import { CustomerReads } from '@assoc/customers-api';
import { NotificationKind } from '@assoc/notifications-domain';
import { NotificationsService } from '@assoc/notifications-api';
import { AppConfig, MailContent, MailOutbox, renderMail } from '@assoc/platform-api';
import { EntityManager } from 'typeorm';
import { communityPaths } from './community-paths';
import { IdeaEntity } from './idea.entity';

const ANSWERS = {
  fr: {
    [IdeaStatus.ACCEPTED]: 'acceptée',
    [IdeaStatus.UNDER_STUDY]: 'à l’étude',
    [IdeaStatus.DECLINED]: 'refusée',
    [IdeaStatus.OPEN]: 'ouverte',
  },
  en: {
    [IdeaStatus.ACCEPTED]: 'accepted',
    [IdeaStatus.UNDER_STUDY]: 'under study',
    [IdeaStatus.DECLINED]: 'declined',
    [IdeaStatus.OPEN]: 'open',
  },
} as const;

/** The mail telling a customer the board answered their idea, in their language (transactional: about their own idea). */
export function ideaAnsweredMail(f: {
  to: string;
  firstName: string;
  language: 'fr' | 'en';
  associationName: string;
  title: string;
  status: IdeaStatus;
  reason: string;
  link: string;
}): MailContent {
  const answer = ANSWERS[f.language][f.status];
  if (f.language === 'en')
    return renderMail({
      to: f.to,
      subject: `Your idea is ${answer} – ${f.associationName}`,
      greeting: `Hello ${f.firstName},`,
      paragraphs: [
        `The board of ${f.associationName} answered your idea “${f.title}”: ${answer}.`,
        `Their reason: ${f.reason}`,
      ],
      action: { label: 'See my idea', url: f.link },
      footer: `You receive this mail because you proposed this idea in the ideas box.`,
    });
  return renderMail({
    to: f.to,
    subject: `Votre idée est ${answer} – ${f.associationName}`,
    greeting: `Bonjour ${f.firstName},`,
    paragraphs: [
      `Le bureau de ${f.associationName} a répondu à votre idée « ${f.title} » : ${answer}.`,
      `Sa raison : ${f.reason}`,
    ],
    action: { label: 'Voir mon idée', url: f.link },
    footer: `Vous recevez ce message parce que vous avez proposé cette idée dans la boîte à idées.`,
  });
}

/**
 * Tells an idea's author the board answered it, in the answer's transaction: a member through the
 * notifications domain (IDEA_ANSWERED, opening the idea's page), a customer by mail through the platform's
 * outbox in their language (nothing for an erased customer).
 */
@Injectable()
export class IdeaNotices {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly customers: CustomerReads,
    private readonly associations: AssociationReads,
    private readonly outbox: MailOutbox,
    private readonly config: AppConfig,
  ) {}

  async answered(manager: EntityManager, idea: IdeaEntity, boardMembershipId: string): Promise<void> {
    if (idea.authorMembershipId) {
      await this.notifications.emit(manager, {
        associationId: idea.associationId,
        kind: NotificationKind.IDEA_ANSWERED,
        recipientMembershipIds: [idea.authorMembershipId],
        actorMembershipId: boardMembershipId,
        subject: { type: 'IDEA', id: idea.id },
        data: { excerpt: idea.title, reason: idea.answerReason ?? '' },
      });
      return;
    }
    if (!idea.authorCustomerId) return;
    const card = await this.customers.byId(manager, idea.associationId, idea.authorCustomerId);
    if (!card || card.erased || !card.email) return;
    const association = await this.associations.summary(idea.associationId, manager);
    if (!association) return;
    const base = this.config.PUBLIC_URL.replace(/\/$/, '');
    await this.outbox.enqueue(
      manager,
      ideaAnsweredMail({
        to: card.email,
        firstName: card.firstName,
        language: card.language,
        associationName: association.name,
        title: idea.title,
        status: idea.status,
        reason: idea.answerReason ?? '',
        link: `${base}${communityPaths.idea(association.slug, idea.id)}?lang=${card.language}`,
      }),
    );
  }
}
