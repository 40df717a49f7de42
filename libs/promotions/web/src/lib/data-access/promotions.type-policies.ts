import type { DomainTypePolicies } from '@assoc/platform-web/core';

/** A campaign's results have no id of their own: one per campaign. */
export const promotionsTypePolicies: DomainTypePolicies = {
  CampaignResults: { keyFields: ['campaignId'] },
};
