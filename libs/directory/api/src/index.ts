export * from './lib/directory.module';
export * from './lib/directory.entities';
export * from './lib/shops.service';
export * from './lib/shop-reads.service';
export * from './lib/shop.entity';
export * from './lib/shop.models';
export * from './lib/shop.inputs';
export * from './lib/logo-storage';
