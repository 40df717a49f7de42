export * from './lib/impact.module';
export * from './lib/impact.service';
