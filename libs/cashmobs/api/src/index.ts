export * from './lib/cashmob.entity';
export * from './lib/cashmob-support.entity';
export * from './lib/cashmob-sign-up.entity';
export * from './lib/cashmob-settings.entity';
export * from './lib/cashmobs.module';
export * from './lib/cashmobs.entities';
export * from './lib/cashmob-jobs.service';
export * from './lib/cashmob-calendar.service';
export * from './lib/cashmob-reads';
export * from './lib/cashmobs-demo';
// Fixtures for other domains' tests, written by this domain (testing.ts: it imports the test kit's types only).
export * from './testing';
