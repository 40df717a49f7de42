import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Allow,
  AppError,
  Clock,
  CurrentMember,
  FileUpload,
  HttpResponse,
  ImageStorage,
  Member,
  Permission,
  Upload,
  UploadedFile,
  uuidArg,
} from '@assoc/platform-api';
import { offerHeadline, resultsCsvFileName } from '@assoc/promotions-domain';
import { CsvLocale } from '@assoc/shared-util';
import { DataSource } from 'typeorm';
import { CampaignAccess } from './campaign-access.service';
import { campaignDates } from './campaign-dates';
import { posterPdf } from './campaign-poster';
import { CampaignResultsService } from './campaign-results.service';
import { CampaignsService } from './campaigns.service';
import { COVER_IMAGE, coverUrl } from './cover-storage';
import { PromotionLinks } from './promotion-links';

/**
 * Plain HTTP for files, behind the same guard: a cover image (`POST /api/campaigns/:id/cover`, multipart
 * field `cover`, PNG/JPEG/WebP ≤ 5 MB, the president and board), the results as CSV (`GET /api/campaigns/:id/results.csv`,
 * the board every shop, a member their own) and an offer's A4 poster (`GET /api/campaigns/offers/:id/poster.pdf`,
 * the shop's owner and the board).
 */
@Controller('api/campaigns')
export class CampaignFilesController {
  constructor(
    private readonly results: CampaignResultsService,
    private readonly access: CampaignAccess,
    private readonly links: PromotionLinks,
    private readonly campaigns: CampaignsService,
    private readonly images: ImageStorage,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @Allow(Permission.ManageCampaigns)
  @Post(':id/cover')
  @HttpCode(200)
  @FileUpload(COVER_IMAGE.field, COVER_IMAGE.maxMb)
  async cover(
    @Param('id', uuidArg('id')) id: string,
    @UploadedFile() file: Upload,
    @Member() member: CurrentMember,
  ): Promise<{ coverUrl: string | null }> {
    await this.access.campaign(this.dataSource.manager, member, id);
    return {
      coverUrl: coverUrl(
        (await this.campaigns.setCover(member, id, await this.images.store(COVER_IMAGE, file))).coverFile,
      ),
    };
  }

  @Allow(Permission.ViewCampaigns)
  @Get(':id/results.csv')
  async csv(
    @Param('id', uuidArg('id')) id: string,
    @Query('locale') locale: string | undefined,
    @Member() member: CurrentMember,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const lang: CsvLocale = locale === 'en' ? 'en' : 'fr';
    const { body, campaign } = await this.results.csv(member, id, lang);
    res.header('content-type', 'text/csv; charset=utf-8');
    res.header('content-disposition', `attachment; filename="${resultsCsvFileName(fileSlug(campaign.title), lang)}"`);
    res.send(body);
  }

  @Allow(Permission.ViewCampaigns)
  @Get('offers/:offerId/poster.pdf')
  async poster(
    @Param('offerId', uuidArg('offerId')) offerId: string,
    @Query('locale') locale: string | undefined,
    @Member() member: CurrentMember,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const manager = this.dataSource.manager;
    const offer = await this.access.offer(manager, member, offerId);
    if (offer.ownerMembershipId !== member.membershipId && !this.access.isManager(member)) throw AppError.notFound();
    const campaign = await this.access.campaign(manager, member, offer.campaignId);
    const shop = await this.access.offerShop(manager, offer);
    const association = await this.access.association(manager, member.associationId);
    const lang = locale === 'en' ? 'en' : 'fr';
    const pdf = await posterPdf({
      associationName: association.name,
      campaignTitle: campaign.title,
      theme: campaign.theme,
      dates: campaignDates(campaign.startsAt, campaign.endsAt, association.timeZone, lang),
      shopName: shop.name,
      address: `${shop.address}, ${shop.postcode} ${shop.town}`,
      headline: offerHeadline(offer, lang),
      conditions: offer.conditions,
      code: offer.code,
      link: this.links.publicPage(campaign.slug, offer.id),
      locale: lang,
      now: this.clock.now(),
    });
    res.header('content-type', 'application/pdf');
    res.header(
      'content-disposition',
      `inline; filename="${lang === 'fr' ? 'affiche' : 'poster'}-${fileSlug(shop.name)}.pdf"`,
    );
    res.send(pdf);
  }
}

/** A title as a file name: no accents, lower case, dashes. */
function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'campagne'
  );
}
