import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { CustomerDataSources, CustomersModule } from '@assoc/customers-api';
import { DirectoryModule } from '@assoc/directory-api';
import { registerMessages, registerPermissions, registerSecondFactorPermissions } from '@assoc/platform-domain';
import { LOYALTY_MESSAGES, LOYALTY_PERMISSIONS, LOYALTY_SECOND_FACTOR } from '@assoc/loyalty-domain';
import { TreasuryModule } from '@assoc/treasury-api';
import { LoyaltyBoard } from './loyalty-board.service';
import { LoyaltyCardPageController } from './loyalty-card-page.controller';
import { LoyaltyCardPage } from './loyalty-card-page.service';
import { LoyaltyCounter } from './loyalty-counter.service';
import { loyaltyCustomerData } from './loyalty-customer-data';
import { LoyaltyMovements } from './loyalty-movements.service';
import { LoyaltyFigures, LoyaltyPoints, LoyaltyReads, LoyaltySaleShares } from './loyalty-public.services';
import { LoyaltyRules } from './loyalty-rules.service';
import { LoyaltyResolver } from './loyalty.resolver';
import { LOYALTY_ENTITIES } from './loyalty.entities';

registerMessages('loyalty', LOYALTY_MESSAGES);
registerPermissions('loyalty', LOYALTY_PERMISSIONS);
registerSecondFactorPermissions('loyalty', LOYALTY_SECOND_FACTOR);

const PUBLIC_SERVICES = [LoyaltyPoints, LoyaltySaleShares, LoyaltyReads, LoyaltyFigures];

/**
 * The town loyalty card (issue 17, ADR 0034): the board's rule and rewards, shops opting in, the counter, the
 * customer's card page, and the services other domains call (points awarded, co-created products' shares, public
 * summary, figures). Rewards are paid from the treasury's loyalty pot.
 */
@Module({
  imports: [
    AssociationsModule,
    DirectoryModule,
    CustomersModule,
    TreasuryModule,
    TypeOrmModule.forFeature(LOYALTY_ENTITIES),
  ],
  controllers: [LoyaltyCardPageController],
  providers: [
    LoyaltyCardPage,
    LoyaltyRules,
    LoyaltyMovements,
    LoyaltyBoard,
    LoyaltyCounter,
    LoyaltyResolver,
    ...PUBLIC_SERVICES,
  ],
  exports: PUBLIC_SERVICES,
})
export class LoyaltyModule implements OnModuleInit {
  static readonly entities = LOYALTY_ENTITIES;

  constructor(private readonly customerData: CustomerDataSources) {}

  onModuleInit(): void {
    this.customerData.register(loyaltyCustomerData);
  }
}
