import type { ApolloServerPlugin } from '@apollo/server';
import { message } from '@assoc/platform-domain';
import type { HttpRequest } from '../http/http-types';
import { ASTVisitor, GraphQLError, ValidationContext } from 'graphql';
import { requestState } from '../auth/request-context';

/** Aliases a real page never reaches (the web client's operations use none): counts `__typename` too. */
export const MAX_ALIASES = 10;

/**
 * Tokens in one document (a real page's largest operation has a few hundred). Counted by graphql-js's
 * parser (Apollo's parseOptions), so going past it is a parse failure: HTTP 400, one error.
 */
export const MAX_TOKENS = 3000;

/** Marks a refusal for going past a limit, so that it alone is answered. */
const LIMIT = 'OPERATION_LIMIT';

/**
 * At most `max` aliased fields in the whole document, `__typename` and fragments included (the alias
 * rule of graphql-armor leaves introspection fields out, so 100 aliases of `__typename` went through).
 */
export function maxAliasesRule(max = MAX_ALIASES) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === max + 1) {
          context.reportError(
            new GraphQLError(`Too many aliases: at most ${max} per request.`, {
              nodes: [node],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: LIMIT },
            }),
          );
        }
      },
    };
  };
}

/** graphql-armor's refusals (depth, aliases, directives, tokens, cost) and ours. */
function isLimitRefusal(error: Error): boolean {
  return (
    (error instanceof GraphQLError && error.extensions?.['limit'] === LIMIT) ||
    /\blimit\b.*\bexceeded\b|exceeded.*\blimit\b/i.test(error.message)
  );
}

/**
 * Past a limit, one clear error (HTTP 400), not that error followed by every other rule's complaint
 * about the same oversized document (30 directives used to answer 31 errors): the validation errors
 * are trimmed to the first limit refusal before Apollo answers with them.
 */
export function firstLimitRefusalOnly(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors?: ReadonlyArray<Error>) => {
            const refusal = errors?.find(isLimitRefusal);
            if (errors && refusal) (errors as Error[]).splice(0, errors.length, refusal);
          };
        },
      };
    },
  };
}

/** Each limit's refusal as graphql-js, graphql-armor and maxAliasesRule word it (in English), and its reason. */
const LIMIT_REFUSALS: { pattern: RegExp; reason: string; params: (m: RegExpExecArray) => Record<string, number> }[] = [
  { pattern: /Document contains more tha[nt] (\d+) tokens/, reason: 'tooManyTokens', params: (m) => ({ max: +m[1] }) },
  { pattern: /Query depth limit of (\d+) exceeded/, reason: 'tooDeep', params: (m) => ({ max: +m[1] }) },
  { pattern: /Too many aliases: at most (\d+)/, reason: 'tooManyAliases', params: (m) => ({ max: +m[1] }) },
  { pattern: /Directives limit of (\d+) exceeded/, reason: 'tooManyDirectives', params: (m) => ({ max: +m[1] }) },
  {
    pattern: /Query Cost limit of (\d+) exceeded, found (\d+)/,
    reason: 'tooCostly',
    params: (m) => ({ max: +m[1], cost: +m[2] }),
  },
];

/**
 * A refusal for going past a limit says so in the caller's language, with its `reason` and `params`
 * like every other error, instead of graphql-js's or graphql-armor's English text.
 */
export function localizeLimitRefusals(): ApolloServerPlugin<{ req: HttpRequest }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            for (const refusal of LIMIT_REFUSALS) {
              const match = refusal.pattern.exec(error.message);
              if (!match) continue;
              const params = refusal.params(match);
              // Apollo formats these very objects afterwards: reword them in place.
              (error as { message: string }).message = message(
                requestState(contextValue.req).locale,
                refusal.reason,
                params,
              );
              Object.assign(error.extensions as Record<string, unknown>, { reason: refusal.reason, params });
              break;
            }
          }
        },
      };
    },
  };
}
