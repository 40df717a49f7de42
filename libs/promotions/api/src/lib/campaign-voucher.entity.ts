import { AssociationScopedEntity } from '@assoc/platform-api';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { CampaignOfferEntity } from './campaign-offer.entity';

/**
 * A personal single-use voucher claimed on the public page. Its code is 80 random bits; it is
 * redeemed by `UPDATE … SET "redeemedAt" = <the clock's now> WHERE id = $1 AND "redeemedAt" IS NULL`, so two
 * phones scanning it at once give one success. The e-mail is kept only when given with consent,
 * and never leaves the API (results are counts). One voucher per e-mail per offer: a partial unique
 * index on (offerId, email) made by the migration.
 */
@Entity('campaign_vouchers')
@Index('campaign_vouchers_by_time', ['associationId', 'createdAt'])
@Index('campaign_vouchers_one_per_email', { synchronize: false })
@Index('campaign_vouchers_by_campaign', ['campaignId', 'createdAt'])
export class CampaignVoucherEntity extends AssociationScopedEntity {
  @ManyToOne(() => CampaignOfferEntity, { onDelete: 'CASCADE' }) offer?: CampaignOfferEntity;
  @Column('uuid') offerId!: string;
  @Column('uuid') campaignId!: string;
  @Column('uuid') shopId!: string;
  @Index('campaign_vouchers_code', { unique: true }) @Column('text') code!: string;
  /** Lower-cased, only with consent. */
  @Column('text', { nullable: true }) email!: string | null;
  @Column('timestamptz', { nullable: true }) consentAt!: Date | null;
  @Column('timestamptz', { nullable: true }) redeemedAt!: Date | null;
}
