export * from './lib/impact.module';
export * from './lib/impact.entities';
export * from './lib/impact.service';
