export * from './lib/widgets.module';
