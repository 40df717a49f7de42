export * from './lib/privacy.module';
export * from './lib/privacy.entities';
export * from './lib/data-exports.service';
