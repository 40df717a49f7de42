export * from './lib/invitation';
export * from './lib/decision-rules';
export * from './lib/presidency';
export * from './lib/messages';
export * from './lib/permissions';
export * from './lib/association-closing';
export * from './lib/public-slug';
