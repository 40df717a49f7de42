export default {
  displayName: 'directory-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
  globalSetup: '../../../libs/platform/testing/src/global-setup.ts',
  globalTeardown: '../../../libs/platform/testing/src/global-teardown.ts',
  testTimeout: 30000,
};
