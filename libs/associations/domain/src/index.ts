export * from './lib/invitation';
export * from './lib/decision-rules';
export * from './lib/presidency';
