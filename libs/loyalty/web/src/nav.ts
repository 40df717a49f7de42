import type { NavLabel } from '@assoc/platform-web/core';

/** This domain's menu labels (imported alone as `@assoc/loyalty-web/nav`). */
export const loyaltyNav = {
  loyalty: { fr: 'Carte de fidélité', en: 'Loyalty card' },
  counter: { fr: 'Carte fidélité en caisse', en: 'Loyalty card at the till' },
} satisfies Record<string, NavLabel>;
