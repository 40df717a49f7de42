export default {
  displayName: 'impact-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
