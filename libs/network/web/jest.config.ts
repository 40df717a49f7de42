// Unit tests for the library's framework-free helpers (text rendering, search highlights).
export default {
  displayName: 'network-web',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
