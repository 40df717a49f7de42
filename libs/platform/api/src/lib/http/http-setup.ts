import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ApolloServer } from '@apollo/server';
import { GraphQLModule } from '@nestjs/graphql';
import compression from 'compression';
import type { RequestHandler } from 'express';
import cookieParser from 'cookie-parser';
import { AppConfig } from '../config/app-config';
import { graphqlPostHandler } from '../graphql/graphql-http';
import { parseBodies } from './body-parsing';
import { securityHeaders } from './security-headers';
import { Metrics } from '../metrics/metrics.service';
import { AppLogger } from '../logging/app-logger';
import { requestLogger } from '../logging/request-logging';

/** Answers smaller than this go uncompressed (compressing them costs more than it saves). */
export const COMPRESS_ABOVE_BYTES = 1024;

/**
 * The HTTP middleware every API instance runs, the tests' apps included: cookies (the session), and
 * gzip or brotli for answers over 1 kB (GraphQL and REST JSON, CSV, pages) as the client accepts.
 * Files that are already compressed (the web app's precompressed assets) are sent as they are.
 */
export function configureHttp(app: INestApplication): void {
  // The client's address (rate limits, log-in throttle) from X-Forwarded-For only behind the proxies TRUST_PROXY names.
  const { TRUST_PROXY } = app.get(AppConfig);
  trustProxies(app.getHttpAdapter().getInstance(), TRUST_PROXY);
  // First, so that the time measured covers every other middleware too.
  app.use(app.get(Metrics).httpMiddleware());
  // The request lines (production), timed from here; req.log for the handlers.
  app.use(requestLogger(app.get(AppLogger).pino, app.get(AppConfig)));
  app.use(cookieParser());
  app.use(compression({ threshold: COMPRESS_ABOVE_BYTES }));
  // CSP, frame-ancestors, nosniff, Referrer-Policy, HSTS over https; then bodies with honest refusals (413, 400).
  const config = app.get(AppConfig);
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  app.use(securityHeaders({ publicUrl: config.PUBLIC_URL }));
  parseBodies(express);
}

/** Express's compiled "trust proxy" check: is the proxy at `address`, `hop` hops from the API, trusted? */
type TrustProxy = (address: string, hop: number) => boolean;

/** At most this many addresses' answers are remembered (then forgotten all at once and relearnt). */
const TRUSTED_ADDRESSES_KEPT = 1000;

/**
 * Sets Express's "trust proxy" from TRUST_PROXY (a hop count, or addresses and subnets such as
 * `loopback`). For addresses and subnets, Express's check (proxy-addr) parses the socket's address
 * (and each trusted hop's) with ipaddr.js on every `req.ip`: about 10 µs (1.5 % of a small query's
 * CPU behind a proxy), for a few addresses seen again and again. There its answer depends on the
 * address alone, so it is remembered per address (under 1 µs); a hop count's check is left as it is.
 */
export function trustProxies(
  express: { set(name: string, value: unknown): unknown; get(name: string): unknown },
  setting: string,
): void {
  if (/^\d+$/.test(setting)) {
    express.set('trust proxy', Number(setting));
    return;
  }
  express.set('trust proxy', setting);
  const trust = express.get('trust proxy fn') as TrustProxy;
  const known = new Map<string, boolean>();
  express.set('trust proxy fn', (address: string, hop: number): boolean => {
    let trusted = known.get(address);
    if (trusted === undefined) {
      trusted = trust(address, hop);
      if (known.size >= TRUSTED_ADDRESSES_KEPT) known.clear();
      known.set(address, trusted);
    }
    return trusted;
  });
}

/** What this file reads of an Express 5 router layer (`router` 2: `route` for a route, `rawPath` as mounted, `handle`). */
interface RouterLayer {
  route?: { path?: string };
  rawPath?: unknown;
  handle: RequestHandler;
}

/**
 * Express runs its layers in the order they were added, and Nest adds the controllers' routes (about
 * seventy: files, pages, feeds) before GraphQL's handler, which the GraphQL module mounts when it
 * starts: every GraphQL request walked every route's matcher first (about 6 % of a GraphQL request's
 * CPU). Called once the app is initialised, this moves GraphQL's layers (mounted at `path`) to just
 * before the first controller route, after the app-wide middleware (metrics, cookies, compression,
 * request logger, security headers, bodies). The last of them, the Apollo integration's handler, answers
 * POSTs through graphqlPostHandler (no ETag on a POST, see there).
 * Throws if it finds no GraphQL layer (a Nest or Express change to look at), rather than run slower unnoticed.
 */
export function graphqlBeforeRoutes(app: INestApplication, path = '/graphql'): void {
  const express = app.getHttpAdapter().getInstance() as { router?: { stack: RouterLayer[] } };
  const stack = express.router?.stack;
  const isGraphql = (layer: RouterLayer) => !layer.route && layer.rawPath === path;
  const graphql = stack?.filter(isGraphql) ?? [];
  if (!stack || !graphql.length) throw new Error(`no GraphQL layer mounted at ${path} in the Express router`);
  const apollo = graphql[graphql.length - 1];
  const server = (
    app.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as { instance: ApolloServer<object> }
  ).instance;
  apollo.handle = graphqlPostHandler(server, apollo.handle);
  const others = stack.filter((layer) => !isGraphql(layer));
  const firstRoute = others.findIndex((layer) => layer.route && layer.route.path !== '/{*path}');
  others.splice(firstRoute < 0 ? others.length : firstRoute, 0, ...graphql);
  stack.splice(0, stack.length, ...others);
}
