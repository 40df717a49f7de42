export * from './lib/problems';
export * from './lib/widget-rules';
export * from './lib/widget-feed';
export * from './lib/widget-texts';
export * from './lib/embed-snippet';
export * from './lib/messages';
export * from './lib/permissions';
