export * from './lib/privacy.module';
export * from './lib/privacy.entities';
