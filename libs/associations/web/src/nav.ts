import type { NavLabel } from '@assoc/platform-web/core';

/**
 * This domain's menu labels, each language side by side. The logged-in menu shows them before the
 * library or its strings load, so the app imports this file alone (`@assoc/associations-web/nav`, no barrel):
 * a few bytes in the logged-in routes' chunk, nothing in the first load (issue 21 part 8).
 */
export const associationsNav = {
  members: { fr: 'Adhérents', en: 'Members' },
  settings: { fr: 'Paramètres', en: 'Settings' },
  associations: { fr: 'Mes associations', en: 'My associations' },
} satisfies Record<string, NavLabel>;
