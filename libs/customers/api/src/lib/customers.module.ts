import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { registerMessages, registerPermissions, registerRetention } from '@assoc/platform-domain';
import { CUSTOMERS_MESSAGES, CUSTOMERS_PERMISSIONS, CUSTOMERS_RETENTION } from '@assoc/customers-domain';
import { CustomerDataSources } from './customer-data-sources';
import { CustomerPagesController } from './customer-pages.controller';
import { CustomersFilesController } from './customers-files.controller';
import { CustomerFigures, CustomerReads } from './customer-reads.service';
import { CustomerSessions } from './customer-sessions.service';
import { CUSTOMERS_ENTITIES } from './customers.entities';
import { CustomersPersonalData } from './customers-personal-data';
import { CustomersPurge } from './customers-purge.service';
import { CustomersBoardResolver } from './customers-board.resolver';
import { CustomersBoardService } from './customers-board.service';
import { CustomersService } from './customers.service';

registerMessages('customers', CUSTOMERS_MESSAGES);
registerPermissions('customers', CUSTOMERS_PERMISSIONS);
registerRetention('customers', CUSTOMERS_RETENTION);

/**
 * Issue 17's customers: per-association identity with magic links (ADR 0033), the customer pages' frame and
 * session, and the reads other domains build on (CustomerReads, lockCustomer, CustomerSessions,
 * CustomerDataSources, CustomerFigures).
 */
@Module({
  imports: [AssociationsModule, TypeOrmModule.forFeature(CUSTOMERS_ENTITIES)],
  controllers: [CustomerPagesController, CustomersFilesController],
  providers: [
    CustomerReads,
    CustomerFigures,
    CustomerSessions,
    CustomerDataSources,
    CustomersService,
    CustomersPersonalData,
    CustomersPurge,
    CustomersBoardService,
    CustomersBoardResolver,
  ],
  exports: [CustomerReads, CustomerFigures, CustomerSessions, CustomerDataSources, CustomersService],
})
export class CustomersModule {
  static readonly entities = CUSTOMERS_ENTITIES;
}
