import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { IncomingMessage } from 'node:http';
import { ClosableSocket, SocketClose } from '../auth/live-sockets';
import { WebSocketAuthenticator, WebSocketIdentity } from '../auth/websocket-auth';
import { AppConfig } from '../config/app-config';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import { databaseTrouble } from '../database/database-errors';
import { StrictDateTime } from './date-time.scalar';
import { localizeVariableErrors } from './localize-errors.plugin';
import { firstLimitRefusalOnly, localizeLimitRefusals, MAX_TOKENS, maxAliasesRule } from './operation-limits';

/** What graphql-ws hands to `onConnect` and to `context` (its own Context, with the upgrade request in `extra`). */
interface WebSocketContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { request: IncomingMessage; socket: ClosableSocket; identity?: WebSocketIdentity };
}

const isWebSocket = (value: object): value is WebSocketContext => 'extra' in value && 'connectionParams' in value;

/**
 * Apollo settings: code-first schema, CSRF prevention, depth/alias/cost limits, no introspection or
 * stack traces in production; subscriptions over graphql-ws on the same path, authenticated when the
 * socket opens (closed with 4403 otherwise) and checked again before each event (LiveSockets).
 */
export function graphqlOptions(config: AppConfig, sockets?: WebSocketAuthenticator): ApolloDriverConfig {
  const armor = new ApolloArmor({
    // Counted on introspection too; 15 leaves room for the standard introspection query (depth 13).
    maxDepth: { n: 15, ignoreIntrospection: false },
    // Aliases are counted by maxAliasesRule, which counts __typename too.
    maxAliases: { enabled: false },
    maxDirectives: { n: 20 },
    // Counted by graphql-js's own parser instead (parseOptions below): armor's check threw from a plugin hook (HTTP 500).
    maxTokens: { enabled: false },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
  return {
    driver: ApolloDriver,
    autoSchemaFile: true,
    // Every Date through a DateTime that refuses 30 February instead of rolling it over to 2 March.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTime }] },
    sortSchema: true,
    path: '/graphql',
    csrfPrevention: true,
    introspection: !config.isProduction,
    playground: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Past MAX_TOKENS the parser stops: GRAPHQL_PARSE_FAILED, HTTP 400, one error naming the limit.
    parseOptions: { maxTokens: MAX_TOKENS },
    // Let an error's extensions.http.status through (503 when the database is down); ours set none otherwise.
    preserveHttpStatusForExecutionErrors: false,
    validationRules: [...armor.validationRules, maxAliasesRule()],
    plugins: [
      ...armor.plugins,
      firstLimitRefusalOnly(),
      localizeVariableErrors(),
      localizeLimitRefusals(),
      // Apollo installs its cache-control plugin by default, which wraps every field's resolver to
      // compute a cache policy no answer uses (nothing is cacheable: every answer is per member or
      // counted live); without it, graphql-js calls the resolvers directly (ADR 0029).
      ApolloServerPluginCacheControlDisabled(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    subscriptions: sockets
      ? {
          'graphql-ws': {
            path: '/graphql',
            onConnect: async (ctx: { connectionParams?: Readonly<Record<string, unknown>>; extra: unknown }) => {
              const extra = ctx.extra as WebSocketContext['extra'];
              let identity: WebSocketIdentity | null;
              try {
                identity = await sockets.authenticate(extra.request, ctx.connectionParams);
              } catch (error) {
                // The database is down or too slow: the session could not be checked, which is not
                // "refused". 1013 (try again later) tells the client to retry, as 503 does over HTTP.
                if (databaseTrouble(error))
                  extra.socket.close(SocketClose.tryAgainLater.code, SocketClose.tryAgainLater.reason);
                identity = null;
              }
              if (!identity) return false; // 4403 (graphql-ws), unless closed with 1013 above
              extra.identity = identity;
              sockets.opened(extra.socket, identity);
              return true;
            },
            // Nothing goes out once the session or membership behind the socket has ended (the check
            // closes the socket, and graphql-ws sends nothing on a closed one).
            onNext: async (ctx: { extra: unknown }) => {
              await sockets.beforeEvent((ctx.extra as WebSocketContext['extra']).socket);
            },
            onClose: (ctx: { extra: unknown }) => sockets.closed((ctx.extra as WebSocketContext['extra']).socket),
          },
        }
      : undefined,
    // HTTP: Apollo's Fastify integration calls it with the request and the reply. WebSocket: a
    // request-like object per subscription, built from what onConnect checked, so the AccessGuard and
    // @Member() work the same way.
    context: (value: HttpRequest | WebSocketContext, reply?: HttpResponse) =>
      isWebSocket(value)
        ? { req: value.extra.identity ? WebSocketAuthenticator.requestFor(value.extra.identity) : value.extra.request }
        : { req: value, res: reply },
  };
}
