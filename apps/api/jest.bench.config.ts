// Benchmarks: `npm run bench`. Not part of `npm test`; they print figures and assert nothing about time.
export default {
  displayName: 'api-bench',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/bench/**/*.bench.ts'],
  globalSetup: './test/global-setup.ts',
  globalTeardown: './test/global-teardown.ts',
  testTimeout: 600000,
};
