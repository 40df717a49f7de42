// Shared jest settings for the node-side libraries (domain, util, api, testing).
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', isolatedModules: true }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['**/?(*.)+(spec|integration-spec).ts'],
  moduleNameMapper: require('./tools/jest/path-mapper.js'),
};
