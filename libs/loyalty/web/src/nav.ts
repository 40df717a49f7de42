import type { NavLabel } from '@assoc/platform-web/core';

/** This domain's menu labels (imported alone as `@assoc/loyalty-web/nav`). */
export const loyaltyNav = {} satisfies Record<string, NavLabel>;
