/**
 * Issue 21 part 5 (ADR 0030): domains talk through services. No non-entity, non-test file of one
 * domain's API (services, resolvers, controllers, loaders, jobs, mappers, modules, builders) imports
 * an entity class of another domain's API library: it asks the owner's exported service or read
 * function (`MembershipReads`, `AssociationReads`, `ShopReads`…). Entities (`*.entity.ts`, the
 * `<domain>.entities.ts` lists) may keep their cross-domain relations for foreign keys and joins;
 * tests (`*.spec.ts`, `*-test-helpers.ts`) may use other domains' entities for fixtures.
 *
 * The scan reads each file with TypeScript's parser (no type-checking), so an import written over
 * several lines, an alias (`ShopEntity as Shop`), `import type`, a re-export or a namespace import
 * (`shops.ShopEntity`) all count. The entity classes are those decorated with `@Entity` (or
 * `@ViewEntity`/`@ChildEntity`) in a library's source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '..', '..');

/**
 * Files still importing another domain's entity while their domain moves to the owners' read
 * services. This list only shrinks: a file that no longer imports one must leave it (the test fails
 * until it does), and no file may join it.
 */
const PENDING = new Set<string>([]);

/** Test code: fixtures may build other domains' rows directly. */
const TEST_FILE = /(\.(spec|integration-spec|e2e-spec)\.ts|-test-helpers\.ts)$/;
/** Entity files and the domain's entity list: they hold the relations (foreign keys, joins). */
const ENTITY_FILE = /\.(entity|entities)\.ts$/;

export interface Violation {
  file: string;
  entity: string;
  owner: string;
}

/** `libs/<domain>/api/src/...` → domain, else null. */
function apiDomainOfPath(path: string): string | null {
  return /^libs\/([^/]+)\/api\/src\//.exec(path)?.[1] ?? null;
}

/** The api library a module specifier names: `@assoc/<domain>-api[/…]` or a relative path into `libs/<domain>/api/src`. */
function apiDomainOfSpecifier(fromFile: string, specifier: string): string | null {
  const alias = /^@assoc\/([a-z-]+)-api(\/|$)/.exec(specifier);
  if (alias) return alias[1];
  if (!specifier.startsWith('.')) return null;
  return apiDomainOfPath(
    relative(ROOT, resolve(ROOT, dirname(fromFile), specifier))
      .split('\\')
      .join('/'),
  );
}

function apiSourceFiles(): string[] {
  return readdirSync(join(ROOT, 'libs'))
    .map((domain) => `libs/${domain}/api/src`)
    .filter((dir) => existsSync(join(ROOT, dir)))
    .flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
        .map((e) => relative(ROOT, join(e.parentPath, e.name)).split('\\').join('/')),
    )
    .sort();
}

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
}

/** Names of the classes a file declares with `@Entity(...)`, `@ViewEntity(...)` or `@ChildEntity(...)`. */
export function declaredEntities(source: ts.SourceFile): string[] {
  return source.statements.flatMap((node) => {
    if (!ts.isClassDeclaration(node) || !node.name) return [];
    const isEntity = (ts.getDecorators(node) ?? []).some((decorator) => {
      const call = decorator.expression;
      return (
        ts.isCallExpression(call) &&
        ts.isIdentifier(call.expression) &&
        ['Entity', 'ViewEntity', 'ChildEntity'].includes(call.expression.text)
      );
    });
    return isEntity ? [node.name.text] : [];
  });
}

/**
 * The other domains' entity classes a file of `domain`'s API imports. `entities` maps each entity
 * class to the domain whose API library declares it.
 */
export function crossDomainEntityImports(
  file: string,
  text: string,
  domain: string,
  entities: ReadonlyMap<string, string>,
): Violation[] {
  const source = parse(file, text);
  const found: Violation[] = [];
  const note = (name: string, owner: string) => {
    if (entities.get(name) === owner) found.push({ file, entity: name, owner });
  };
  const namespaces = new Map<string, string>();
  for (const node of source.statements) {
    const isImport = ts.isImportDeclaration(node);
    if (!isImport && !ts.isExportDeclaration(node)) continue;
    const specifier = node.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier)) continue;
    const owner = apiDomainOfSpecifier(file, specifier.text);
    if (!owner || owner === domain) continue;
    if (isImport) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) note((element.propertyName ?? element.name).text, owner);
      if (bindings && ts.isNamespaceImport(bindings)) namespaces.set(bindings.name.text, owner);
    } else if (node.exportClause && ts.isNamedExports(node.exportClause)) {
      for (const element of node.exportClause.elements) note((element.propertyName ?? element.name).text, owner);
    }
  }
  if (namespaces.size) {
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) || ts.isQualifiedName(node)) {
        const left = ts.isPropertyAccessExpression(node) ? node.expression : node.left;
        const right = ts.isPropertyAccessExpression(node) ? node.name : node.right;
        if (ts.isIdentifier(left) && namespaces.has(left.text)) note(right.text, namespaces.get(left.text) as string);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Every violation in the repository, plus non-test files that import a test helper. */
function scan(): { violations: Violation[]; testHelperImports: string[] } {
  const files = apiSourceFiles();
  const texts = new Map(files.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')]));
  const entities = new Map<string, string>();
  for (const file of files.filter((f) => !TEST_FILE.test(f)))
    for (const name of declaredEntities(parse(file, texts.get(file) as string)))
      entities.set(name, apiDomainOfPath(file) as string);
  const checked = files.filter((file) => !TEST_FILE.test(file) && !ENTITY_FILE.test(file));
  const violations = checked.flatMap((file) =>
    crossDomainEntityImports(file, texts.get(file) as string, apiDomainOfPath(file) as string, entities),
  );
  const testHelperImports = checked.filter((file) =>
    parse(file, texts.get(file) as string).statements.some(
      (node) =>
        ts.isImportDeclaration(node) &&
        ts.isStringLiteral(node.moduleSpecifier) &&
        /-test-helpers$/.test(node.moduleSpecifier.text),
    ),
  );
  return { violations, testHelperImports };
}

describe('domains talk through services: no API file imports another domain’s entity (issue 21 part 5, ADR 0030)', () => {
  const { violations, testHelperImports } = scan();

  it('has no file outside the pending list importing another domain’s entity: ask the owner’s read service', () => {
    expect(
      violations
        .filter((v) => !PENDING.has(v.file))
        .map((v) => `${v.file} imports ${v.entity} (owned by ${v.owner}-api)`),
    ).toEqual([]);
  });

  it('lists as pending only files that still import another domain’s entity: remove the ones moved', () => {
    const stillViolating = new Set(violations.map((v) => v.file));
    expect([...PENDING].filter((file) => !stillViolating.has(file))).toEqual([]);
  });

  it('has no API code (outside tests) importing a test helper', () => {
    expect(testHelperImports).toEqual([]);
  });
});

describe('the boundary scan itself', () => {
  const entities = new Map([
    ['ShopEntity', 'directory'],
    ['MembershipEntity', 'associations'],
    ['CampaignEntity', 'promotions'],
  ]);
  const scanOf = (text: string, file = 'libs/promotions/api/src/lib/x.service.ts') =>
    crossDomainEntityImports(file, text, 'promotions', entities).map((v) => v.entity);

  it('counts imports over several lines, aliases, type-only imports and re-exports', () => {
    expect(
      scanOf(`import {
  ShopReads,
  ShopEntity as Shop,
} from '@assoc/directory-api';
import type { MembershipEntity } from '@assoc/associations-api';
export { ShopEntity } from '@assoc/directory-api';`),
    ).toEqual(['ShopEntity', 'MembershipEntity', 'ShopEntity']);
  });

  it('counts an entity reached through a namespace import, and one imported by a relative path into another library', () => {
    expect(scanOf(`import * as directory from '@assoc/directory-api';\nconst r = directory.ShopEntity;`)).toEqual([
      'ShopEntity',
    ]);
    expect(scanOf(`import { ShopEntity } from '../../../../directory/api/src/lib/shop.entity';`)).toEqual([
      'ShopEntity',
    ]);
  });

  it('ignores the domain’s own entities, other domains’ services and models, and non-api libraries', () => {
    expect(
      scanOf(`import { CampaignEntity } from './campaign.entity';
import { CampaignEntity as C } from '@assoc/promotions-api';
import { ShopReads, ShopModel } from '@assoc/directory-api';
import { Role } from '@assoc/platform-domain';`),
    ).toEqual([]);
  });

  it('finds the entity classes by their decorator', () => {
    const source = ts.createSourceFile(
      'x.ts',
      `@Entity('shops') export class ShopEntity {}\nexport abstract class AssociationScopedEntity {}\n@ViewEntity({}) class Totals {}`,
      ts.ScriptTarget.Latest,
    );
    expect(declaredEntities(source)).toEqual(['ShopEntity', 'Totals']);
  });
});
