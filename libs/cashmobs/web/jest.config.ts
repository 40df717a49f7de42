// Unit tests for the library's framework-free helpers (grouping the list).
export default {
  displayName: 'cashmobs-web',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
