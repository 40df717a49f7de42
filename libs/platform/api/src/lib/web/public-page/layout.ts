import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Locale } from '@assoc/platform-domain';
import { ICON_PATHS } from '@assoc/shared-util';
import type { HttpRequest, HttpResponse } from '../../http/http-types';
import { requestState } from '../../auth/request-context';
import { htmlLang, openGraphTags, OpenGraphPage } from '../open-graph';
import { markup, raw, SafeHtml } from './html';
import { publicPageAssetUrls } from './public-page-assets';

/** The frame's own words (the web app's `app.*` and `layout.language.*` texts). */
export const PUBLIC_PAGE_TEXTS = {
  [Locale.FR]: {
    brand: 'Cœur de Ville',
    home: 'Accueil',
    tagline: 'La plateforme des associations de commerçants',
    skip: 'Aller au contenu',
    chooseLanguage: 'Choisir la langue',
    notFoundTitle: 'Page introuvable',
    notFound: "Ce lien n'existe pas ou n'est plus en ligne.",
    privacy: 'Données personnelles',
    legal: 'Mentions légales',
  },
  [Locale.EN]: {
    brand: 'Cœur de Ville',
    home: 'Home',
    tagline: "The platform for merchants' associations",
    skip: 'Skip to content',
    chooseLanguage: 'Choose the language',
    notFoundTitle: 'Page not found',
    notFound: 'This link does not exist or is no longer online.',
    privacy: 'Personal data',
    legal: 'Legal notice',
  },
} as const;

const LANGUAGES = [
  { locale: Locale.FR, name: 'Français' },
  { locale: Locale.EN, name: 'English' },
] as const;

/**
 * The reader's language on a public page: `?lang=fr|en` (the page's language menu) first, else
 * Accept-Language (French unless English comes first).
 */
export function pageLocale(req: HttpRequest): Locale {
  const lang = typeof req.query?.['lang'] === 'string' ? req.query['lang'] : '';
  if (lang === 'en') return Locale.EN;
  if (lang === 'fr') return Locale.FR;
  return requestState(req).locale;
}

/** `@PageLocale() locale: Locale` in a page controller: see `pageLocale`. */
export const PageLocale = createParamDecorator((_: unknown, context: ExecutionContext): Locale =>
  pageLocale(context.switchToHttp().getRequest<HttpRequest>()),
);

/** The same address (path and query) with `lang` set: the language menu's links. */
export function urlWithLang(url: string, locale: Locale): string {
  const parsed = new URL(url, 'http://page');
  parsed.searchParams.set('lang', htmlLang(locale));
  return `${parsed.pathname}${parsed.search}`;
}

/** An inline SVG icon of the shared set (decorative: hidden from screen readers). */
export function icon(name: keyof typeof ICON_PATHS | string): SafeHtml {
  const path = ICON_PATHS[name];
  return path
    ? markup`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${path}" /></svg>`
    : markup``;
}

/** What a public page is made of; the frame (header, language menu, footer, style sheet, script) is added. */
export interface PublicPageContent {
  locale: Locale;
  /**
   * The `<title>` and the link preview's tags (Open Graph, Twitter; `noindex` for a private link); or
   * only a title for a page with nothing to preview (not found, no longer valid), kept out of search engines.
   */
  openGraph: OpenGraphPage | { title: string };
  /** The address asked for (`req.originalUrl`): the language menu links it with `?lang=`. */
  url: string;
  /** What goes in `<main>`: built with `markup` so every value in it is escaped. */
  main: SafeHtml;
  /**
   * The address to leave in the browser's bar once the page is shown, when this one carries a one-time
   * message (a receipt after a form): reloading then shows the page without it. Needs the script.
   */
  keepUrl?: string;
  /** The association shown in the header instead of the platform's name, with its logo if it has one. */
  association?: { name: string; logoUrl?: string | null };
}

function header(content: PublicPageContent): SafeHtml {
  const t = PUBLIC_PAGE_TEXTS[content.locale];
  const current = htmlLang(content.locale);
  const logo = content.association?.logoUrl;
  const brand = content.association?.name ?? t.brand;
  // Accessible names start with the words shown (WCAG 2.5.3, RGAA 6.1/11.2): "<brand> – Accueil", "Choisir la langue, FR".
  return markup`<header class="top">
    <a class="brand" href="/" aria-label="${brand} – ${t.home}">
      <span class="brand-mark" aria-hidden="true"
        >${logo ? markup`<img src="${logo}" alt="" width="36" height="36" />` : icon('store')}</span
      >
      <span class="brand-name${content.association ? ' association' : ''}">${brand}</span>
    </a>
    <div class="lang" data-lang>
      <button
        type="button"
        class="lang-button"
        aria-haspopup="menu"
        aria-expanded="false"
        aria-label="${t.chooseLanguage}, ${current.toUpperCase()}"
        hidden
      >
        ${icon('language')}<span>${current.toUpperCase()}</span>
      </button>
      <div class="lang-menu" role="menu" aria-label="${t.chooseLanguage}">
        ${LANGUAGES.map(
          (l) =>
            markup`<a
              role="menuitemradio"
              aria-checked="${String(l.locale === content.locale)}"
              lang="${htmlLang(l.locale)}"
              hreflang="${htmlLang(l.locale)}"
              href="${urlWithLang(content.url, l.locale)}"
              >${l.name}</a
            >`,
        )}
      </div>
    </div>
  </header>`;
}

/**
 * A whole server-rendered public page: `<html lang>`, viewport, `<title>` and link preview tags, the
 * one style sheet and the one deferred script (hashed files from 'self': the strict CSP holds, no
 * inline script or style), the header (brand, language menu), `<main>` and the footer.
 */
export function renderPublicPage(content: PublicPageContent): string {
  const t = PUBLIC_PAGE_TEXTS[content.locale];
  const assets = publicPageAssetUrls();
  return `<!doctype html>\n${markup`<html lang="${htmlLang(content.locale)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${content.openGraph.title}</title>
    ${raw(
      'url' in content.openGraph
        ? openGraphTags({ ...content.openGraph, locale: content.locale }).join('\n    ')
        : '<meta name="robots" content="noindex" />',
    )}
    <link rel="stylesheet" href="${assets.css}" />
    <script src="${assets.js}" defer></script>
  </head>
  <body${content.keepUrl ? markup` data-url="${content.keepUrl}"` : ''}>
    <a class="skip" href="#main-content">${t.skip}</a>
    ${header(content)}
    <main id="main-content">${content.main}</main>
    <footer class="foot">
      ${t.tagline} · <a href="/privacy?lang=${htmlLang(content.locale)}">${t.privacy}</a> ·
      <a href="/legal?lang=${htmlLang(content.locale)}">${t.legal}</a>
    </footer>
  </body>
</html>
`}`;
}

/**
 * The page for an unknown or private link (a domain may give its own title and words), kept out of
 * search engines. Its preview says only that (`siteUrl`); for no preview at all, render the page with
 * `openGraph: { title }`.
 */
export function renderNotFoundPage(
  locale: Locale,
  url: string,
  siteUrl: string,
  words: { title: string; text: string } = {
    title: PUBLIC_PAGE_TEXTS[locale].notFoundTitle,
    text: PUBLIC_PAGE_TEXTS[locale].notFound,
  },
): string {
  return renderPublicPage({
    locale,
    url,
    openGraph: {
      title: words.title,
      description: words.text,
      siteName: PUBLIC_PAGE_TEXTS[locale].brand,
      url: siteUrl,
      noindex: true,
    },
    main: markup`<div class="card center">
      <h1>${words.title}</h1>
      <p>${words.text}</p>
    </div>`,
  });
}

/**
 * Sends a public page: HTML, revalidated on every visit (`no-cache`: the counts and states change),
 * varying with Accept-Language; 404 for the not-found page. `private` for a page behind a secret
 * link (a sign-up's own page): no shared cache keeps it, and its address is never sent on (no-referrer).
 */
export function sendPublicPage(
  res: HttpResponse,
  page: string,
  options: { status?: number; private?: boolean } = {},
): void {
  res.header('Content-Type', 'text/html; charset=utf-8');
  res.header('Cache-Control', options.private ? 'private, no-cache' : 'no-cache');
  res.header('Vary', 'Accept-Language');
  if (options.private) res.header('Referrer-Policy', 'no-referrer');
  res.status(options.status ?? 200).send(page);
}

/** After a form posted without the script (or with it: fetch follows), the page to show next (303: GET it). */
export function redirectAfterPost(res: HttpResponse, url: string): void {
  res.redirect(url, 303);
}
