import { Controller, Get, Param, Res } from '@nestjs/common';
import { AppError, ClientIp, Locale, Public, RateLimiter, WebIndexHtml, withOpenGraph } from '@assoc/platform-api';
import { Response } from 'express';
import { PromotionLinks } from './promotion-links';
import { campaignOpenGraph } from './campaign-open-graph';
import { PublicCampaignService } from './public-campaign.service';
import { CAMPAIGN_RATE_LIMITS } from './public-campaign.resolver';

/**
 * `GET /p/:slug`: the web app's page with Open Graph tags for link previews (messaging apps, social
 * networks run no JavaScript). Only the public page's facts; an unknown or unpublished campaign gets
 * the plain page, which shows its own message. Registered before the static files.
 */
@Controller('p')
export class CampaignPageController {
  constructor(
    private readonly index: WebIndexHtml,
    private readonly campaigns: PublicCampaignService,
    private readonly links: PromotionLinks,
    private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Get(':slug')
  async page(@Param('slug') slug: string, @ClientIp() ip: string, @Res() res: Response): Promise<void> {
    const html = await this.index.read();
    if (html === null) throw AppError.notFound();
    this.limiter.consume(`campaign-read:${ip}`, CAMPAIGN_RATE_LIMITS.read);
    const campaign = await this.campaigns.page(slug, null, Locale.FR).catch(() => null);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.send(campaign ? withOpenGraph(html, campaignOpenGraph(campaign, this.links.publicPage(campaign.slug))) : html);
  }
}
