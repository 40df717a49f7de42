/**
 * Writes a generated GraphQL document (a syntax tree, as `typed-document-node` emits it) back as the
 * query text a request carries. graphql-js's `print` does this too, but brings its visitor and
 * printer into whatever imports it; the light client of the first load (ADR 0036) needs only the
 * node kinds an operation of ours holds. Compact, not pretty: the server parses it the same way. A
 * kind it does not know throws, and the spec prints every generated document of the repository and
 * compares it with graphql-js.
 */

interface AstNode {
  kind: string;
  value?: unknown;
  [key: string]: unknown;
}

type Nodes = readonly AstNode[] | undefined;

function name(node: AstNode): string {
  return (node['name'] as AstNode).value as string;
}

function list(nodes: Nodes, separator = ' ', open = '', close = ''): string {
  return nodes && nodes.length > 0 ? open + nodes.map(print).join(separator) + close : '';
}

function directives(node: AstNode): string {
  const nodes = node['directives'] as Nodes;
  return nodes && nodes.length > 0 ? ' ' + list(nodes) : '';
}

function selections(node: AstNode): string {
  const set = node['selectionSet'] as AstNode | undefined;
  return set ? ' ' + print(set) : '';
}

function print(node: AstNode): string {
  switch (node.kind) {
    case 'Document':
      return list(node['definitions'] as Nodes, '\n');
    case 'OperationDefinition': {
      const nameNode = node['name'] as AstNode | undefined;
      const variables = list(node['variableDefinitions'] as Nodes, ', ', '(', ')');
      return `${node['operation'] as string}${nameNode ? ' ' + (nameNode.value as string) : ''}${variables}${directives(node)}${selections(node)}`;
    }
    case 'FragmentDefinition':
      return `fragment ${name(node)} on ${print(node['typeCondition'] as AstNode)}${directives(node)}${selections(node)}`;
    case 'VariableDefinition': {
      const fallback = node['defaultValue'] as AstNode | undefined;
      return `${print(node['variable'] as AstNode)}: ${print(node['type'] as AstNode)}${fallback ? ' = ' + print(fallback) : ''}${directives(node)}`;
    }
    case 'SelectionSet':
      return `{ ${list(node['selections'] as Nodes)} }`;
    case 'Field': {
      const alias = node['alias'] as AstNode | undefined;
      const args = list(node['arguments'] as Nodes, ', ', '(', ')');
      return `${alias ? (alias.value as string) + ': ' : ''}${name(node)}${args}${directives(node)}${selections(node)}`;
    }
    case 'FragmentSpread':
      return `...${name(node)}${directives(node)}`;
    case 'InlineFragment': {
      const condition = node['typeCondition'] as AstNode | undefined;
      return `...${condition ? ' on ' + print(condition) : ''}${directives(node)}${selections(node)}`;
    }
    case 'Argument':
    case 'ObjectField':
      return `${name(node)}: ${print(node['value'] as AstNode)}`;
    case 'Directive':
      return `@${name(node)}${list(node['arguments'] as Nodes, ', ', '(', ')')}`;
    case 'Variable':
      return `$${name(node)}`;
    case 'NamedType':
      return name(node);
    case 'ListType':
      return `[${print(node['type'] as AstNode)}]`;
    case 'NonNullType':
      return `${print(node['type'] as AstNode)}!`;
    case 'IntValue':
    case 'FloatValue':
    case 'EnumValue':
      return node['value'] as string;
    case 'StringValue':
      return JSON.stringify(node['value']);
    case 'BooleanValue':
      return node['value'] ? 'true' : 'false';
    case 'NullValue':
      return 'null';
    case 'ListValue':
      return `[${list(node['values'] as Nodes, ', ')}]`;
    case 'ObjectValue':
      return `{${list(node['fields'] as Nodes, ', ')}}`;
    default:
      throw new Error(`Cannot print a GraphQL ${node.kind}`);
  }
}

/** The query text of a generated document (its operation and the fragments it uses). */
export function printDocument(document: object): string {
  return print(document as AstNode);
}

/** The name of the document's operation, sent beside the query (the API's logs and metrics read it). */
export function operationName(document: object): string | undefined {
  const definitions = (document as AstNode)['definitions'] as AstNode[];
  const operation = definitions.find((d) => d.kind === 'OperationDefinition');
  const nameNode = operation?.['name'] as AstNode | undefined;
  return nameNode ? (nameNode.value as string) : undefined;
}
