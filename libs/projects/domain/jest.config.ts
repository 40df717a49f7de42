export default {
  displayName: 'projects-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
