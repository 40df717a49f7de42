export * from './lib/messages';
export * from './lib/permissions';
export * from './lib/retention';
export * from './lib/data-export';
