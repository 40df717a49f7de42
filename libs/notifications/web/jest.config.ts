// Unit tests for the library's framework-free helpers (notification wording and links).
export default {
  displayName: 'notifications-web',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
