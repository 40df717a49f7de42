import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { LOGO_IMAGE, logoFileOf } from '@assoc/directory-api';
import {
  AppError,
  ClientIp,
  Clock,
  HttpRequest,
  HttpResponse,
  ImageStorage,
  Locale,
  OpenGraphImage,
  PageLocale,
  Public,
  RateLimiter,
  renderNotFoundPage,
  renderPublicPage,
  sendPublicPage,
  shareBox,
  shareCardRequest,
  ShareCards,
} from '@assoc/platform-api';
import { withJoinCustomerBox } from '@assoc/customers-api';
import { SHOP_PAGE_TEXTS, shopPageView } from './shop-page-view';
import { shopPageMain } from './shop-page.html';
import { PublicCatalogue } from './public-catalogue.service';
import { shopOpenGraph, shopShareCard } from './shop-open-graph';
import { ShopShowcaseModel } from './shop-showcase.models';
import { ShopShowcaseService } from './shop-showcase.service';
import { WIDGET_RATE_LIMITS } from './widget-public.controller';

/**
 * A shop's public page (where every widget links), server-rendered (ADR 0022: no Angular, no form,
 * one style sheet), in the visitor's language (`?lang=`, else Accept-Language: French unless English comes first):
 * - `GET /b/:id`: its profile, current offers, upcoming cashmobs, featured products (with their marks: co-created) and week, with the shop's title, description, Open Graph and Twitter tags
 *   and as its image the shop's logo (a PNG or JPEG of at least 200 px, its true size read from its
 *   bytes, as a `summary` card: logos are small and square) or else its share card; an unknown shop (or one whose owner left) is a 404 page kept out of search engines;
 * - `GET /b/:id/share-card/:lang/:key.png`: the share card (1200 x 630 PNG), cached for a year under its content key.
 * Registered before the static files.
 */
@Controller('b')
export class ShopPageController {
  constructor(
    private readonly showcases: ShopShowcaseService,
    private readonly catalogue: PublicCatalogue,
    private readonly limiter: RateLimiter,
    private readonly cards: ShareCards,
    private readonly images: ImageStorage,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get(':id')
  async page(
    @Param('id') id: string,
    @ClientIp() ip: string,
    @PageLocale() locale: Locale,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    await this.limiter.consume(`shop-read:${ip}`, WIDGET_RATE_LIMITS.read);
    const shop = await this.showcases.showcase(id, locale, { marks: true }).catch(() => null);
    if (!shop) {
      const t = SHOP_PAGE_TEXTS[locale === Locale.EN ? 'en' : 'fr'];
      const words = { title: t.notFoundTitle, text: t.notFound };
      const page = renderNotFoundPage(locale, req.originalUrl, this.catalogue.shopPage(id), words);
      sendPublicPage(res, page, { status: 404 });
      return;
    }
    const url = this.catalogue.shopPage(shop.id);
    const image = (await this.logoImage(shop)) ?? this.shareCardImage(shop, locale);
    const page = renderPublicPage({
      locale,
      url: req.originalUrl,
      openGraph: shopOpenGraph(shop, url, locale, image),
      main: withJoinCustomerBox(
        shopPageMain(shopPageView(shop, locale, this.clock.now()), shareBox(locale, { url, title: shop.name })),
        locale,
        { name: shop.associationName, slug: shop.associationSlug },
        'shop',
      ),
      association: { name: shop.associationName },
    });
    sendPublicPage(res, page);
  }

  @Public()
  @Get(':id/share-card/:lang/:file')
  async shareCard(
    @Param('id') id: string,
    @Param('lang') lang: string,
    @Param('file') file: string,
    @ClientIp() ip: string,
    @Res() res: HttpResponse,
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
