import type { NavLabel } from '@assoc/platform-web/core';

/** This domain's menu labels (imported alone as `@assoc/community-web/nav`). */
export const communityNav = {} satisfies Record<string, NavLabel>;
