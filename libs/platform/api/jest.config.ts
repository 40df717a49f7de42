export default {
  displayName: 'platform-api',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
