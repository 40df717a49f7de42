export default {
  displayName: 'community-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  globalSetup: '../../../apps/api/test/global-setup.ts',
  globalTeardown: '../../../apps/api/test/global-teardown.ts',
  testTimeout: 30000,
};
