import type { DomainTypePolicies } from '@assoc/platform-web/core';

/** A suggested shop has no id of its own: one per shop in the current association (the store is reset on switching). */
export const cashmobsTypePolicies: DomainTypePolicies = {
  SuggestedShop: { keyFields: ['shopId'] },
};
