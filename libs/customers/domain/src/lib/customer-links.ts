/**
 * The customer pages' addresses (issue 17), under the association's public slug. Other domains' public pages
 * link to the join page with `joinCustomerLink` (no import of anything else of this domain).
 */
export const customerPaths = {
  base: (slug: string) => `/communaute/${encodeURIComponent(slug)}`,
  join: (slug: string) => `/communaute/${encodeURIComponent(slug)}/rejoindre`,
  link: (slug: string, token: string) => `/communaute/${encodeURIComponent(slug)}/lien/${token}`,
  signIn: (slug: string) => `/communaute/${encodeURIComponent(slug)}/connexion`,
  me: (slug: string) => `/communaute/${encodeURIComponent(slug)}/moi`,
  export: (slug: string) => `/communaute/${encodeURIComponent(slug)}/moi/donnees.json`,
  signOut: (slug: string) => `/communaute/${encodeURIComponent(slug)}/sortir`,
  /** Loyalty's card page (where a customer lands after the link). */
  card: (slug: string) => `/communaute/${encodeURIComponent(slug)}/carte`,
  /** Community's pages. */
  ideas: (slug: string) => `/communaute/${encodeURIComponent(slug)}/idees`,
};

/** Where a join came from (`from`): a short word (`cashmob`, `campaign`, `shop`, `widget`, `poster`), kept on the customer for the board's list. */
export const JOINED_FROM_SHAPE = /^[a-z][a-z0-9-]{0,31}$/;

/**
 * The join page's address for a link on another public page (cashmob `/c/:slug`, campaign `/p/:slug`, shop
 * `/b/:id`, the widget): `/communaute/<slug>/rejoindre?lang=fr&from=cashmob`. Relative (same site), or
 * absolute when `base` (the public URL) is given, as a widget on another site needs.
 */
export function joinCustomerLink(slug: string, lang: 'fr' | 'en' | string, from?: string, base = ''): string {
  const query = new URLSearchParams();
  query.set('lang', lang === 'en' ? 'en' : 'fr');
  if (from && JOINED_FROM_SHAPE.test(from)) query.set('from', from);
  return `${base.replace(/\/$/, '')}${customerPaths.join(slug)}?${query.toString()}`;
}

/** Is `next` a path of this association's customer pages (where a link may send the customer after landing)? */
export function isCustomerNext(slug: string, next: unknown): next is string {
  if (typeof next !== 'string' || next.length > 300) return false;
  const base = customerPaths.base(slug);
  return (next === base || next.startsWith(`${base}/`)) && !next.includes('//') && !/[\s\\]/.test(next);
}
