export * from './lib/messages';
export * from './lib/permissions';
export * from './lib/card-code';
export * from './lib/customer-rules';
export * from './lib/customer-links';
