import { Module } from '@nestjs/common';
import { AssociationsModule } from '@assoc/associations-api';
import { CommunityModule } from '@assoc/community-api';
import { CustomersModule } from '@assoc/customers-api';
import { LoyaltyModule } from '@assoc/loyalty-api';
import { NetworkModule } from '@assoc/network-api';
import { PromotionsModule } from '@assoc/promotions-api';
import { ProjectsModule } from '@assoc/projects-api';
import { ImpactFilesController } from './impact-files.controller';
import { ImpactRecords } from './impact-records';
import { ImpactResolver } from './impact.resolver';
import { ImpactService } from './impact.service';
import { IMPACT_MESSAGES, IMPACT_PERMISSIONS } from '@assoc/impact-domain';
import { registerMessages, registerPermissions } from '@assoc/platform-domain';

// This domain's own error reasons and permissions, registered with the platform's catalogue and guard (ADR 0026).
registerMessages('impact', IMPACT_MESSAGES);
registerPermissions('impact', IMPACT_PERMISSIONS);

/** The impact dashboard: read-only figures over the other domains' records, as GraphQL, CSV and PDF. */
@Module({
  imports: [
    AssociationsModule,
    ProjectsModule,
    CustomersModule,
    LoyaltyModule,
    CommunityModule,
    NetworkModule,
    PromotionsModule,
  ],
  controllers: [ImpactFilesController],
  providers: [ImpactRecords, ImpactService, ImpactResolver],
  exports: [ImpactService],
})
export class ImpactModule {}
