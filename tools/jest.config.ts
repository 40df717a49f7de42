// Tests of the workspace's own tooling: the browser finder, npm test's preflight and its counts.
export default {
  displayName: 'tools',
  preset: '../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testTimeout: 60000,
};
