import { MembershipEntity } from '@assoc/associations-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/**
 * A member's private calendar subscription: the keyed hash of the secret token in its URL. At most
 * one live feed per member (renewing revokes the previous one); a revoked feed answers nothing.
 */
@Entity('calendar_feeds')
@Index('calendar_feeds_token', ['tokenHash'], { unique: true })
@Index('calendar_feeds_one_live', ['membershipId'], { unique: true, where: '"revokedAt" IS NULL' })
export class CalendarFeedEntity extends AssociationScopedEntity {
  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE' }) membership?: MembershipEntity;
  @Column('uuid') membershipId!: string;
  @Column('text') tokenHash!: string;
  @Column('timestamptz', { nullable: true }) revokedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) lastReadAt!: Date | null;
}
