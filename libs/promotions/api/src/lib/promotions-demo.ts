import {
  CampaignDraft,
  offerCodeFrom,
  OFFER_CODE_RANDOM_BYTES,
  voucherCodeFrom,
  VOUCHER_RANDOM_BYTES,
} from '@assoc/promotions-domain';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';

/** How the demo association's past campaigns are written (the API's demo seeder orchestrates, inside its transaction). */
export const PromotionsDemo = {
  /** A finished campaign (both channels) published at `enrolmentDeadline`; answers its id. */
  async addFinishedCampaign(
    manager: EntityManager,
    campaign: Pick<CampaignDraft, 'title' | 'theme' | 'description' | 'startsAt' | 'endsAt' | 'enrolmentDeadline'> & {
      associationId: string;
      createdByMembershipId: string;
      slug: string;
      createdAt: Date;
    },
  ): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO campaigns ("associationId", "createdByMembershipId", title, theme, description, "startsAt", "endsAt", "enrolmentDeadline", channels, status, slug, "publishedAt", "createdAt")
     VALUES ($1, $2, $8, $9, $10, $3, $4, $5, 'BOTH', 'FINISHED', $6, $5, $7) RETURNING id`,
      [
        campaign.associationId,
        campaign.createdByMembershipId,
        campaign.startsAt,
        campaign.endsAt,
        campaign.enrolmentDeadline,
        campaign.slug,
        campaign.createdAt,
        campaign.title,
        campaign.theme,
        campaign.description,
      ],
    );
    return id;
  },

  /** An approved percent-off offer with a fresh code; answers its id. */
  async addApprovedOffer(
    manager: EntityManager,
    offer: {
      associationId: string;
      campaignId: string;
      shopId: string;
      ownerMembershipId: string;
      percentOff: number;
      redemptionCount: number;
      reviewedAt: Date;
      reviewedByMembershipId: string;
      createdAt: Date;
    },
  ): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO campaign_offers ("associationId", "campaignId", "shopId", "ownerMembershipId", kind, "percentOff", description, status, code, "redemptionCount", "reviewedAt", "reviewedByMembershipId", "createdAt")
       VALUES ($1, $2, $3, $4, 'PERCENT_OFF', $5, '', 'APPROVED', $6, $7, $8, $9, $10) RETURNING id`,
      [
        offer.associationId,
        offer.campaignId,
        offer.shopId,
        offer.ownerMembershipId,
        offer.percentOff,
        offerCodeFrom(randomBytes(OFFER_CODE_RANDOM_BYTES)),
        offer.redemptionCount,
        offer.reviewedAt,
        offer.reviewedByMembershipId,
        offer.createdAt,
      ],
    );
    return id;
  },

  /** A voucher claimed at `createdAt` (redeemed at `redeemedAt`, if it was), with a fresh code; answers its id. */
  async addVoucher(
    manager: EntityManager,
    voucher: {
      associationId: string;
      campaignId: string;
      offerId: string;
      shopId: string;
      redeemedAt: Date | null;
      createdAt: Date;
    },
  ): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO campaign_vouchers ("associationId", "campaignId", "offerId", "shopId", code, "redeemedAt", "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        voucher.associationId,
        voucher.campaignId,
        voucher.offerId,
        voucher.shopId,
        voucherCodeFrom(randomBytes(VOUCHER_RANDOM_BYTES)),
        voucher.redeemedAt,
        voucher.createdAt,
      ],
    );
    return id;
  },

  async addRedemption(
    manager: EntityManager,
    redemption: {
      associationId: string;
      campaignId: string;
      offerId: string;
      shopId: string;
      voucherId: string;
      membershipId: string;
      basketCents: number;
      createdAt: Date;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO campaign_redemptions ("associationId", "campaignId", "offerId", "shopId", "voucherId", "membershipId", "basketCents", "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        redemption.associationId,
        redemption.campaignId,
        redemption.offerId,
        redemption.shopId,
        redemption.voucherId,
        redemption.membershipId,
        redemption.basketCents,
        redemption.createdAt,
      ],
    );
  },
};
