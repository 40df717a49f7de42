import { CampaignDrafts } from './campaign-drafts.service';
import { CampaignPageController } from './campaign-page.controller';
import { CampaignCalendarService } from './campaign-calendar.service';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { NotificationsModule } from '@assoc/notifications-api';
import { FilesModule, RateLimiter, ShareCards } from '@assoc/platform-api';
import { CampaignCoverController } from './campaign-cover.controller';
import { CampaignAccess } from './campaign-access.service';
import { CampaignFilesController } from './campaign-files.controller';
import { CampaignResultsService } from './campaign-results.service';
import { CampaignTransitionsService } from './campaign-transitions.service';
import { CampaignResolver } from './campaign.resolver';
import { CampaignsService } from './campaigns.service';
import { OfferResolver } from './offer.resolver';
import { OffersService } from './offers.service';
import { PromotionLinks } from './promotion-links';
import { PublicCampaignResolver } from './public-campaign.resolver';
import { PublicCampaignService } from './public-campaign.service';
import { RedemptionResolver } from './redemption.resolver';
import { RedemptionsService } from './redemptions.service';
import { PROMOTIONS_ENTITIES } from './promotions.entities';
import { PROMOTIONS_MESSAGES, PROMOTIONS_PERMISSIONS, PROMOTIONS_RETENTION } from '@assoc/promotions-domain';
import { registerMessages, registerPermissions, registerRetention } from '@assoc/platform-domain';
import { PromotionsOnboarding } from './promotions-onboarding';
import { PromotionsPersonalData } from './promotions-personal-data';
import { PromotionsFigures } from './promotions-figures.service';

// This domain's own error reasons and permissions, registered with the platform's catalogue and guard (ADR 0026).
registerMessages('promotions', PROMOTIONS_MESSAGES);
registerPermissions('promotions', PROMOTIONS_PERMISSIONS);
registerRetention('promotions', PROMOTIONS_RETENTION);

/** Shared promotions: campaigns, shops' offers and their review, the public page, vouchers, redemption in the shop, results, posters. */
@Module({
  imports: [
    AssociationsModule,
    DirectoryModule,
    NotificationsModule,
    FilesModule,
    TypeOrmModule.forFeature(PROMOTIONS_ENTITIES),
  ],
  controllers: [CampaignFilesController, CampaignCoverController, CampaignPageController],
  providers: [
    ShareCards,
    CampaignCalendarService,
    RateLimiter,
    PromotionLinks,
    CampaignAccess,
    CampaignsService,
    OffersService,
    PublicCampaignService,
    RedemptionsService,
    CampaignResultsService,
    CampaignTransitionsService,
    CampaignResolver,
    OfferResolver,
    PublicCampaignResolver,
    RedemptionResolver,
    PromotionsOnboarding,
    PromotionsPersonalData,
    CampaignDrafts,
    PromotionsFigures,
  ],
  exports: [
    CampaignTransitionsService,
    CampaignResultsService,
    CampaignCalendarService,
    CampaignDrafts,
    PromotionsFigures,
  ],
})
export class PromotionsModule {
  /** Its tables, for the TypeORM CLI's data source (apps/api/src/entities.ts reads them from DOMAIN_MODULES). */
  static readonly entities = PROMOTIONS_ENTITIES;
}
