export default {
  displayName: 'calendar-domain',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
