export default {
  displayName: 'community-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
