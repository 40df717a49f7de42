import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CampaignOfferEntity } from './campaign-offer.entity';
import { CampaignVoucherEntity } from './campaign-voucher.entity';

/** One use of an offer in its shop: by the offer's own code, or by a personal voucher (at most once, by a unique index). */
@Entity('campaign_redemptions')
@Index('campaign_redemptions_by_time', ['associationId', 'createdAt'])
@Index('campaign_redemptions_by_campaign', ['campaignId', 'createdAt'])
export class CampaignRedemptionEntity extends AssociationScopedEntity {
  @Column('uuid') campaignId!: string;
  @Column('uuid') offerId!: string;
  @ManyToOne(() => CampaignOfferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offerId' })
  offer?: CampaignOfferEntity;
  @Column('uuid') shopId!: string;
  @Index('campaign_redemptions_one_per_voucher', { unique: true }) @Column('uuid', { nullable: true }) voucherId!:
    string | null;
  @ManyToOne(() => CampaignVoucherEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'voucherId' })
  voucher?: CampaignVoucherEntity;
  /** Who recorded it (the shop's owner). */
  @Column('uuid') membershipId!: string;
  @Column('int', { nullable: true }) basketCents!: number | null;
}
