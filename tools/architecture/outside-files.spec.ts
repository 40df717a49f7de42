/**
 * Issue 21 part 8: a new domain touches at most four files outside its folder (docs/adding-a-domain.md):
 * the API's DOMAIN_MODULES, the web's logged-in routes, codegen.ts and a migration. This test fails
 * when a file that used to need a line per domain needs one again:
 * - tsconfig.base.json's path aliases are patterns (`@assoc/*-api`), naming the platform's and
 *   shared libraries only, and every library's index.ts is reached through them, where TypeScript
 *   resolves it, by the tools that cannot read the patterns themselves (tools/paths/tsconfig-paths.cjs);
 * - the TypeORM CLI's entities (apps/api/src/entities.ts) import no domain library: they are read
 *   from DOMAIN_MODULES;
 * - every domain's API library has its module in DOMAIN_MODULES (its entities then reach the data
 *   source: the migrations test checks each entity does);
 * - the shell's strings (apps/web/public/i18n) hold no menu labels: a menu entry carries its label in
 *   every language from its domain's `@assoc/<domain>-web/nav` file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { expandedPaths, tsconfigPaths } from '../paths/tsconfig-paths.cjs';

const ROOT = join(__dirname, '..', '..');
const SHARED = new Set(['platform', 'shared']);
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** `libs/<scope>/<kind>/src/index.ts` of every library. */
function libraryIndexes(): { scope: string; kind: string; file: string }[] {
  return readdirSync(join(ROOT, 'libs')).flatMap((scope) =>
    existsSync(join(ROOT, 'libs', scope)) && !scope.startsWith('.')
      ? readdirSync(join(ROOT, 'libs', scope))
          .map((kind) => ({ scope, kind, file: join(ROOT, 'libs', scope, kind, 'src', 'index.ts') }))
          .filter(({ file }) => existsSync(file))
      : [],
  );
}

/** The domains: every folder of libs/ but the platform and shared ones. */
function domains(): string[] {
  return [...new Set(libraryIndexes().map(({ scope }) => scope))].filter((scope) => !SHARED.has(scope));
}

describe('a new domain touches at most four files outside its folder', () => {
  it("tsconfig.base.json's aliases name no domain (patterns reach them)", () => {
    const named = Object.keys(tsconfigPaths(ROOT)).filter((alias) =>
      domains().some((domain) => alias.startsWith(`@assoc/${domain}-`)),
    );
    expect(named).toEqual([]);
  });

  it('reaches every library as @assoc/<scope>-<kind>, where TypeScript resolves it', () => {
    const aliases = expandedPaths(ROOT);
    const options = ts.parseJsonConfigFileContent(
      ts.readConfigFile(join(ROOT, 'tsconfig.base.json'), ts.sys.readFile).config,
      ts.sys,
      ROOT,
    ).options;
    const from = join(ROOT, 'apps', 'api', 'src', 'main.ts');
    const wrong: string[] = [];
    for (const { scope, kind, file } of libraryIndexes()) {
      const alias = `@assoc/${scope}-${kind}`;
      const resolved = ts.resolveModuleName(alias, from, options, ts.sys).resolvedModule?.resolvedFileName;
      if (aliases[alias] !== file || resolved !== file)
        wrong.push(`${alias}: tools ${aliases[alias]}, TypeScript ${resolved}, expected ${file}`);
    }
    for (const [alias, file] of Object.entries(aliases)) {
      const resolved = ts.resolveModuleName(alias, from, options, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved !== file) wrong.push(`${alias}: tools ${file}, TypeScript ${resolved}`);
    }
    expect(wrong).toEqual([]);
  });

  it("composes the TypeORM CLI's entities from DOMAIN_MODULES, importing no domain library", () => {
    const imports = [...read('apps/api/src/entities.ts').matchAll(/from '(@assoc\/[^']+)'/g)].map((m) => m[1]);
    expect(imports).toEqual(['@assoc/platform-api']);
  });

  it("has every domain's API module in DOMAIN_MODULES (app.module.ts)", () => {
    const appModule = read('apps/api/src/app.module.ts');
    const listed = /export const DOMAIN_MODULES = \[([^\]]*)\]/.exec(appModule)?.[1] ?? '';
    const missing = domains()
      .map((domain) => ({ domain, file: join('libs', domain, 'api', 'src', 'lib', `${domain}.module.ts`) }))
      .filter(({ file }) => existsSync(join(ROOT, file)))
      .map(({ domain, file }) => ({ domain, module: /export class (\w+Module)\b/.exec(read(file))?.[1] }))
      .filter(({ module }) => !module || !new RegExp(`\\b${module}\\b`).test(listed));
    expect(missing).toEqual([]);
  });

  it("keeps the menu's labels out of the shell's strings (each domain's web/src/nav.ts has them)", () => {
    for (const lang of ['fr', 'en']) {
      const shell = JSON.parse(read(`apps/web/public/i18n/${lang}.json`)) as Record<string, unknown>;
      expect([lang, 'nav' in shell]).toEqual([lang, false]);
    }
    const routes = read('apps/web/src/app/logged-in.routes.ts');
    expect(routes).not.toMatch(/labelKey/);
    for (const [, domain] of routes.matchAll(/from '@assoc\/([a-z]+)-web\/nav'/g))
      expect(existsSync(join(ROOT, 'libs', domain, 'web', 'src', 'nav.ts'))).toBe(true);
  });
});
