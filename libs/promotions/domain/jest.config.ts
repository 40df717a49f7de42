export default {
  displayName: 'promotions-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
