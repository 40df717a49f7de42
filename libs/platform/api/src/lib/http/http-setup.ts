import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { AppConfig } from '../config/app-config';
import { parseBodies } from './body-parsing';
import { securityHeaders } from './security-headers';
import { Metrics } from '../metrics/metrics.service';

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
  (app as NestExpressApplication).set('trust proxy', /^\d+$/.test(TRUST_PROXY) ? Number(TRUST_PROXY) : TRUST_PROXY);
  // First, so that the time measured covers every other middleware too.
  app.use(app.get(Metrics).httpMiddleware());
  app.use(cookieParser());
  app.use(compression({ threshold: COMPRESS_ABOVE_BYTES }));
  // CSP, frame-ancestors, nosniff, Referrer-Policy, HSTS over https; then bodies with honest refusals (413, 400).
  const config = app.get(AppConfig);
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  app.use(securityHeaders({ publicUrl: config.PUBLIC_URL }));
  parseBodies(express);
}
