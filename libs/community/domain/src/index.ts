export * from './lib/messages';
export * from './lib/permissions';
export * from './lib/ideas';
export * from './lib/rewards';
