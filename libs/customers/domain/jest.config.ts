export default {
  displayName: 'customers-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
