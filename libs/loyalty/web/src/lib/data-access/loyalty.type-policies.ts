import type { DomainTypePolicies } from '@assoc/platform-web/core';

/** The loyalty types without an id of their own: a shop by its id, a co-created product by its reference, a card by its code. */
export const loyaltyTypePolicies: DomainTypePolicies = {
  LoyaltyShop: { keyFields: ['shopId'] },
  LoyaltyCoProduct: { keyFields: ['productRef'] },
  LoyaltyCardView: { keyFields: ['cardCode'] },
  LoyaltySettings: { merge: true },
  LoyaltyProgramme: { merge: true },
  LoyaltyCounter: { merge: true },
};
