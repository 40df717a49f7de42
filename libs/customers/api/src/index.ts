export * from './lib/customers.module';
export * from './lib/customers.entities';
