import { CustomerEntity, CustomerLinkEntity, CustomerSessionEntity } from './customer.entity';

/**
 * The tables this library owns (the customers domain): its module registers them with TypeORM,
 * and apps/api composes every library's list for the TypeORM CLI, the tests and the running API.
 */
export const CUSTOMERS_ENTITIES = [CustomerEntity, CustomerLinkEntity, CustomerSessionEntity];
