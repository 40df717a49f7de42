import {
  htmlLang,
  HttpResponse,
  Locale,
  markup,
  renderPublicPage,
  SafeHtml,
  sendPublicPage,
} from '@assoc/platform-api';
import { customerPaths, joinCustomerLink } from './customer-links';

/** Which entry of the customer menu the page is (marked `aria-current`). */
export type CustomerNavKey = 'community' | 'card' | 'ideas' | 'me' | 'join' | 'signIn';

export const CUSTOMER_FRAME_TEXTS = {
  [Locale.FR]: {
    nav: 'Espace client',
    community: 'La communauté',
    card: 'Ma carte',
    ideas: 'Idées',
    me: 'Mes données',
    signOut: 'Me déconnecter',
    join: 'Rejoindre',
    signIn: 'Me connecter',
    hello: (name: string) => `Bonjour ${name}`,
  },
  [Locale.EN]: {
    nav: 'Customer pages',
    community: 'The community',
    card: 'My card',
    ideas: 'Ideas',
    me: 'My data',
    signOut: 'Sign out',
    join: 'Join',
    signIn: 'Sign in',
    hello: (name: string) => `Hello ${name}`,
  },
} as const;

export interface CustomerPageContent {
  locale: Locale;
  /** `req.originalUrl`: the language menu links it with `?lang=`. */
  url: string;
  /** The page's `<title>` (the association's name is added). */
  title: string;
  association: { name: string; slug: string };
  /** The signed-in customer (their first name in the menu, the sign-out button), or null. */
  customer: { firstName: string } | null;
  current?: CustomerNavKey;
  main: SafeHtml;
  /** As `renderPublicPage`'s: the address to leave in the bar once a one-time notice is shown. */
  keepUrl?: string;
}

/** The customer menu: the same on loyalty's, community's and customers' pages so they feel like one site. */
export function customerNav(c: Pick<CustomerPageContent, 'locale' | 'association' | 'customer' | 'current' | 'url'>) {
  const t = CUSTOMER_FRAME_TEXTS[c.locale];
  const slug = c.association.slug;
  const lang = `?lang=${htmlLang(c.locale)}`;
  const link = (key: CustomerNavKey, href: string, label: string) =>
    markup`<li><a href="${href}${lang}" data-nav="${key}"${
      c.current === key ? markup` aria-current="page"` : ''
    }>${label}</a></li>`;
  return markup`<nav class="customer-nav" aria-label="${t.nav}">
    ${c.customer ? markup`<p class="customer-hello">${t.hello(c.customer.firstName)}</p>` : ''}
    <ul>
      ${link('community', customerPaths.base(slug), t.community)}
      ${c.customer ? link('card', customerPaths.card(slug), t.card) : ''}
      ${link('ideas', customerPaths.ideas(slug), t.ideas)}
      ${
        c.customer
          ? link('me', customerPaths.me(slug), t.me)
          : markup`${link('join', customerPaths.join(slug), t.join)}${link('signIn', customerPaths.signIn(slug), t.signIn)}`
      }
    </ul>
    ${
      c.customer
        ? markup`<form method="post" action="${customerPaths.signOut(slug)}${lang}" class="customer-sign-out">
            <button type="submit" class="button-link" data-testid="customer-sign-out">${t.signOut}</button>
          </form>`
        : ''
    }
  </nav>`;
}

/**
 * A whole customer page (issue 17): the public page frame (the association's name in the header, language menu,
 * footer with /privacy and /legal), the customer menu, then `main`. Used by the customers, loyalty and community
 * pages alike.
 */
export function customerPageFrame(c: CustomerPageContent): string {
  return renderPublicPage({
    locale: c.locale,
    url: c.url,
    openGraph: { title: `${c.title} – ${c.association.name}` },
    association: { name: c.association.name },
    keepUrl: c.keepUrl,
    main: markup`<div class="customer-page">${customerNav(c)}${c.main}</div>`,
  });
}

/** Sends a customer page: never cached by a shared cache, its address never sent on (no-referrer). */
export function sendCustomerPage(res: HttpResponse, page: string, status = 200): void {
  sendPublicPage(res, page, { status, private: true });
}

const JOIN_BOX_TEXTS = {
  [Locale.FR]: {
    title: 'Clients fidèles, rejoignez-nous',
    text: (name: string) =>
      `Une carte de fidélité dans toutes les boutiques de ${name}, leurs nouvelles et une boîte à idées. Gratuit, sans mot de passe.`,
    link: 'Rejoindre la communauté',
  },
  [Locale.EN]: {
    title: 'Regular customer? Join us',
    text: (name: string) => `A loyalty card for every shop of ${name}, their news and an ideas box. Free, no password.`,
    link: 'Join the community',
  },
} as const;

/**
 * The "join the customer community" box other public pages (cashmob `/c/:slug`, campaign `/p/:slug`, shop
 * `/b/:id`) add under their content: a sentence and the join link (`from` says which page it was).
 */
export function joinCustomerBox(locale: Locale, association: { name: string; slug: string }, from: string): SafeHtml {
  const t = JOIN_BOX_TEXTS[locale];
  return markup`<aside class="card join-customers" aria-labelledby="join-customers-title">
    <h2 id="join-customers-title">${t.title}</h2>
    <p>${t.text(association.name)}</p>
    <p><a class="button button-primary" href="${joinCustomerLink(association.slug, htmlLang(locale), from)}" data-testid="join-customers">${t.link}</a></p>
  </aside>`;
}

/**
 * A public page's content followed by the join box, in one column as wide as a card (the page's `<main>` lays
 * its children side by side): what the cashmob, campaign and shop pages give `renderPublicPage` as `main`.
 */
export function withJoinCustomerBox(
  main: SafeHtml,
  locale: Locale,
  association: { name: string; slug: string },
  from: string,
): SafeHtml {
  return markup`<div class="customer-page">${main}${joinCustomerBox(locale, association, from)}</div>`;
}
