export default {
  displayName: 'associations-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
