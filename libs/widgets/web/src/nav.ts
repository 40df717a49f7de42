import type { NavLabel } from '@assoc/platform-web/core';

/**
 * This domain's menu labels, each language side by side. The logged-in menu shows them before the
 * library or its strings load, so the app imports this file alone (`@assoc/widgets-web/nav`, no barrel):
 * a few bytes in the logged-in routes' chunk, nothing in the first load (issue 21 part 8).
 */
export const widgetsNav = {
  widgets: { fr: 'Widgets blog', en: 'Blog widgets' },
  featuredProducts: { fr: 'Mes produits', en: 'My products' },
} satisfies Record<string, NavLabel>;
