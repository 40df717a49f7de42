// The path aliases of tsconfig.base.json (@assoc/...) as exact aliases, each pattern with a `*` expanded
// over the folders that exist: "@assoc/*-api": ["libs/*/api/src/index.ts"] gives @assoc/<d>-api for
// every libs/<d>/api/src/index.ts. TypeScript, esbuild (the web build) and Nx read the patterns
// themselves; this is for the tools that cannot: the API's webpack build and ts-node's register
// (tsconfig-paths 4.2.0 turns "@assoc/platform-api" into libs/platform-api/api/…: a `*` followed by a
// suffix is cut with `substr` where `substring` was meant, jonaskello/tsconfig-paths#140) and jest's
// moduleNameMapper. A new library adds no line anywhere (issue 21 part 8); tsconfig-paths.spec.ts
// checks every alias here resolves where TypeScript resolves it.
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');

/** tsconfig.base.json's `paths` (the file is plain JSON: no comments). */
function tsconfigPaths(root = ROOT) {
  return JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths;
}

/**
 * Every alias and the absolute file it names. As in TypeScript, an exact entry wins over a pattern; a
 * pattern's `*` stands for one folder's name (its target is `<folder>/*<rest>`), or, at the end of the
 * target (`<folder>/*`), for one TypeScript file's name without `.ts` (`@assoc/shared-util/icons/store`).
 */
function expandedPaths(root = ROOT) {
  const entries = Object.entries(tsconfigPaths(root));
  const aliases = {};
  for (const [alias, [target]] of entries) if (!alias.includes('*')) aliases[alias] = path.join(root, target);
  for (const [pattern, [target]] of entries) {
    if (!pattern.includes('*')) continue;
    const [prefix, suffix] = pattern.split('*');
    const [folder, rest] = target.split('*');
    if (folder.endsWith('/') && rest === '') {
      for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
        const name = entry.name.replace(/\.ts$/, '');
        const alias = `${prefix}${name}${suffix}`;
        if (entry.isFile() && /^[^.]+\.ts$/.test(entry.name) && !(alias in aliases))
          aliases[alias] = path.join(root, folder, entry.name);
      }
      continue;
    }
    if (!folder.endsWith('/') || !rest.startsWith('/'))
      throw new Error(`${pattern}: its target's * must be a whole folder name (${target})`);
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const file = path.join(root, folder, entry.name, rest);
      const alias = `${prefix}${entry.name}${suffix}`;
      if (entry.isDirectory() && existsSync(file) && !(alias in aliases)) aliases[alias] = file;
    }
  }
  return aliases;
}

module.exports = { expandedPaths, tsconfigPaths };
