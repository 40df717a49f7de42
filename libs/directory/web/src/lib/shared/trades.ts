import type { TradeCategory, Weekday } from '@assoc/platform-web/core';

export const TRADES: readonly TradeCategory[] = [
  'FOOD',
  'BAKERY',
  'BUTCHER',
  'FASHION',
  'BEAUTY',
  'HOME',
  'CULTURE',
  'RESTAURANT',
  'SERVICES',
  'HEALTH',
  'SPORT',
  'FLORIST',
  'JEWELLERY',
  'CRAFTS',
  'OTHER',
];

export const WEEKDAYS: readonly Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];
