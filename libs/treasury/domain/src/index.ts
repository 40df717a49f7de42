export * from './lib/accounts';
export * from './lib/journal';
export * from './lib/statement';
export * from './lib/closing';
export * from './lib/messages';
export * from './lib/permissions';
