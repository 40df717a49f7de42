import { DynamicModule, Module } from '@nestjs/common';
import { AssociationsModule } from '@assoc/associations-api';
import { CalendarModule } from '@assoc/calendar-api';
import { CashmobsModule } from '@assoc/cashmobs-api';
import { DirectoryModule } from '@assoc/directory-api';
import { IdentityModule } from '@assoc/identity-api';
import { ImpactModule } from '@assoc/impact-api';
import { NetworkModule } from '@assoc/network-api';
import { NotificationsModule } from '@assoc/notifications-api';
import { PlatformModule, PlatformOptions } from '@assoc/platform-api';
import { ProjectsModule } from '@assoc/projects-api';
import { PrivacyModule } from '@assoc/privacy-api';
import { PromotionsModule } from '@assoc/promotions-api';
import { WidgetsModule } from '@assoc/widgets-api';
import { TreasuryModule } from '@assoc/treasury-api';
import { CustomersModule } from '@assoc/customers-api';
import { LoyaltyModule } from '@assoc/loyalty-api';
import { CommunityModule } from '@assoc/community-api';
import { DemoSeeder } from './demo/demo-seeder';
import { MIGRATIONS } from './migrations';

/** The domains the product is made of. */
export const DOMAIN_MODULES = [
  IdentityModule,
  AssociationsModule,
  DirectoryModule,
  NotificationsModule,
  NetworkModule,
  ProjectsModule,
  CashmobsModule,
  PromotionsModule,
  CalendarModule,
  ImpactModule,
  WidgetsModule,
  PrivacyModule,
  TreasuryModule,
  CustomersModule,
  LoyaltyModule,
  CommunityModule,
];

@Module({})
export class AppModule {
  static forRoot(options: Omit<PlatformOptions, 'migrations'>): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ ...options, migrations: MIGRATIONS }), ...DOMAIN_MODULES],
      providers: [DemoSeeder],
    };
  }
}
