import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index } from 'typeorm';

/**
 * The claim on one member's digest for one day (in the association's time zone). Inserted with
 * ON CONFLICT DO NOTHING in the transaction that queues the mail: whichever instance inserts it
 * sends the digest, every other one skips, so a member gets at most one digest a day.
 */
@Entity('notification_digests')
@Index('notification_digests_member_day', ['membershipId', 'day'], { unique: true })
export class NotificationDigestEntity extends AssociationScopedEntity {
  @Column('uuid')
  membershipId!: string;

  /** The local date, YYYY-MM-DD. */
  @Column('date')
  day!: string;

  @Column('int', { default: 0 })
  notificationCount!: number;
}
