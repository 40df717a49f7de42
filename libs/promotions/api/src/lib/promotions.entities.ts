import { CampaignOfferEntity } from './campaign-offer.entity';
import { CampaignRedemptionEntity } from './campaign-redemption.entity';
import { CampaignVoucherEntity } from './campaign-voucher.entity';
import { CampaignEntity } from './campaign.entity';

/**
 * The tables this library owns (the promotions domain): its module registers them with TypeORM,
 * and apps/api composes every library's list for the TypeORM CLI, the tests and the running API.
 */
export const PROMOTIONS_ENTITIES = [
  CampaignEntity,
  CampaignOfferEntity,
  CampaignVoucherEntity,
  CampaignRedemptionEntity,
];
