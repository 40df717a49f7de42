export * from './lib/community.module';
export * from './lib/community.entities';
export * from './lib/community-figures.service';
