import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentNode, parse, print } from 'graphql';
import { operationName, printDocument } from './print-document';

const LIBS = resolve(__dirname, '../../../../..');

/** Every `export const XDocument = {...}` of every web library's generated file. */
function generatedDocuments(): { name: string; document: DocumentNode }[] {
  const found: { name: string; document: DocumentNode }[] = [];
  for (const domain of readdirSync(LIBS)) {
    const dir = join(LIBS, domain, 'web/src/lib/graphql');
    let files: string[];
    try {
      files = readdirSync(dir).filter((file) => file.endsWith('.generated.ts'));
    } catch {
      continue;
    }
    for (const file of files) {
      for (const match of readFileSync(join(dir, file), 'utf8').matchAll(
        /^export const (\w+Document) = (\{.*\}) as unknown as/gm,
      )) {
        found.push({ name: `${domain}/${match[1]}`, document: JSON.parse(match[2]) as DocumentNode });
      }
    }
  }
  return found;
}

describe('printDocument', () => {
  const documents = generatedDocuments();

  it('finds the generated documents of the web libraries', () => {
    expect(documents.length).toBeGreaterThan(100);
    expect(documents.map((d) => d.name)).toContain('platform/ViewerDocument');
  });

  it('writes each generated document as a query that parses back to the same document as graphql-js prints', () => {
    const mismatches = documents
      .filter(({ document }) => print(parse(printDocument(document))) !== print(document))
      .map((d) => d.name);
    expect(mismatches).toEqual([]);
  });

  it('writes every kind of value, with strings escaped, and refuses a kind it does not know', () => {
    const source = `query Q($a: [Int!]! = [1, 2], $b: In = {x: "é \\"q\\"\\n", y: null, z: true, w: 1.5, e: RED}) @live {
      alias: field(a: $a, b: $b) @include(if: true) { ...F ... on T { id } ... @skip(if: false) { id } }
    } fragment F on T { id }`;
    expect(print(parse(printDocument(parse(source))))).toBe(print(parse(source)));
    expect(() => printDocument({ kind: 'SchemaDefinition' })).toThrow('Cannot print a GraphQL SchemaDefinition');
  });

  it('names the operation', () => {
    expect(operationName(parse('fragment F on T { id } mutation LogIn { a }'))).toBe('LogIn');
    expect(operationName(parse('{ a }'))).toBeUndefined();
  });
});
