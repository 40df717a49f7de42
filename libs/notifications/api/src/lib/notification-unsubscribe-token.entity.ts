import { NotificationKind } from '@assoc/notifications-domain';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index } from 'typeorm';

/**
 * The link at the bottom of a notification mail, usable once without logging in. Only the keyed
 * hash of the random token is kept. `kind` null: every kind (the daily digest's link).
 */
@Entity('notification_unsubscribe_tokens')
export class NotificationUnsubscribeTokenEntity extends AssociationScopedEntity {
  @Index('notification_unsubscribe_tokens_hash', { unique: true })
  @Column('text')
  tokenHash!: string;

  @Index()
  @Column('uuid')
  membershipId!: string;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind', nullable: true })
  kind!: NotificationKind | null;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;
}
