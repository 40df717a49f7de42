import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { registerMessages, registerPermissions } from '@assoc/platform-domain';
import { CUSTOMERS_MESSAGES, CUSTOMERS_PERMISSIONS } from '@assoc/customers-domain';
import { CUSTOMERS_ENTITIES } from './customers.entities';

registerMessages('customers', CUSTOMERS_MESSAGES);
registerPermissions('customers', CUSTOMERS_PERMISSIONS);

/** Issue 17 (customers as co-creators). */
@Module({
  imports: [TypeOrmModule.forFeature(CUSTOMERS_ENTITIES)],
  providers: [],
  exports: [],
})
export class CustomersModule {
  static readonly entities = CUSTOMERS_ENTITIES;
}
