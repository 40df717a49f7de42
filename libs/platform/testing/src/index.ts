export * from './lib/test-app';
export * from './lib/graphql-client';
export * from './lib/factories';
export * from './lib/ics';
export * from './lib/link-preview';
export * from './lib/live-socket';
export * from './lib/stoppable-postgres';
export * from './lib/raw-mailbox';
