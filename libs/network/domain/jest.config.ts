export default {
  displayName: 'network-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
