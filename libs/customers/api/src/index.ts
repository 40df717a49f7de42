/**
 * customers-api (issue 17): what other domains may use. Contract names as agreed:
 * `CustomerReads`, `lockCustomer`, `CustomerSessions`, `CustomerDataSources`, `CustomerFigures`,
 * `customerPageFrame` (+ `sendCustomerPage`, `customerNav`), `joinCustomerLink` (+ `customerPaths`), and the
 * test helper `joinedCustomer(api, associationId, { firstName, email, consents })` → `{ customerId, cardCode,
 * cookie, email }` (libs/customers/api/src/testing.ts, exported here: it imports the test kit's types only).
 * `lockCustomer(manager, associationId, customerId, mode = 'share')`: FOR SHARE for other domains' writes,
 * the erasure takes FOR UPDATE. The association's slug: `AssociationReads.bySlug(slug)` (associations-api),
 * and `AssociationSummary.slug`.
 */
export * from './lib/customers.module';
export * from './lib/customer.entity';
export * from './lib/customers.entities';
export * from './lib/customer-card';
export * from './lib/customer-reads.service';
export * from './lib/customer-sessions.service';
export * from './lib/customer-data-sources';
export * from './lib/customer-links';
export * from './lib/customers.service';
export * from './lib/customer-page-frame';
export * from './lib/customers-demo';
export * from './testing';
export { customerLocale } from './lib/customer-pages.controller';
