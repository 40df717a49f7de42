import { Injectable } from '@nestjs/common';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** What a link preview shows: public facts only. */
export interface OpenGraphPage {
  title: string;
  description: string;
  siteName: string;
  url: string;
}

const DESCRIPTION_MAX = 300;

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** One line of at most `max` characters, cut with an ellipsis. */
export function clipText(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** The page's HTML with Open Graph and Twitter tags (escaped) before `</head>`, and its <title> replaced. */
export function withOpenGraph(html: string, page: OpenGraphPage): string {
  const description = clipText(page.description);
  const meta = (attribute: 'property' | 'name', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  const tags = [
    meta('name', 'description', description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', page.siteName),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', page.url),
    meta('property', 'og:locale', 'fr_FR'),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', description),
  ].join('\n    ');
  // Replacement functions, not strings: user text such as "$'" or "$&" must not expand as a pattern.
  const titled = html.replace(/<title>[\s\S]*?<\/title>/i, () => `<title>${escapeHtml(page.title)}</title>`);
  return titled.includes('</head>') ? titled.replace('</head>', () => `    ${tags}\n  </head>`) : titled;
}

/**
 * The built web app's index.html, next to the API's bundle (dist/apps/api → dist/apps/web/browser,
 * as the app module serves it), read once. Null in development with `ng serve`: public pages with
 * link previews (`/c/:slug`, `/p/:slug`) then answer 404 from the API and the dev server serves them.
 */
@Injectable()
export class WebIndexHtml {
  private index: Promise<string | null> | null = null;

  read(): Promise<string | null> {
    this.index ??= readFile(resolve(__dirname, '../web/browser/index.html'), 'utf8').catch(() => null);
    return this.index;
  }
}
