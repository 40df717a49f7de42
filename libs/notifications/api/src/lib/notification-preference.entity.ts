import { EmailFrequency, NotificationKind } from '@assoc/notifications-domain';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, UpdateDateColumn } from 'typeorm';

/**
 * How one member wants to be told by e-mail about one kind of notification. No row: the kind's
 * default (DEFAULT_EMAIL_FREQUENCY).
 */
@Entity('notification_preferences')
@Index('notification_preferences_member_kind', ['membershipId', 'kind'], { unique: true })
export class NotificationPreferenceEntity extends AssociationScopedEntity {
  @Column('uuid')
  membershipId!: string;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column({ type: 'enum', enum: EmailFrequency, enumName: 'email_frequency' })
  frequency!: EmailFrequency;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
