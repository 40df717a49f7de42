export * from './lib/reaction-emoji';
export * from './lib/mentions';
export * from './lib/post-text';
export * from './lib/topic-access';
export * from './lib/search-snippet';
export * from './lib/french-search';
export * from './lib/messages';
export * from './lib/permissions';
