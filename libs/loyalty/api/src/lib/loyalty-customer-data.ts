import type { CustomerDataSource } from '@assoc/customers-api';
import { dataTime } from '@assoc/platform-api';
import { LoyaltyMovementEntity, LoyaltySaleShareEntity } from './loyalty.entity';

/**
 * The customer's loyalty data (issue 17): their card's movements in their export; on erasure the movements stay
 * (the association's figures and the treasury's entries stay exact) but lose their link to the person: `customerId`
 * set to null and `erasedAt` set (the one change the movements' trigger allows), and co-created products stop
 * sharing with them. Their balance is gone with the link.
 */
export const loyaltyCustomerData: CustomerDataSource = {
  domain: 'loyalty',
  async export(manager, card) {
    const movements = await manager.find(LoyaltyMovementEntity, {
      where: { associationId: card.associationId, customerId: card.customerId },
      order: { seq: 'ASC' },
    });
    return {
      balance: movements.reduce((sum, m) => sum + m.points, 0),
      movements: movements.map((m) => ({
        at: dataTime(m.createdAt),
        day: m.day,
        kind: m.kind,
        points: m.points,
        label: m.label,
        purchaseCents: m.purchaseCents,
        rewardValueCents: m.valueCents,
        reason: m.reason,
      })),
    };
  },
  async erase(manager, card) {
    await manager.update(
      LoyaltyMovementEntity,
      { associationId: card.associationId, customerId: card.customerId },
      { customerId: null, erasedAt: new Date() },
    );
    await manager.update(
      LoyaltySaleShareEntity,
      { associationId: card.associationId, beneficiaryCustomerId: card.customerId },
      { beneficiaryCustomerId: null },
    );
  },
};
