export default {
  displayName: 'platform-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
