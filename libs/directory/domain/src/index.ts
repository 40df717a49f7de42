export * from './lib/trade-category';
export * from './lib/opening-hours';
