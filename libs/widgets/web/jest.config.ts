// Unit tests for the library's framework-free pieces (the cache's type policies).
export default {
  displayName: 'widgets-web',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
