import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the document asks, under the field being resolved, for the fields `path` (field names, not
 * aliases), through named and inline fragments. Conditions (`@include`, `@skip`, a fragment's type) are
 * not weighed: a yes may be a field that will not be resolved, never a no for one that will. For a list
 * whose page can read a relation in the same statement only when it is asked (the feed's authors' shops).
 */
export function selectsPath(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[],
): boolean {
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  for (const name of path) {
    const next: (SelectionSetNode | undefined)[] = [];
    const visit = (set: SelectionSetNode | undefined, seen: Set<string>): void => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value === name) next.push(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
        else if (!seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          visit(info.fragments[selection.name.value]?.selectionSet, seen);
        }
      }
    };
    for (const set of sets) visit(set, new Set());
    if (!next.length) return false;
    sets = next;
  }
  return true;
}
