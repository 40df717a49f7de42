import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selectsPath } from './selects-path';

/** The root field of a document's operation, as graphql-js hands it to its resolver. */
function infoOf(document: string) {
  const definitions = parse(document).definitions;
  const operation = definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation?.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsPath', () => {
  it('finds a path of fields under the resolved one, by name whatever the aliases', () => {
    const info = infoOf('{ feed { nodes { id writer: author { id shop { name } } } } }');
    expect(selectsPath(info, ['nodes', 'author', 'shop'])).toBe(true);
    expect(selectsPath(info, ['nodes', 'author'])).toBe(true);
    expect(selectsPath(info, ['nodes', 'author', 'user'])).toBe(false);
    expect(selectsPath(info, ['nodes', 'writer'])).toBe(false);
    expect(selectsPath(info, ['pageInfo'])).toBe(false);
  });

  it('looks through named and inline fragments, nested ones too, and fields asked twice', () => {
    const info = infoOf(`
      query { feed { nodes { ...Post } nodes { id } } }
      fragment Post on Post { id author { ...Author } }
      fragment Author on Membership { id ... on Membership { shop { logoUrl } } }`);
    expect(selectsPath(info, ['nodes', 'author', 'shop', 'logoUrl'])).toBe(true);
    expect(selectsPath(info, ['nodes', 'author', 'shop', 'name'])).toBe(false);
  });

  it('answers yes for a field under a condition (it may be resolved), and stops at a fragment spread in itself', () => {
    expect(
      selectsPath(infoOf('query($s: Boolean!) { feed { nodes { author @include(if: $s) { shop { id } } } } }'), [
        'nodes',
        'author',
        'shop',
      ]),
    ).toBe(true);
    const looping = infoOf('{ feed { ...A } } fragment A on PostConnection { ...A nodes { id } }');
    expect(selectsPath(looping, ['nodes', 'id'])).toBe(true);
    expect(selectsPath(looping, ['nodes', 'text'])).toBe(false);
  });
});
