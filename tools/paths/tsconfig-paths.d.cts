/** tsconfig.base.json's `paths`, as written. */
export function tsconfigPaths(root?: string): Record<string, string[]>;
/** Every alias and the absolute file it names, the `*` patterns expanded over the folders that exist. */
export function expandedPaths(root?: string): Record<string, string>;
