export * from './lib/password-policy';
export * from './lib/common-passwords';
export * from './lib/messages';
export * from './lib/closed-account';
export * from './lib/account';
export * from './lib/second-factor';
export * from './lib/second-factor-messages';
export * from './lib/retention';
