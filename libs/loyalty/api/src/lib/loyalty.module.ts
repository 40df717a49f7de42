import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registerMessages, registerPermissions } from '@assoc/platform-domain';
import { LOYALTY_MESSAGES, LOYALTY_PERMISSIONS } from '@assoc/loyalty-domain';
import { LOYALTY_ENTITIES } from './loyalty.entities';

registerMessages('loyalty', LOYALTY_MESSAGES);
registerPermissions('loyalty', LOYALTY_PERMISSIONS);

/** Issue 17 (customers as co-creators). */
@Module({
  imports: [TypeOrmModule.forFeature(LOYALTY_ENTITIES)],
  providers: [],
  exports: [],
})
export class LoyaltyModule {
  static readonly entities = LOYALTY_ENTITIES;
}
