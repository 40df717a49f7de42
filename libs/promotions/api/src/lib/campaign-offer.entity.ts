import { MembershipEntity } from '@assoc/associations-api';
import { ShopEntity } from '@assoc/directory-api';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { OfferKind, OfferStatus } from '@assoc/promotions-domain';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';
import { CampaignEntity } from './campaign.entity';

/**
 * A shop's offer in a campaign (one per shop and campaign). `redemptionCount` is incremented by a
 * conditional UPDATE in the redemption's transaction; the CHECK constraint holds the use limit
 * whatever the concurrency.
 */
@Entity('campaign_offers')
@Index('campaign_offers_by_time', ['associationId', 'createdAt'])
@Index('campaign_offers_one_per_shop', ['campaignId', 'shopId'], { unique: true })
@Index('campaign_offers_by_shop', ['shopId'])
@Check('campaign_offers_within_limit', `"maxUses" IS NULL OR "redemptionCount" <= "maxUses"`)
export class CampaignOfferEntity extends AssociationScopedEntity {
  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' }) campaign?: CampaignEntity;
  @Column('uuid') campaignId!: string;
  @ManyToOne(() => ShopEntity, { onDelete: 'RESTRICT' }) shop?: ShopEntity;
  @Column('uuid') shopId!: string;
  /** The shop's owner when enrolled. */
  @ManyToOne(() => MembershipEntity, { onDelete: 'RESTRICT' }) ownerMembership?: MembershipEntity;
  @Column('uuid') ownerMembershipId!: string;
  @Column({ type: 'enum', enum: OfferKind, enumName: 'campaign_offer_kind' }) kind!: OfferKind;
  @Column('int', { nullable: true }) percentOff!: number | null;
  @Column('int', { nullable: true }) amountOffCents!: number | null;
  @Column('text', { default: '' }) description!: string;
  @Column('text', { default: '' }) conditions!: string;
  @Column('int', { nullable: true }) maxUses!: number | null;
  @Column('boolean', { default: false }) onePerCustomer!: boolean;
  @Column('boolean', { default: false }) online!: boolean;
  @Column('text', { nullable: true }) onlineUrl!: string | null;
  @Column({ type: 'enum', enum: OfferStatus, enumName: 'campaign_offer_status', default: OfferStatus.PENDING })
  status!: OfferStatus;
  @Column('text', { nullable: true }) reviewReason!: string | null;
  @Column('timestamptz', { nullable: true }) reviewedAt!: Date | null;
  @Column('uuid', { nullable: true }) reviewedByMembershipId!: string | null;
  /** The offer's own short code (public: printed on the poster). */
  @Index('campaign_offers_code', { unique: true }) @Column('text') code!: string;
  @Column('int', { default: 0 }) redemptionCount!: number;
  @Column('timestamptz', { nullable: true }) updatedAt!: Date | null;
}
