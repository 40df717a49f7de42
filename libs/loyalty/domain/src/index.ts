export * from './lib/messages';
export * from './lib/permissions';
export * from './lib/rules';
