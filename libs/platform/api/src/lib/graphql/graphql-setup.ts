import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { AppConfig } from '../config/app-config';
import { localizeVariableErrors } from './localize-errors.plugin';

/**
 * Apollo settings: code-first schema, CSRF prevention, depth/alias/cost limits, no introspection or
 * stack traces in production.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    // Counted on introspection too; 15 leaves room for the standard introspection query (depth 13).
    maxDepth: { n: 15, ignoreIntrospection: false },
    maxAliases: { n: 10 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 3000 },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
  return {
    driver: ApolloDriver,
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    csrfPrevention: true,
    introspection: !config.isProduction,
    playground: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, localizeVariableErrors(), ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : [])],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
