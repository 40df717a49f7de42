import {
  LoyaltyMovementEntity,
  LoyaltyRewardEntity,
  LoyaltySaleShareEntity,
  LoyaltySettingsEntity,
  LoyaltyShopEntity,
} from './loyalty.entity';

/** This domain's tables. */
export const LOYALTY_ENTITIES = [
  LoyaltySettingsEntity,
  LoyaltyRewardEntity,
  LoyaltyShopEntity,
  LoyaltySaleShareEntity,
  LoyaltyMovementEntity,
];
