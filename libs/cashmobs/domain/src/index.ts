export * from './lib/problems';
export * from './lib/cashmob-status';
export * from './lib/cashmob-rules';
export * from './lib/rotation';
export * from './lib/sign-up-capacity';
export * from './lib/cashmob-report';
export * from './lib/cashmob-schedule';
