import type { NavLabel } from '@assoc/platform-web/core';

/**
 * This domain's menu labels, each language side by side. The logged-in menu shows them before the
 * library or its strings load, so the app imports this file alone (`@assoc/treasury-web/nav`, no barrel).
 */
export const treasuryNav = {
  treasury: { fr: 'Trésorerie', en: 'Treasury' },
} satisfies Record<string, NavLabel>;
