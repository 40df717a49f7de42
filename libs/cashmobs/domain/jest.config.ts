export default {
  displayName: 'cashmobs-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
