import { Resvg } from '@resvg/resvg-js';
import { imageSize } from 'image-size';
import { HTMLElement, parse } from 'node-html-parser';

/** A public page as a link-preview robot reads it: the HTML, no JavaScript run. */
export interface LinkPreview {
  status: number;
  headers: Headers;
  /** The parsed document. */
  document: HTMLElement;
  lang: string | undefined;
  title: string;
  /** Every `<meta property|name=… content=…>` of the head, decoded, by key (the first of each). */
  meta: Record<string, string>;
  /** How many times each meta key occurs. */
  metaCounts: Record<string, number>;
}

/** Open Graph and Twitter tags every shared public page carries. */
export const PREVIEW_TAGS = [
  'description',
  'og:title',
  'og:description',
  'og:url',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:locale',
  'twitter:card',
] as const;

/** GETs `path` of the API at `base` as a robot would (HTML, optional Accept-Language) and parses it. */
export async function readLinkPreview(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<LinkPreview> {
  const response = await fetch(`${base}${path}`, { headers: { accept: 'text/html', ...headers }, redirect: 'manual' });
  const document = parse(await response.text(), { comment: false });
  const meta: Record<string, string> = {};
  const metaCounts: Record<string, number> = {};
  for (const tag of document.querySelectorAll('head meta')) {
    const key = tag.getAttribute('property') ?? tag.getAttribute('name');
    const content = tag.getAttribute('content');
    if (!key || content === undefined) continue;
    metaCounts[key] = (metaCounts[key] ?? 0) + 1;
    meta[key] ??= content;
  }
  return {
    status: response.status,
    headers: response.headers,
    document,
    lang: document.querySelector('html')?.getAttribute('lang'),
    title: document.querySelector('head title')?.text ?? '',
    meta,
    metaCounts,
  };
}

export interface FetchedImage {
  status: number;
  contentType: string | null;
  cacheControl: string | null;
  type: string | undefined;
  width: number | undefined;
  height: number | undefined;
  bytes: Buffer;
}

/**
 * GETs an absolute image URL the API published under its PUBLIC_URL (`publicUrl`), from the test's
 * API at `base` (same path and query), and reads its real type and size from its bytes.
 */
export async function fetchPublishedImage(publicUrl: string, base: string, imageUrl: string): Promise<FetchedImage> {
  if (!imageUrl.startsWith(`${publicUrl.replace(/\/+$/, '')}/`))
    throw new Error(`${imageUrl} is not under ${publicUrl}`);
  const url = new URL(imageUrl);
  const response = await fetch(`${base}${url.pathname}${url.search}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const size = response.ok ? imageSize(bytes) : undefined;
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    cacheControl: response.headers.get('cache-control'),
    type: size?.type,
    width: size?.width,
    height: size?.height,
    bytes,
  };
}

/** A real PNG of `width` × `height` pixels (a plain picture drawn by resvg), to upload as a cover or a logo. */
export function pngOfSize(width: number, height: number, colour = '#1b5e20'): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${colour}"/><circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="#fff"/></svg>`;
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
}
