export * from './lib/loyalty.module';
export * from './lib/loyalty.entities';
export * from './lib/loyalty.entity';
export * from './lib/loyalty-public.services';
export * from './lib/loyalty-demo';
