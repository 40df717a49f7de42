import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { FilesModule, RateLimiter, ShareCards } from '@assoc/platform-api';
import { FeaturedProductMarks } from './featured-product-marks';
import { FeaturedProductPhotoController } from './featured-product-photo.controller';
import { FeaturedProductReads } from './featured-product-reads.service';
import { FeaturedProductsService } from './featured-products.service';
import { PublicCatalogue } from './public-catalogue.service';
import { ShopPageController } from './shop-page.controller';
import { ShopShowcaseResolver } from './shop-showcase.resolver';
import { ShopShowcaseService } from './shop-showcase.service';
import { WidgetFeedService } from './widget-feed.service';
import { WidgetPublicController } from './widget-public.controller';
import { WidgetScript } from './widget-script';
import { FeaturedProductResolver, WidgetResolver } from './widget.resolver';
import { WidgetsService } from './widgets.service';
import { WidgetsPersonalData } from './widgets-personal-data';
import { WIDGETS_ENTITIES } from './widgets.entities';
import { WIDGETS_MESSAGES, WIDGETS_PERMISSIONS } from '@assoc/widgets-domain';
import { registerMessages, registerPermissions } from '@assoc/platform-domain';

// This domain's own error reasons and permissions, registered with the platform's catalogue and guard (ADR 0026).
registerMessages('widgets', WIDGETS_MESSAGES);
registerPermissions('widgets', WIDGETS_PERMISSIONS);

/** The blog-up store: embeddable widgets, the shops' featured products, the public data, the embed script and its iframe page, the shops' public pages. */
@Module({
  imports: [AssociationsModule, DirectoryModule, FilesModule, TypeOrmModule.forFeature(WIDGETS_ENTITIES)],
  controllers: [WidgetPublicController, FeaturedProductPhotoController, ShopPageController],
  providers: [
    ShareCards,
    RateLimiter,
    WidgetScript,
    WidgetsService,
    FeaturedProductsService,
    PublicCatalogue,
    WidgetFeedService,
    ShopShowcaseService,
    WidgetResolver,
    FeaturedProductResolver,
    ShopShowcaseResolver,
    WidgetsPersonalData,
    FeaturedProductReads,
    FeaturedProductMarks,
  ],
  exports: [FeaturedProductReads, FeaturedProductMarks],
})
export class WidgetsModule {
  /** Its tables, for the TypeORM CLI's data source (apps/api/src/entities.ts reads them from DOMAIN_MODULES). */
  static readonly entities = WIDGETS_ENTITIES;
}
