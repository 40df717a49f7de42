import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed GraphQL documents for the Angular client: one generated file per web library,
// next to that library's *.graphql operations. Enums are emitted as string unions so the
// files stay compatible with each other.
const schema = 'docs/api-contract.graphql'; // switch to 'apps/api/schema.gql' once the API generates it

const plugins = ['typescript', 'typescript-operations', 'typed-document-node'];
const config = {
  enumsAsTypes: true,
  onlyOperationTypes: true,
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
  scalars: { DateTime: 'string' },
  useTypeImports: true,
  dedupeFragments: true,
};

const webLib = (domain: string) => ({
  [`libs/${domain}/web/src/lib/graphql/${domain}.generated.ts`]: {
    documents: [`libs/${domain}/web/src/**/*.graphql`],
    plugins,
    config,
  },
});

const codegen: CodegenConfig = {
  schema,
  overwrite: true,
  generates: {
    ...webLib('platform'),
    ...webLib('identity'),
    ...webLib('associations'),
    ...webLib('directory'),
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default codegen;
