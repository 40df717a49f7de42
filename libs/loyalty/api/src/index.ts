export * from './lib/loyalty.module';
export * from './lib/loyalty.entities';
