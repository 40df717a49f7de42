export default {
  displayName: 'directory-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
