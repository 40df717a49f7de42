export default {
  displayName: 'privacy-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
