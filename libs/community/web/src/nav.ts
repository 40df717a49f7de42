import type { NavLabel } from '@assoc/platform-web/core';

/** This domain's menu labels (imported alone as `@assoc/community-web/nav`). */
export const communityNav = {
  ideas: { fr: 'Boîte à idées', en: 'Ideas box' },
} satisfies Record<string, NavLabel>;
