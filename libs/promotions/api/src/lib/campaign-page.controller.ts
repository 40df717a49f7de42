import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  AppError,
  ClientIp,
  field,
  formErrors,
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
  validateForm,
} from '@assoc/platform-api';
import { withJoinCustomerBox } from '@assoc/customers-api';
import {
  CAMPAIGN_PAGE_TEXTS,
  campaignPageHref,
  CampaignPageQuery,
  campaignPageQuery,
  campaignPageView,
  ClaimOutcome,
} from './campaign-page-view';
import { campaignNotFoundWords, campaignPageMain } from './campaign-page.html';
import { ClaimVoucherInput } from './offer.inputs';
import { COVER_IMAGE, coverFileOf } from './cover-storage';
import { PromotionLinks } from './promotion-links';
import { campaignOpenGraph, campaignShareCard } from './campaign-open-graph';
import { PublicCampaignModel } from './campaign.models';
import { PublicCampaignService } from './public-campaign.service';
import { CAMPAIGN_RATE_LIMITS } from './public-campaign.resolver';

/**
 * The public campaign page, server-rendered (ADR 0022: no Angular, one style sheet, a few lines of
 * script), in the visitor's language (`?lang=`, else Accept-Language: French unless English comes first):
 * - `GET /p/:slug`: the campaign, its offers (`?trade=` filters, `?offer=` first, `?claim=` opens its
 *   voucher form), with its title, description, Open Graph and Twitter tags for link previews and as
 *   their image the campaign's cover (a PNG or JPEG of at least 200 px, its true size read from its
 *   bytes), else the share card; an unknown or unpublished campaign is a 404 page kept out of search engines;
 * - `POST /p/:slug`: the voucher form (`offerId`, `email`, `consent`), as the `claimVoucher` mutation
 *   (same input checks, same service, same rate limit): the page again with the voucher in its offer,
 *   or with the form's errors and what was typed. The script posts it in the background;
 * - `GET /p/:slug/share-card/:lang/:key.png`: the share card (1200 x 630 PNG), cached for a year
 *   under its content key (a new title is a new key).
 * Registered before the static files.
 */
@Controller('p')
export class CampaignPageController {
  constructor(
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
    @Query() query: Record<string, unknown>,
    @ClientIp() ip: string,
    @PageLocale() locale: Locale,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    await this.limiter.consume(`campaign-read:${ip}`, CAMPAIGN_RATE_LIMITS.read);
    await this.send(req, res, slug, campaignPageQuery(query), locale, null);
  }

  @Public()
  @Post(':slug')
  async claim(
    @Param('slug') slug: string,
    @Query() query: Record<string, unknown>,
    @Body() body: Record<string, unknown>,
    @ClientIp() ip: string,
    @PageLocale() locale: Locale,
    @Req() req: HttpRequest,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const offerId = field(body, 'offerId');
    const email = field(body, 'email').trim();
    const consent = field(body, 'consent') === 'true';
    const outcome: ClaimOutcome = { offerId, email, consent, errors: {}, receipt: null };
    let status = 200;
    try {
      await this.limiter.consume(`campaign-claim:${ip}`, CAMPAIGN_RATE_LIMITS.claim);
      const input = await validateForm(ClaimVoucherInput, {
        offerId,
        email: email || null,
        consent: !!email && consent,
      });
      outcome.receipt = await this.campaigns.claim(slug, input, locale);
    } catch (error) {
      const refused = formErrors(error, locale);
      const { email: emailError, consent: consentError } = refused.fields;
      outcome.errors =
        emailError || consentError ? { email: emailError, consent: consentError } : { form: refused.message };
      status = refused.status;
    }
    const q = campaignPageQuery(query);
    // The voucher is shown once: a reload shows the page without it.
    const keepUrl = outcome.receipt ? campaignPageHref(slug, q) : undefined;
    await this.send(req, res, slug, { ...q, claim: null }, locale, outcome, status, keepUrl);
  }

  private async send(
    req: HttpRequest,
    res: HttpResponse,
    slug: string,
    query: CampaignPageQuery,
    locale: Locale,
    outcome: ClaimOutcome | null,
    status = 200,
    keepUrl?: string,
  ): Promise<void> {
    const campaign = await this.campaigns.page(slug, query.trade, locale).catch(() => null);
    if (!campaign) {
      const words = campaignNotFoundWords(CAMPAIGN_PAGE_TEXTS[locale === Locale.EN ? 'en' : 'fr']);
      sendPublicPage(res, renderNotFoundPage(locale, req.originalUrl, this.links.publicPage(slug), words), {
        status: 404,
      });
      return;
    }
    const url = this.links.publicPage(campaign.slug);
    const image = (await this.coverImage(campaign)) ?? this.shareCardImage(campaign, locale);
    const page = renderPublicPage({
      locale,
      url: req.originalUrl,
      openGraph: campaignOpenGraph(campaign, url, locale, image),
      main: withJoinCustomerBox(
        campaignPageMain(
          campaignPageView(campaign, query, locale, outcome),
          shareBox(locale, { url, title: campaign.title }),
        ),
        locale,
        { name: campaign.associationName, slug: campaign.associationSlug },
        'campaign',
      ),
      association: { name: campaign.associationName },
      keepUrl,
    });
    sendPublicPage(res, page, { status });
  }

  @Public()
  @Get(':slug/share-card/:lang/:file')
  async shareCard(
    @Param('slug') slug: string,
    @Param('lang') lang: string,
    @Param('file') file: string,
    @ClientIp() ip: string,
    @Res() res: HttpResponse,
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
