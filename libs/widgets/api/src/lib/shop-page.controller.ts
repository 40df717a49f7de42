import { Controller, Get, Param, Res } from '@nestjs/common';
import { LOGO_IMAGE, logoFileOf } from '@assoc/directory-api';
import {
  AppError,
  ClientIp,
  ImageStorage,
  Locale,
  notFoundPage,
  OpenGraphImage,
  Public,
  RateLimiter,
  RequestLocale,
  shareCardRequest,
  ShareCards,
  WebIndexHtml,
  withOpenGraph,
} from '@assoc/platform-api';
import { Response } from 'express';
import { PublicCatalogue } from './public-catalogue.service';
import { shopOpenGraph, shopShareCard } from './shop-open-graph';
import { ShopShowcaseModel } from './shop-showcase.models';
import { ShopShowcaseService } from './shop-showcase.service';
import { WIDGET_RATE_LIMITS } from './widget-public.controller';

/**
 * A shop's public page (where every widget links) for link previews, which run no JavaScript, in the
 * visitor's language (Accept-Language: French unless English comes first):
 * - `GET /b/:id`: the web app's page with the shop's title, description, Open Graph and Twitter tags
 *   and as its image the shop's logo (a PNG or JPEG of at least 200 px, its true size read from its
 *   bytes, as a `summary` card: logos are small and square) or else its share card; an unknown shop (or one whose owner left) is a 404 page kept out of search engines;
 * - `GET /b/:id/share-card/:lang/:key.png`: the share card (1200 x 630 PNG), cached for a year under its content key.
 * Registered before the static files.
 */
@Controller('b')
export class ShopPageController {
  constructor(
    private readonly index: WebIndexHtml,
    private readonly showcases: ShopShowcaseService,
    private readonly catalogue: PublicCatalogue,
    private readonly limiter: RateLimiter,
    private readonly cards: ShareCards,
    private readonly images: ImageStorage,
  ) {}

  @Public()
  @Get(':id')
  async page(
    @Param('id') id: string,
    @ClientIp() ip: string,
    @RequestLocale() locale: Locale,
    @Res() res: Response,
  ): Promise<void> {
    const html = await this.index.read();
    if (html === null) throw AppError.notFound();
    await this.limiter.consume(`shop-read:${ip}`, WIDGET_RATE_LIMITS.read);
    const shop = await this.showcases.showcase(id, locale).catch(() => null);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Language');
    if (!shop) {
      res.status(404).send(notFoundPage(html, locale));
      return;
    }
    const url = this.catalogue.shopPage(shop.id);
    const image = (await this.logoImage(shop)) ?? this.shareCardImage(shop, locale);
    res.send(withOpenGraph(html, shopOpenGraph(shop, url, locale, image)));
  }

  @Public()
  @Get(':id/share-card/:lang/:file')
  async shareCard(
    @Param('id') id: string,
    @Param('lang') lang: string,
    @Param('file') file: string,
    @ClientIp() ip: string,
    @Res() res: Response,
  ): Promise<void> {
    const request = shareCardRequest(lang, file);
    if (!request) throw AppError.notFound();
    const { locale, key } = request;
    await this.limiter.consume(`shop-read:${ip}`, WIDGET_RATE_LIMITS.read);
    const shop = await this.showcases.showcase(id, locale).catch(() => null);
    if (!shop) throw AppError.notFound();
    await this.cards.send(res, shopShareCard(shop, locale), key, this.shareCardImage(shop, locale).url);
  }

  /** The shop's uploaded logo as the preview's thumbnail, when it can be one. */
  private logoImage(shop: ShopShowcaseModel): Promise<OpenGraphImage | null> {
    if (!shop.logoUrl) return Promise.resolve(null);
    return this.images.previewImage(LOGO_IMAGE, logoFileOf(shop.logoUrl), {
      url: shop.logoUrl,
      alt: shop.name,
      card: 'summary',
    });
  }

  private shareCardImage(shop: ShopShowcaseModel, locale: Locale): OpenGraphImage {
    const card = shopShareCard(shop, locale);
    return this.cards.image(this.catalogue.shopPage(shop.id), card, locale, `${card.title} — ${card.lines.join(', ')}`);
  }
}
