import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { COMMUNITY_MESSAGES, COMMUNITY_PERMISSIONS } from '@assoc/community-domain';
import { CustomersModule } from '@assoc/customers-api';
import { DirectoryModule } from '@assoc/directory-api';
import { LoyaltyModule } from '@assoc/loyalty-api';
import { NotificationsModule } from '@assoc/notifications-api';
import { RateLimiter } from '@assoc/platform-api';
import { registerMessages, registerPermissions } from '@assoc/platform-domain';
import { ProjectsModule } from '@assoc/projects-api';
import { PromotionsModule } from '@assoc/promotions-api';
import { FeaturedProductMarks, WidgetsModule } from '@assoc/widgets-api';
import { AuthorNames } from './author-names.service';
import { COMMUNITY_ENTITIES } from './community.entities';
import { CommunitySettingsService } from './community-settings.service';
import { ContributionRewards } from './contribution-rewards.service';
import { CoCreatedProductsService } from './co-created-products.service';
import { ContributionsResolver } from './contributions.resolver';
import { CommunityFigures } from './community-figures.service';
import { CommunityPagesController } from './community-pages.controller';
import { CommunityPersonalData } from './community-personal-data';
import { IdeaNotices } from './idea-notices.service';
import { RecommendationsService } from './recommendations.service';
import { IdeaOutcomes } from './idea-outcomes.service';
import { IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';

registerMessages('community', COMMUNITY_MESSAGES);
registerPermissions('community', COMMUNITY_PERMISSIONS);

/**
 * The community (issue 17, ADR 0035): the ideas box (members in the app, customers on the public pages),
 * the board's answers and adoption into projects and campaigns, points for contributions, recommendations
 * of shops, co-created products, and the public community page.
 */
@Module({
  imports: [
    AssociationsModule,
    DirectoryModule,
    NotificationsModule,
    ProjectsModule,
    PromotionsModule,
    CustomersModule,
    LoyaltyModule,
    WidgetsModule,
    TypeOrmModule.forFeature(COMMUNITY_ENTITIES),
  ],
  controllers: [CommunityPagesController],
  providers: [
    RateLimiter,
    AuthorNames,
    ContributionRewards,
    CommunitySettingsService,
    IdeaNotices,
    IdeaOutcomes,
    IdeasService,
    IdeasResolver,
    RecommendationsService,
    CoCreatedProductsService,
    ContributionsResolver,
    CommunityPersonalData,
    CommunityFigures,
  ],
  exports: [CommunityFigures],
})
export class CommunityModule implements OnModuleInit {
  static readonly entities = COMMUNITY_ENTITIES;

  constructor(
    private readonly productMarks: FeaturedProductMarks,
    private readonly coCreated: CoCreatedProductsService,
  ) {}

  /** Co-created products wear their badge on the shop page (/b/:id) and in the widgets (widgets cannot read community). */
  onModuleInit(): void {
    this.productMarks.register({
      domain: 'community',
      marks: (association, productIds) => this.coCreated.marks(association, productIds),
    });
  }
}
