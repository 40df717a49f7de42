import { Injectable } from '@nestjs/common';
import { renderAsync } from '@resvg/resvg-js';
import type { HttpResponse } from '../http/http-types';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { Locale } from '@assoc/platform-domain';
import type { OpenGraphImage } from './open-graph';

/** Open Graph's recommended large image (Facebook, WhatsApp, LinkedIn; Twitter's summary_large_image is 1.91:1 too). */
export const SHARE_CARD_WIDTH = 1200;
export const SHARE_CARD_HEIGHT = 630;

/**
 * What a share card shows, composed by the domain that owns the page: a small line on top (the
 * association), a title in large type (wrapped, at most three lines) and a few detail lines (one
 * line each, cut with an ellipsis), on a background colour.
 */
export interface ShareCardContent {
  colour: string;
  kicker: string;
  title: string;
  lines: string[];
}

/** Bump when the drawing changes, so every card gets a new key (and caches a new image). */
const RENDERER_VERSION = 1;

/** Dark colours that white text reads on (WCAG AA for large text at least). */
const PALETTE = ['#8f4c00', '#1d4e89', '#2e6b3f', '#7a1f3d', '#5b3a8c', '#0f5e63', '#8a3b12', '#3b4a5a'];

/** A stable colour for something that has none of its own (an association): one of a dark palette, picked by a hash of `seed`. */
export function shareCardColour(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  return PALETTE[digest[0] % PALETTE.length];
}

const FONT_FAMILY = 'DejaVu Sans';
// Resolved from this file (the built API's main.js, or the library's source under jest): the
// package's TrueType files, never the system's fonts.
const fromHere = createRequire(__filename);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  fromHere.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);

/**
 * The text as the font can draw it: no control characters, no emoji or pictographs (DejaVu has no
 * colour glyphs: they would show as empty boxes), spaces collapsed.
 */
export function cardText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
      .replace(/\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0e|\ufe0f/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

/** A generous estimate of a character's advance in DejaVu Sans, in em (SVG cannot wrap text by itself). */
function advance(char: string): number {
  if (/[iljtfrI.,:;!|'’ ()[\]]/.test(char)) return 0.4;
  if (/[mwMW@%&—]/.test(char)) return 1;
  if (/[A-Z0-9ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ]/.test(char)) return 0.78;
  return 0.64;
}

function widthOf(text: string, size: number, bold: boolean): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * size * (bold ? 1.1 : 1);
}

/** Cuts `text` to fit `width`, ending with an ellipsis when something was cut. */
function fit(text: string, size: number, bold: boolean, width: number): string {
  if (widthOf(text, size, bold) <= width) return text;
  const chars = [...text];
  while (chars.length && widthOf(`${chars.join('').trimEnd()}…`, size, bold) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Words into at most `max` lines of `width`; the last line ends with an ellipsis when the text is longer. */
export function wrapText(text: string, size: number, bold: boolean, width: number, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const candidate = current ? `${current} ${words[i]}` : words[i];
    if (widthOf(candidate, size, bold) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = words[i];
    if (lines.length === max) {
      lines[max - 1] = fit(`${lines[max - 1]} ${words.slice(i).join(' ')}`, size, bold, width);
      return lines;
    }
  }
  if (current) lines.push(current);
  return lines.map((line) => fit(line, size, bold, width));
}

/** Black or white, whichever reads better on `colour` (#rrggbb). */
function inkOn(colour: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(colour.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.35 ? '#111111' : '#ffffff';
}

const validColour = (colour: string) => (/^#[0-9a-f]{6}$/i.test(colour) ? colour : PALETTE[0]);

/** The card as SVG: every piece of text escaped, wrapped or cut to fit. */
export function shareCardSvg(content: ShareCardContent): string {
  const colour = validColour(content.colour);
  const ink = inkOn(colour);
  const margin = 72;
  const width = SHARE_CARD_WIDTH - 2 * margin;
  const kicker = fit(cardText(content.kicker), 34, true, width);
  const title = wrapText(cardText(content.title), 68, true, width, 3);
  const details = content.lines
    .map(cardText)
    .filter(Boolean)
    .slice(0, 3)
    .map((line) => fit(line, 38, false, width));
  const text = (x: number, y: number, size: number, bold: boolean, value: string, opacity = 1) =>
    `<text x="${x}" y="${y}" font-size="${size}"${bold ? ' font-weight="bold"' : ''}${opacity < 1 ? ` fill-opacity="${opacity}"` : ''}>${escapeXml(value)}</text>`;
  const parts = [text(margin, 118, 34, true, kicker, 0.85)];
  let y = 230;
  for (const line of title) {
    parts.push(text(margin, y, 68, true, line));
    y += 82;
  }
  y = Math.max(y + 10, 400);
  for (const line of details) {
    parts.push(text(margin, y, 38, false, line, 0.92));
    y += 54;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_CARD_WIDTH}" height="${SHARE_CARD_HEIGHT}" viewBox="0 0 ${SHARE_CARD_WIDTH} ${SHARE_CARD_HEIGHT}">`,
    `<rect width="100%" height="100%" fill="${colour}"/>`,
    `<rect x="${margin}" y="150" width="96" height="8" rx="4" fill="${ink}" fill-opacity="0.7"/>`,
    `<g font-family="${FONT_FAMILY}" fill="${ink}">`,
    ...parts,
    '</g>',
    '</svg>',
  ].join('\n');
}

/** The card's key: a hash of what it shows (and of the drawing's version), so a change gives a new URL. */
export function shareCardKey(content: ShareCardContent): string {
  const canonical = JSON.stringify([RENDERER_VERSION, content.colour, content.kicker, content.title, ...content.lines]);
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 22);
}

/** The card as a PNG (resvg, off the event loop), with the package's fonts only. */
export async function renderShareCard(content: ShareCardContent): Promise<Buffer> {
  const image = await renderAsync(shareCardSvg(content), {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY },
  });
  return image.asPng();
}

const CACHE_SIZE = 200;

/**
 * Share cards for link previews, rendered once per content and kept (at most 200, least recently
 * used first out; a card is about 20–40 kB): the key is a hash of the content, so a changed title
 * is a new key and a new image, and an image under a key never changes.
 */
/** The locale and key of a `…/share-card/<lang>/<key>.png` request, or null when either is not one. */
export function shareCardRequest(lang: string, file: string): { locale: Locale; key: string } | null {
  const locale = lang === 'en' ? Locale.EN : lang === 'fr' ? Locale.FR : null;
  const key = /^([A-Za-z0-9_-]+)\.png$/.exec(file)?.[1];
  return locale && key ? { locale, key } : null;
}

@Injectable()
export class ShareCards {
  private readonly cache = new Map<string, Promise<Buffer>>();

  key(content: ShareCardContent): string {
    return shareCardKey(content);
  }

  /** The card as a page's Open Graph image, at `<pageUrl>/share-card/<lang>/<key>.png`. */
  image(pageUrl: string, content: ShareCardContent, locale: Locale, alt: string): OpenGraphImage {
    const lang = locale === Locale.EN ? 'en' : 'fr';
    return {
      url: `${pageUrl}/share-card/${lang}/${shareCardKey(content)}.png`,
      width: SHARE_CARD_WIDTH,
      height: SHARE_CARD_HEIGHT,
      type: 'image/png',
      alt,
    };
  }

  png(content: ShareCardContent): Promise<Buffer> {
    const key = shareCardKey(content);
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const rendering = renderShareCard(content);
    rendering.catch(() => this.cache.delete(key));
    this.cache.set(key, rendering);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    return rendering;
  }

  /**
   * Answers `GET …/<key>.png`: the card when `key` is its current key, with a year of immutable
   * caching (the key changes with the content); else a temporary redirect to the current key's URL
   * (a preview made before a change still gets an image).
   */
  async send(res: HttpResponse, content: ShareCardContent, key: string, currentUrl: string): Promise<void> {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Cross-Origin-Resource-Policy', 'cross-origin');
    if (key !== shareCardKey(content)) {
      res.header('Cache-Control', 'no-cache');
      res.redirect(currentUrl, 302);
      return;
    }
    const png = await this.png(content);
    res.header('Content-Type', 'image/png');
    res.header('Cache-Control', 'public, max-age=31536000, immutable');
    res.header('ETag', `"${key}"`);
    res.send(png);
  }
}
