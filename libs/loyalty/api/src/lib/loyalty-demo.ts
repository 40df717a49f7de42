import { EntityManager } from 'typeorm';
import { LoyaltyMovementEntity, LoyaltyRewardEntity, LoyaltySettingsEntity, LoyaltyShopEntity } from './loyalty.entity';

/** The card's rule for a demo association. */
export type DemoLoyaltySettings = Omit<LoyaltySettingsEntity, 'updatedAt'>;
/** A demo reward. */
export type DemoLoyaltyReward = Pick<
  LoyaltyRewardEntity,
  'associationId' | 'label' | 'pointsCost' | 'valueCents' | 'active'
>;
/** A demo movement on a card: the caller states every column it sets. */
export type DemoLoyaltyMovement = Partial<Omit<LoyaltyMovementEntity, 'seq'>>;

/** How the demo association's loyalty card is written (the API's demo seeder orchestrates, inside its transaction). */
export const LoyaltyDemo = {
  async saveSettings(manager: EntityManager, settings: DemoLoyaltySettings): Promise<void> {
    await manager.insert(LoyaltySettingsEntity, settings);
  },

  /** Creates the rewards; answers them, in order, with their ids. */
  async addRewards(
    manager: EntityManager,
    rewards: DemoLoyaltyReward[],
  ): Promise<{ id: string; label: string; pointsCost: number; valueCents: number }[]> {
    return (await manager.save(LoyaltyRewardEntity, rewards)).map(({ id, label, pointsCost, valueCents }) => ({
      id,
      label,
      pointsCost,
      valueCents,
    }));
  },

  /** The shop takes the card. */
  async addShop(
    manager: EntityManager,
    shop: { associationId: string; shopId: string; joinedByMembershipId: string | null },
  ): Promise<void> {
    await manager.insert(LoyaltyShopEntity, shop);
  },

  async addMovement(manager: EntityManager, movement: DemoLoyaltyMovement): Promise<void> {
    await manager.insert(LoyaltyMovementEntity, movement);
  },
};
