export * from './lib/problems';
export * from './lib/campaign-status';
export * from './lib/campaign-rules';
export * from './lib/offer-rules';
export * from './lib/codes';
export * from './lib/redemption';
export * from './lib/results';
