export * from './lib/community.module';
export * from './lib/community.entities';
