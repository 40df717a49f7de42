// Shared jest settings for the node-side libraries (domain, util, api, testing). ts-jest compiles
// each file on its own: isolatedModules is set in each tsconfig.spec.json. The count reporter feeds
// npm test's summary (tools/scripts/test.mjs).
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['**/?(*.)+(spec|integration-spec).ts'],
  moduleNameMapper: require('./tools/jest/path-mapper.js'),
  reporters: ['default', require.resolve('./tools/jest/count-reporter.cjs')],
};
