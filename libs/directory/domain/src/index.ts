export * from './lib/trade-category';
export * from './lib/opening-hours';
export * from './lib/address-map';
export * from './lib/messages';
export * from './lib/permissions';
