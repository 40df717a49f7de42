// Maps the tsconfig.base.json path aliases (@assoc/...) to their sources for jest.
const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');
const root = path.resolve(__dirname, '../..');
module.exports = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/\\-]/g, (c) => `\\${c}`)}$`,
    path.join(root, target),
  ]),
);
