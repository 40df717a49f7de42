// Maps the tsconfig.base.json path aliases (@assoc/...) to their sources for jest, the patterns
// expanded over the libraries' folders (tools/paths/tsconfig-paths.cjs).
const { expandedPaths } = require('../paths/tsconfig-paths.cjs');
module.exports = Object.fromEntries(
  Object.entries(expandedPaths()).map(([alias, file]) => [`^${alias.replace(/[/\\-]/g, (c) => `\\${c}`)}$`, file]),
);
