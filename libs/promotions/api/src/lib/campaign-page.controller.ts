import { Controller, Get, Param, Res } from '@nestjs/common';
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
import { COVER_IMAGE, coverFileOf } from './cover-storage';
import { PromotionLinks } from './promotion-links';
import { campaignOpenGraph, campaignShareCard } from './campaign-open-graph';
import { PublicCampaignModel } from './campaign.models';
import { PublicCampaignService } from './public-campaign.service';
import { CAMPAIGN_RATE_LIMITS } from './public-campaign.resolver';

/**
 * The public campaign page for link previews (messaging apps and social networks run no
 * JavaScript), in the visitor's language (Accept-Language: French unless English comes first):
 * - `GET /p/:slug`: the web app's page with its title, description, Open Graph and Twitter tags and
 *   as its image the campaign's cover (a PNG or JPEG of at least 200 px, its true size read from its
 *   bytes), else the share card; an unknown or unpublished campaign is a 404 page kept out of search engines;
 * - `GET /p/:slug/share-card/:lang/:key.png`: the share card (1200 x 630 PNG), cached for a year
 *   under its content key (a new title is a new key).
 * Registered before the static files.
 */
@Controller('p')
export class CampaignPageController {
  constructor(
    private readonly index: WebIndexHtml,
    private readonly campaigns: PublicCampaignService,
    private readonly links: PromotionLinks,
    private readonly limiter: RateLimiter,
    private readonly cards: ShareCards,
    private readonly images: ImageStorage,
  ) {}

  @Public()
  @Get(':slug')
  async page(
    @Param('slug') slug: string,
    @ClientIp() ip: string,
    @RequestLocale() locale: Locale,
    @Res() res: Response,
  ): Promise<void> {
    const html = await this.index.read();
    if (html === null) throw AppError.notFound();
    await this.limiter.consume(`campaign-read:${ip}`, CAMPAIGN_RATE_LIMITS.read);
    const campaign = await this.campaigns.page(slug, null, locale).catch(() => null);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Language');
    if (!campaign) {
      res.status(404).send(notFoundPage(html, locale));
      return;
    }
    const url = this.links.publicPage(campaign.slug);
    const image = (await this.coverImage(campaign)) ?? this.shareCardImage(campaign, locale);
    res.send(withOpenGraph(html, campaignOpenGraph(campaign, url, locale, image)));
  }

  @Public()
  @Get(':slug/share-card/:lang/:file')
  async shareCard(
    @Param('slug') slug: string,
    @Param('lang') lang: string,
    @Param('file') file: string,
    @ClientIp() ip: string,
    @Res() res: Response,
  ): Promise<void> {
    const request = shareCardRequest(lang, file);
    if (!request) throw AppError.notFound();
    const { locale, key } = request;
    await this.limiter.consume(`campaign-read:${ip}`, CAMPAIGN_RATE_LIMITS.read);
    const campaign = await this.campaigns.page(slug, null, locale).catch(() => null);
    if (!campaign) throw AppError.notFound();
    await this.cards.send(res, campaignShareCard(campaign, locale), key, this.shareCardImage(campaign, locale).url);
  }

  /** The uploaded cover as the preview's large picture, when it can be one. */
  private coverImage(campaign: PublicCampaignModel): Promise<OpenGraphImage | null> {
    if (!campaign.coverUrl) return Promise.resolve(null);
    return this.images.previewImage(COVER_IMAGE, coverFileOf(campaign.coverUrl), {
      url: this.links.absolute(campaign.coverUrl),
      alt: campaign.title,
      card: 'summary_large_image',
    });
  }

  private shareCardImage(campaign: PublicCampaignModel, locale: Locale): OpenGraphImage {
    const card = campaignShareCard(campaign, locale);
    return this.cards.image(this.links.publicPage(campaign.slug), card, locale, `${card.title} — ${card.lines[0]}`);
  }
}
