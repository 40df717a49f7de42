/**
 * Issue 21 part 6: components receive their data from their domain's data-access services
 * (`libs/<domain>/web/src/lib/data-access/*.data.ts`), which own the GraphQL documents, the fetch
 * policies and the cache updates; no component injects Apollo. This scan (TypeScript's parser, no
 * type-checking) lists every file under libs/ and apps/ that declares a class decorated with
 * `@Component` and imports from 'apollo-angular' (or one of its entry points).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

/**
 * Components not converted yet. This list only shrinks: a file that no longer imports Apollo must
 * leave it (the test fails until it does), and no file may join it.
 */
const PENDING = new Set<string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter(
      (e) => e.isFile() && e.name.endsWith('.ts') && !/\.(spec|integration-spec|e2e-spec|generated)\.ts$/.test(e.name),
    )
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

function isComponent(node: ts.Node): boolean {
  if (!ts.isClassDeclaration(node)) return false;
  return (ts.getDecorators(node) ?? []).some((decorator) => {
    const call = decorator.expression;
    return ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'Component';
  });
}

function importsApollo(node: ts.Node): boolean {
  return (
    ts.isImportDeclaration(node) &&
    ts.isStringLiteral(node.moduleSpecifier) &&
    /^apollo-angular(\/|$)/.test(node.moduleSpecifier.text)
  );
}

/** Component files importing apollo-angular. */
function componentsWithApollo(): string[] {
  const roots = [
    ...readdirSync(join(ROOT, 'libs')).map((d) => `libs/${d}`),
    ...readdirSync(join(ROOT, 'apps')).map((d) => `apps/${d}`),
  ].filter((dir) => existsSync(join(ROOT, dir)));
  return roots
    .flatMap(sourceFiles)
    .filter((file) => {
      const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest);
      return source.statements.some(importsApollo) && source.statements.some(isComponent);
    })
    .sort();
}

describe('no component injects Apollo (issue 21 part 6)', () => {
  const found = componentsWithApollo();

  it('has no component importing apollo-angular outside the pending list: use a data-access service', () => {
    expect(found.filter((file) => !PENDING.has(file))).toEqual([]);
  });

  it('lists as pending only components that still import apollo-angular: remove converted ones', () => {
    expect([...PENDING].filter((file) => !found.includes(file))).toEqual([]);
  });
});
