import { MembershipEntity } from '@assoc/associations-api';
import { CashmobStatus } from '@assoc/cashmobs-domain';
import { ShopEntity } from '@assoc/directory-api';
import { AssociationScopedEntity, CENTS } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/**
 * A cashmob in a member's shop. Its status changes only through the domain's `transitionAt`
 * (CashmobWorkflowService); the row is locked FOR UPDATE whenever sign-ups or status change, which
 * serialises capacity decisions. Times are UTC.
 */
@Entity('cashmobs')
@Index('cashmobs_by_time', ['associationId', 'createdAt'])
@Index('cashmobs_by_start', ['associationId', 'startsAt'])
/** GiST on ("associationId", tstzrange("startsAt", "endsAt")): the calendar's periods (migration CalendarPeriods). */
@Index('cashmobs_by_period', { synchronize: false })
@Index('cashmobs_due', ['status', 'startsAt'])
export class CashmobEntity extends AssociationScopedEntity {
  @ManyToOne(() => ShopEntity, { onDelete: 'RESTRICT' }) shop?: ShopEntity;
  @Column('uuid') shopId!: string;
  /** The shop's owner when proposed: the one who answers, hosts and records the result. */
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) hostMembership?: MembershipEntity;
  @Column('uuid') hostMembershipId!: string;
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) organiserMembership?: MembershipEntity;
  @Column('uuid') organiserMembershipId!: string;

  @Column({ type: 'enum', enum: CashmobStatus, enumName: 'cashmob_status', default: CashmobStatus.PROPOSED })
  status!: CashmobStatus;
  @Column('timestamptz') startsAt!: Date;
  @Column('timestamptz') endsAt!: Date;
  @Column('text') meetingPoint!: string;
  @Column('int') spendMinCents!: number;
  @Column('int') spendMaxCents!: number;
  /** Null: no limit. */
  @Column('int', { nullable: true }) capacity!: number | null;
  /** The organiser's message, shown on the public page as the shop's story. */
  @Column('text', { default: '' }) message!: string;

  /** The shop's other slot while COUNTER_PROPOSED, with its message (also the decline message). */
  @Column('timestamptz', { nullable: true }) counterStartsAt!: Date | null;
  @Column('timestamptz', { nullable: true }) counterEndsAt!: Date | null;
  @Column('text', { nullable: true }) shopMessage!: string | null;

  /** The public page's address: 16 random bytes, base64url; unguessable. */
  @Index('cashmobs_slug', { unique: true }) @Column('text') slug!: string;
  @Column('timestamptz', { nullable: true }) publishedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) declinedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) cancelledAt!: Date | null;
  @Column('text', { nullable: true }) cancelReason!: string | null;

  @Column('int', { nullable: true }) salesCount!: number | null;
  @Column('bigint', { nullable: true, transformer: CENTS }) revenueCents!: number | null;
  @Column('bigint', { nullable: true, transformer: CENTS }) ordinaryRevenueCents!: number | null;
  @Column('timestamptz', { nullable: true }) completedAt!: Date | null;

  /** The last sign-up position handed out (incremented under the row lock). */
  @Column('int', { default: 0 }) lastPosition!: number;
  /** When the sign-ups' personal data was anonymised (30 days after the end). */
  @Column('timestamptz', { nullable: true }) purgedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) updatedAt!: Date | null;
}
