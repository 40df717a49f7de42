import { Controller, Get, Options, Param, Req, Res } from '@nestjs/common';
import {
  AppConfig,
  AppError,
  ClientIp,
  HttpRequest,
  HttpResponse,
  OpenGraphImage,
  openGraphTags,
  Public,
  RateLimit,
  RateLimiter,
  SHARE_CARD_HEIGHT,
  SHARE_CARD_WIDTH,
  ShareCards,
} from '@assoc/platform-api';
import { WidgetFeed } from '@assoc/widgets-domain';
import { WIDGET_SIZE_METRICS, WIDGET_TEXTS, WidgetSize } from '@assoc/widgets-domain';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { widgetOpenGraph, widgetShareCard } from './shop-open-graph';
import { WidgetFeedService } from './widget-feed.service';
import { WidgetScript } from './widget-script';

/** Per client address and API instance: a blog page's visitors each read the data once a minute at most (HTTP cache). */
export const WIDGET_RATE_LIMITS: Readonly<Record<'read', RateLimit>> = {
  read: { limit: 120, windowMs: 60_000, batched: true },
};

/** How long browsers and proxies may keep the public data and the script. */
export const WIDGET_DATA_MAX_AGE = 60;
export const WIDGET_SCRIPT_MAX_AGE = 3600;

/** Any site may read (no credentials: no cookie is ever sent or set). */
function publicHeaders(res: HttpResponse): void {
  res.header('Access-Control-Allow-Origin', '*');
  res.header('Cross-Origin-Resource-Policy', 'cross-origin');
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Cache-Control', 'no-store');
}

const etagOf = (body: Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** Answers 304 when the client has this version; else the body, gzipped when the client takes it. */
function sendCached(
  req: HttpRequest,
  res: HttpResponse,
  body: Buffer,
  contentType: string,
  maxAge: number,
  etag = etagOf(body),
  gzip?: Buffer,
): void {
  res.header('Cache-Control', `public, max-age=${maxAge}`);
  res.header('ETag', etag);
  res.header('Vary', 'Accept-Encoding');
  const match = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (match.includes(etag)) {
    res.status(304).send();
    return;
  }
  res.header('Content-Type', contentType);
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 512) {
    res.header('Content-Encoding', 'gzip');
    res.send(gzip ?? gzipSync(body));
    return;
  }
  res.send(body);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The blog-up store's public side, plain HTTP without an account, outside /graphql:
 * - `GET /api/public/widgets/:id`: the widget's public data (JSON), CORS for any origin without
 *   credentials, `Cache-Control: public, max-age=60`, an ETag (304 when unchanged), rate-limited
 *   per client address; 404 for an unknown id;
 * - `GET /widget.js`: the embed script (cached an hour, ETag);
 * - `GET /embed/widgets/:id`: a tiny HTML page for the iframe snippet, which runs the same script,
 *   with a link preview's tags (Open Graph, Twitter) and a share card in the widget's colour and language;
 * - `GET /embed/widgets/:id/share-card/:key.png`: that card (1200 x 630 PNG), cached for a year under its content key.
 * Registered before the web app's static files (and excluded from them in app.module.ts).
 */
@Controller()
export class WidgetPublicController {
  constructor(
    private readonly feeds: WidgetFeedService,
    private readonly script: WidgetScript,
    private readonly limiter: RateLimiter,
    private readonly cards: ShareCards,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('api/public/widgets/:id')
  async data(
    @Param('id') id: string,
    @ClientIp() ip: string,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    publicHeaders(res);
    await this.limiter.consume(`widget-read:${ip}`, WIDGET_RATE_LIMITS.read);
    const feed = await this.feeds.feed(id);
    sendCached(req, res, Buffer.from(JSON.stringify(feed)), 'application/json; charset=utf-8', WIDGET_DATA_MAX_AGE);
  }

  /**
   * The CORS preflight a browser may send before the GET (a blog's script adding a header): 204 with
   * the GET's public headers, allowing GET from any origin without credentials, for a day.
   */
  @Public()
  @Options('api/public/widgets/:id')
  preflight(@Req() req: HttpRequest, @Res() res: HttpResponse): void {
    publicHeaders(res);
    res.header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
    const asked = req.headers['access-control-request-headers'];
    if (asked) res.header('Access-Control-Allow-Headers', String(asked));
    res.header('Access-Control-Max-Age', '86400');
    res.status(204).send();
  }

  @Public()
  @Get('widget.js')
  async widgetJs(@Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    publicHeaders(res);
    const asset = await this.script.get();
    sendCached(req, res, asset.body, 'text/javascript; charset=utf-8', WIDGET_SCRIPT_MAX_AGE, asset.etag, asset.gzip);
  }

  @Public()
  @Get('embed/widgets/:id')
  async embed(
    @Param('id') id: string,
    @ClientIp() ip: string,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    publicHeaders(res);
    await this.limiter.consume(`widget-read:${ip}`, WIDGET_RATE_LIMITS.read);
    const feed = await this.feeds.feed(id).catch(() => null);
    res.header(
      'Content-Security-Policy',
      "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
    res.header('Referrer-Policy', 'no-referrer');
    const lang = feed?.lang ?? 'fr';
    const title = `${feed?.association.name ?? ''}`;
    const preview = feed
      ? openGraphTags(widgetOpenGraph(feed, this.embedUrl(feed.id), this.shareCardImage(feed))).join('')
      : '';
    const metrics = WIDGET_SIZE_METRICS[feed?.size ?? WidgetSize.MEDIUM];
    const body = feed
      ? `<div data-assoc-widget="${escapeHtml(feed.id)}" data-lang="${lang}"></div><script src="/widget.js"></script>`
      : `<p style="font:13px system-ui,sans-serif;color:#4b5563;margin:4px 0">${escapeHtml(WIDGET_TEXTS[lang].unavailable)}</p>`;
    const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>${preview}<style>html,body{margin:0;background:transparent}body{padding:2px;min-height:${metrics.iframeHeight - 8}px}</style></head><body>${body}</body></html>`;
    if (!feed) {
      res.status(404).header('Content-Type', 'text/html; charset=utf-8');
      res.send(html);
      return;
    }
    sendCached(req, res, Buffer.from(html), 'text/html; charset=utf-8', WIDGET_DATA_MAX_AGE);
  }

  @Public()
  @Get('embed/widgets/:id/share-card/:file')
  async embedShareCard(
    @Param('id') id: string,
    @Param('file') file: string,
    @ClientIp() ip: string,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const key = /^([A-Za-z0-9_-]+)\.png$/.exec(file)?.[1];
    await this.limiter.consume(`widget-read:${ip}`, WIDGET_RATE_LIMITS.read);
    const feed = key ? await this.feeds.feed(id).catch(() => null) : null;
    if (!feed || !key) throw AppError.notFound();
    await this.cards.send(res, widgetShareCard(feed), key, this.shareCardImage(feed).url);
  }

  private embedUrl(id: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/embed/widgets/${encodeURIComponent(id)}`;
  }

  private shareCardImage(feed: WidgetFeed): OpenGraphImage {
    const card = widgetShareCard(feed);
    return {
      url: `${this.embedUrl(feed.id)}/share-card/${this.cards.key(card)}.png`,
      width: SHARE_CARD_WIDTH,
      height: SHARE_CARD_HEIGHT,
      type: 'image/png',
      alt: `${card.title} — ${card.lines[0]}`,
    };
  }
}
