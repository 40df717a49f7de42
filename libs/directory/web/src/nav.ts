import type { NavLabel } from '@assoc/platform-web/core';

/**
 * This domain's menu labels, each language side by side. The logged-in menu shows them before the
 * library or its strings load, so the app imports this file alone (`@assoc/directory-web/nav`, no barrel):
 * a few bytes in the logged-in routes' chunk, nothing in the first load (issue 21 part 8).
 */
export const directoryNav = {
  directory: { fr: 'Annuaire', en: 'Directory' },
  myShop: { fr: 'Ma boutique', en: 'My shop' },
} satisfies Record<string, NavLabel>;
