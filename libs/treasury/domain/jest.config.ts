export default {
  displayName: 'treasury-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
