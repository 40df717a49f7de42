// `node -r ./tools/paths/register.cjs` (with ts-node): resolves the @assoc/... aliases at run time, in
// place of `-r tsconfig-paths/register`, which mis-reads tsconfig.base.json's `*-api` patterns (see
// tsconfig-paths.cjs). Used by `nx run api:migration-generate` and the mail worker's crash test.
const path = require('node:path');
const { register } = require('tsconfig-paths');
const { expandedPaths } = require('./tsconfig-paths.cjs');

register({
  baseUrl: path.resolve(__dirname, '../..'),
  paths: Object.fromEntries(Object.entries(expandedPaths()).map(([alias, file]) => [alias, [file]])),
  addMatchAll: false,
});
