import { NotificationKind, ProjectOutcome } from '@assoc/notifications-domain';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index } from 'typeorm';

/**
 * One notification for one member. Generic and typed: `kind` says what happened, `subjectType` and
 * `subjectId` what to open, `data` the few words to show (an excerpt, a moderation reason).
 */
@Entity('notifications')
@Index('notifications_recipient_feed', ['recipientMembershipId', 'createdAt', 'id'])
@Index('notifications_recipient_unread', ['recipientMembershipId'], { where: '"readAt" IS NULL' })
@Index('notifications_not_mailed', ['recipientMembershipId', 'createdAt'], {
  where: '"readAt" IS NULL AND "emailedAt" IS NULL',
})
export class NotificationEntity extends AssociationScopedEntity {
  @Column('uuid')
  recipientMembershipId!: string;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  /** Who caused it (null for the system). */
  @Column('uuid', { nullable: true })
  actorMembershipId!: string | null;

  @Column('text')
  subjectType!: string;

  @Column('uuid', { nullable: true })
  subjectId!: string | null;

  @Column('jsonb', { default: () => `'{}'::jsonb` })
  data!: { excerpt?: string; reason?: string; postId?: string; outcome?: ProjectOutcome };

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  /** When it was mailed, alone or in a digest (null: not mailed yet, or never to be). */
  @Column('timestamptz', { nullable: true })
  emailedAt!: Date | null;
}
