// Data benchmarks: `npm run bench:data` (directory, impact, growth at 1x/100x/1,000x the demo). Not part of `npm test`;
// they print figures and assert nothing about time. The throughput benchmark is `npm run bench` (throughput.mjs).
export default {
  displayName: 'api-bench',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/bench/**/*.bench.ts'],
  globalSetup: './test/global-setup.ts',
  globalTeardown: './test/global-teardown.ts',
  testTimeout: 600000,
};
