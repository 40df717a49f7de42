// Unit tests for the library's framework-free helpers (audit wording, amounts).
export default {
  displayName: 'projects-web',
  preset: '../../../jest.preset.js',
  rootDir: '.',
};
