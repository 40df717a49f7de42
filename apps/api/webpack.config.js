const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');
const { expandedPaths } = require('../../tools/paths/tsconfig-paths.cjs');

/** Bundles the API and its libraries into dist/apps/api/main.js; npm packages stay external. */
module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api'), clean: true },
  devtool: 'source-map',
  // The @assoc/... aliases, tsconfig.base.json's `*` patterns expanded over the libraries' folders
  // (exact: `$`), in place of Nx's tsconfig-paths plugin, which mis-reads a `*` followed by a suffix
  // (tools/paths/tsconfig-paths.cjs).
  resolve: {
    alias: Object.fromEntries(Object.entries(expandedPaths()).map(([alias, file]) => [`${alias}$`, file])),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      useTsconfigPaths: false,
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      externalDependencies: 'all',
      sourceMap: true,
      // The blog widget's embed script, minified by widgets-api's embed target, served at /widget.js.
      // The server-rendered public pages' style sheet and script (libs/platform/api/…/public-page/assets).
      assets: [
        { input: 'dist/libs/widgets/embed', glob: 'widget.js', output: '.' },
        { input: 'libs/platform/api/src/lib/web/public-page/assets', glob: 'public-page.*', output: 'public-page' },
      ],
    }),
  ],
};
