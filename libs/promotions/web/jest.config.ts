// Unit tests for the library's framework-free helpers (the review count).
export default {
  displayName: 'promotions-web',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
