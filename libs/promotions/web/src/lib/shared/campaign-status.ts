import type { CampaignChannel, CampaignStatus, OfferKind, TradeCategory } from '@assoc/platform-web/core';

/** The order campaigns are grouped in on the list. */
export const STATUS_ORDER: readonly CampaignStatus[] = [
  'RUNNING',
  'PUBLISHED',
  'ENROLLING',
  'DRAFT',
  'FINISHED',
  'CANCELLED',
];

export const TRADES: readonly TradeCategory[] = [
  'BAKERY',
  'BEAUTY',
  'BUTCHER',
  'CRAFTS',
  'CULTURE',
  'FASHION',
  'FLORIST',
  'FOOD',
  'HEALTH',
  'HOME',
  'JEWELLERY',
  'OTHER',
  'RESTAURANT',
  'SERVICES',
  'SPORT',
];
export const CHANNELS: readonly CampaignChannel[] = ['BOTH', 'IN_STORE', 'ONLINE'];
export const OFFER_KINDS: readonly OfferKind[] = ['PERCENT_OFF', 'AMOUNT_OFF', 'GIFT', 'FREE_SERVICE', 'SPECIAL'];
