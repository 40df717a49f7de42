export default {
  displayName: 'notifications-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
