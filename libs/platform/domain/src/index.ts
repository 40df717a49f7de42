export * from './lib/roles';
export * from './lib/locale';
export * from './lib/error-codes';
export * from './lib/messages';
export * from './lib/retention';
