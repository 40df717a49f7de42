export default {
  displayName: 'widgets-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
