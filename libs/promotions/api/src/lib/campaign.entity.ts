import { MembershipEntity } from '@assoc/associations-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { CampaignChannel, CampaignStatus } from '@assoc/promotions-domain';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

/**
 * A campaign (temps fort). `status` is the domain's `statusAt(campaign, now)` as last written by
 * the transitions job (for listings and the calendar); decisions always recompute it from the
 * clock, so a late job never lets a code through after the end. Times are UTC.
 */
@Entity('campaigns')
@Index('campaigns_by_time', ['associationId', 'createdAt'])
@Index('campaigns_by_start', ['associationId', 'startsAt'])
/** GiST on ("associationId", tstzrange("startsAt", "endsAt")): the calendar's periods (migration CalendarPeriods). */
@Index('campaigns_by_period', { synchronize: false })
@Index('campaigns_due', ['status'])
export class CampaignEntity extends AssociationScopedEntity {
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) createdByMembership?: MembershipEntity;
  @Column('uuid') createdByMembershipId!: string;
  @Column('text') title!: string;
  @Column('text', { default: '' }) theme!: string;
  @Column('text', { default: '' }) description!: string;
  /** File name under uploads/campaigns, or null. */
  @Column('text', { nullable: true }) coverFile!: string | null;
  @Column('timestamptz') startsAt!: Date;
  @Column('timestamptz') endsAt!: Date;
  @Column('timestamptz') enrolmentDeadline!: Date;
  @Column({ type: 'enum', enum: CampaignChannel, enumName: 'campaign_channel' }) channels!: CampaignChannel;
  @Column('int', { nullable: true }) minDiscountPercent!: number | null;
  /** Trades invited to enrol (TradeCategory values); empty: every trade. */
  @Column('text', { array: true, default: () => `'{}'` }) invitedTrades!: string[];
  @Column({ type: 'enum', enum: CampaignStatus, enumName: 'campaign_status', default: CampaignStatus.DRAFT })
  status!: CampaignStatus;
  /** The public page's address: 16 random bytes, base64url. */
  @Index('campaigns_slug', { unique: true }) @Column('text') slug!: string;
  @Column('timestamptz', { nullable: true }) publishedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) cancelledAt!: Date | null;
  @Column('text', { nullable: true }) cancelReason!: string | null;
  @Column('timestamptz', { nullable: true }) updatedAt!: Date | null;
  /** Where the campaign came from (issue 17: an idea of the ideas box), shown on its pages with a link; null: none. */
  @Column('text', { nullable: true }) originLabel!: string | null;
  @Column('text', { nullable: true }) originLink!: string | null;
}
