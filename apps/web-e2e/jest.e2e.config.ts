/**
 * Browser journeys against the built app (dist/apps/api serving dist/apps/web). Named
 * jest.e2e.config.ts, not jest.config.ts, so the @nx/jest plugin infers no `test` target: these run
 * through `nx run web-e2e:e2e` only, after the build. ts-jest transpiles each file on its own
 * (isolatedModules, set in tsconfig.json).
 */
export default {
  displayName: 'web-e2e',
  rootDir: '.',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  reporters: ['default', '<rootDir>/../../tools/jest/count-reporter.cjs'],
  testTimeout: 120000,
  // Two journeys at once: each file has its own API and database, and they pass with the other core busy.
  maxWorkers: 2,
};
