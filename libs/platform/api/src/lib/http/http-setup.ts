import { INestApplication } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import { compile } from '@fastify/proxy-addr';
import type { FastifyInstance } from 'fastify';
import { AppConfig } from '../config/app-config';
import { registerMultipart } from '../files/file-upload';
import { AppLogger } from '../logging/app-logger';
import { requestIds, requestLines } from '../logging/request-logging';
import { Metrics, routeLabel } from '../metrics/metrics.service';
import { BODY_LIMIT_KB } from './body-parsing';
import { revalidateGets, varyOnce } from './entity-tags';
import { securityHeaders } from './security-headers';

/** Answers smaller than this go uncompressed (compressing them costs more than it saves). */
export const COMPRESS_ABOVE_BYTES = 1024;

/** What compression takes: text, JSON, JavaScript, XML, SVG (the answers that shrink). */
const COMPRESSIBLE =
  /^(text\/|application\/(json|javascript|xml|graphql-response\+json|[\w.+-]*\+(json|xml))|image\/svg)/;

/** Whether the proxy at `address`, `hop` hops from the API, is trusted (Fastify's `trustProxy` as a function). */
export type TrustProxy = (address: string, hop: number) => boolean;

/** At most this many addresses' answers are remembered (then forgotten all at once and relearnt). */
const TRUSTED_ADDRESSES_KEPT = 1000;

/**
 * Fastify's `trustProxy` from TRUST_PROXY: a hop count, or addresses and subnets (`loopback`,
 * `10.0.0.0/8, 127.0.0.1`). For addresses, the compiled check (proxy-addr) parses the socket's address
 * with ipaddr.js on every `request.ip`: about 10 µs, for a few addresses seen again and again. Its answer
 * depends on the address alone, so it is remembered per address (under 1 µs).
 */
export function trustProxies(setting: string): number | TrustProxy {
  if (/^\d+$/.test(setting)) return Number(setting);
  const trust = compile(setting.split(',').map((value) => value.trim())) as TrustProxy;
  const known = new Map<string, boolean>();
  return (address, hop) => {
    let trusted = known.get(address);
    if (trusted === undefined) {
      trusted = trust(address, hop);
      if (known.size >= TRUSTED_ADDRESSES_KEPT) known.clear();
      known.set(address, trusted);
    }
    return trusted;
  };
}

/**
 * The HTTP adapter every API instance runs on (ADR 0048: Fastify), with what Fastify takes only when the
 * instance is made: the proxies to trust for the client's address (rate limits, log-in throttle), the
 * body limit (JSON and forms; files go as multipart with their own limits), the request ids, and
 * `/graphql/` answered like `/graphql`.
 */
export function httpAdapter(config: Pick<AppConfig, 'TRUST_PROXY'>): FastifyAdapter {
  return new FastifyAdapter({
    trustProxy: trustProxies(config.TRUST_PROXY),
    bodyLimit: BODY_LIMIT_KB * 1024,
    genReqId: requestIds(),
    routerOptions: { ignoreTrailingSlash: true },
  });
}

/** The Fastify instance under a Nest application. */
export function fastifyOf(app: INestApplication): FastifyInstance {
  return (app as NestFastifyApplication).getHttpAdapter().getInstance() as unknown as FastifyInstance;
}

/**
 * What every API instance runs around its routes, the tests' apps included, before `app.init()`:
 * the metrics and the request lines (one `onResponse` hook, timed by Fastify from the request's arrival;
 * the response's `close` for a connection dropped first),
 * the security headers (CSP, frame-ancestors, nosniff, Referrer-Policy, HSTS over https), cookies (the
 * session), and brotli or gzip for answers over 1 kB (GraphQL and REST JSON, CSV, pages) as the client
 * accepts. Files already compressed (the web app's precompressed assets) are sent as they are.
 */
export async function configureHttp(app: INestApplication): Promise<void> {
  const fastify = fastifyOf(app);
  const config = app.get(AppConfig);
  const metrics = app.get(Metrics);
  const lines = requestLines(app.get(AppLogger).pino, config);

  fastify.addHook('onResponse', (request, reply, done) => {
    const status = reply.statusCode;
    metrics.observeHttp(request.method, routeLabel(request.routeOptions.url, status), status, reply.elapsedTime / 1000);
    lines(request, reply);
    done();
  });
  // A connection dropped before its answer has no onResponse (and Fastify's onRequestAbort misses a
  // request whose body was read, every GraphQL POST): still one request line, in production only (a
  // listener per request).
  if (config.isProduction)
    fastify.addHook('onRequest', (request, reply, done) => {
      reply.raw.once('close', () => reply.raw.writableFinished || lines(request, null));
      done();
    });
  const headers = securityHeaders({ publicUrl: config.PUBLIC_URL });
  // helmet calls `done` with nothing, or with an Error.
  fastify.addHook('onRequest', (request, reply, done) =>
    headers(request.raw, reply.raw, done as (error?: unknown) => void),
  );

  // ETag and 304 for GETs answered in full, on the plain bytes (before compression).
  fastify.addHook('onSend', revalidateGets);
  await (app as NestFastifyApplication).register(fastifyCookie);
  await (app as NestFastifyApplication).register(fastifyCompress, {
    threshold: COMPRESS_ABOVE_BYTES,
    encodings: ['br', 'gzip', 'deflate'],
    // Clients do not send compressed bodies to the API.
    globalDecompression: false,
  });
  // Uploads: a multipart body is left unread, for the upload routes to read with their own limits (FileUpload).
  registerMultipart(fastify);
  // Caches must keep the compressed and the plain answer apart, compressed this time or not.
  // Compression adds its `accept-encoding` to a Vary a route set itself: each header named once.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const vary = reply.getHeader('vary');
    if (typeof vary === 'string') reply.header('vary', varyOnce(vary));
    else if (!vary && COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? '')))
      reply.header('vary', 'Accept-Encoding');
    done(null, payload);
  });
}
