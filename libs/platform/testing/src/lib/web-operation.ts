import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefinitionNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, print, visit } from 'graphql';

/**
 * The web's own operation as it sends it: the named operation from the given `*.graphql` files
 * (paths from the repository root) with every fragment it spreads, so a test runs the web's exact
 * document instead of a copy that drifts.
 */
export function webOperation(files: string[], name: string): string {
  const definitions: DefinitionNode[] = files.flatMap(
    (file) => parse(readFileSync(join(repositoryRoot(), file), 'utf8')).definitions,
  );
  const operation = definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
  );
  if (!operation) throw new Error(`no operation ${name} in ${files.join(', ')}`);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode): void => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment) throw new Error(`no fragment ${spread.name.value} for ${name}`);
        if (used.has(fragment.name.value)) return;
        used.set(fragment.name.value, fragment);
        collect(fragment);
      },
    });
  };
  collect(operation);
  return [operation, ...used.values()].map((d) => print(d)).join('\n\n');
}

function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = join(dir, '..');
    if (parent === dir) throw new Error(`no nx.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}
