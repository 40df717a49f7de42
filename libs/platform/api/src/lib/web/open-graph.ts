import { Locale } from '@assoc/platform-domain';
import { escapeHtml } from './public-page/html';

/** The picture of a link preview: an absolute URL answering a PNG or JPEG of the stated size. */
export interface OpenGraphImage {
  url: string;
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg';
  alt: string;
  /**
   * The Twitter card it makes: `summary_large_image` (the default: share cards, covers) or `summary`
   * (a small square thumbnail: a shop's logo).
   */
  card?: 'summary' | 'summary_large_image';
}

/** What a link preview shows: public facts only. */
export interface OpenGraphPage {
  title: string;
  description: string;
  siteName: string;
  /** The page's canonical, absolute URL. */
  url: string;
  /** The page's language (French when not given). */
  locale?: Locale;
  image?: OpenGraphImage;
  /** Keep search engines away (a private link: a sign-up's own page). */
  noindex?: boolean;
}

/** Open Graph's locale for the page's language. */
export const ogLocale = (locale: Locale = Locale.FR): string => (locale === Locale.EN ? 'en_GB' : 'fr_FR');

/** The `lang` of `<html>` for the page's language. */
export const htmlLang = (locale: Locale = Locale.FR): string => (locale === Locale.EN ? 'en' : 'fr');

const DESCRIPTION_MAX = 300;

/** One line of at most `max` characters, cut with an ellipsis. */
export function clipText(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The `<meta>` tags of a link preview (Open Graph protocol, ogp.me, and Twitter cards), every value
 * escaped: for pages built without the web app's index.html (the widget's iframe page).
 */
export function openGraphTags(page: OpenGraphPage): string[] {
  const description = clipText(page.description);
  const meta = (attribute: 'property' | 'name', key: string, value: string | number) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(String(value))}" />`;
  const image = page.image;
  return [
    ...(page.noindex ? [meta('name', 'robots', 'noindex')] : []),
    meta('name', 'description', description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', page.siteName),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', page.url),
    meta('property', 'og:locale', ogLocale(page.locale)),
    ...(image
      ? [
          meta('property', 'og:image', image.url),
          meta('property', 'og:image:type', image.type),
          meta('property', 'og:image:width', image.width),
          meta('property', 'og:image:height', image.height),
          meta('property', 'og:image:alt', image.alt),
        ]
      : []),
    meta('name', 'twitter:card', image ? (image.card ?? 'summary_large_image') : 'summary'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', description),
    ...(image ? [meta('name', 'twitter:image', image.url), meta('name', 'twitter:image:alt', image.alt)] : []),
  ];
}

/** `<html lang="…">` set to the page's language (other attributes kept). */
function withLang(html: string, locale: Locale | undefined): string {
  const lang = htmlLang(locale);
  return html.replace(/<html\b([^>]*)>/i, (_, attributes: string) => {
    const rest = attributes.replace(/\s+lang\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/i, '');
    return `<html lang="${lang}"${rest}>`;
  });
}

/** The page's HTML with Open Graph and Twitter tags (escaped) before `</head>`, its <title> replaced and its `lang` set. */
export function withOpenGraph(html: string, page: OpenGraphPage): string {
  const tags = openGraphTags(page).join('\n    ');
  // Replacement functions, not strings: user text such as "$'" or "$&" must not expand as a pattern.
  const titled = withLang(html, page.locale).replace(
    /<title>[\s\S]*?<\/title>/i,
    () => `<title>${escapeHtml(page.title)}</title>`,
  );
  return titled.includes('</head>') ? titled.replace('</head>', () => `    ${tags}\n  </head>`) : titled;
}
