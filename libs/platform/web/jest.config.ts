// Unit tests for the library's framework-free helpers (reading the API's errors, live-socket retries).
export default {
  displayName: 'platform-web',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
