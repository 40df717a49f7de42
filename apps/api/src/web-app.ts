import { INestApplication } from '@nestjs/common';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ServerResponse } from 'node:http';

/** The built Angular app (dist/apps/web/browser), beside the built API. */
export const WEB_ROOT = resolve(__dirname, '../web/browser');

/** Paths the app's files never take: the API's own, answered by its controllers. */
const API_PATHS = /^\/(graphql|api|uploads|embed|widget\.js)(\/|$|\?)/;

/** Angular's output hashing: `main-ABCD1234.js`, `chunk-…`, `styles-….css`, `media/…-….woff2`. */
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+(\.br|\.gz)?$/;

/** A hashed file never changes under its name; anything else (index.html, i18n) is revalidated. */
export function cacheControlFor(path: string): string {
  return HASHED.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves the web app's files as the build precompressed them (`.br`, else `.gz`, by the request's
 * Accept-Encoding; see tools/scripts/precompress.mjs), with long immutable caching for hashed names.
 * Registered before the routes; what is not a file goes on to the controllers (the Open Graph pages)
 * and then to the index.html fallback of the app module.
 */
export function serveWebApp(app: INestApplication, root = WEB_ROOT): void {
  if (!existsSync(join(root, 'index.html'))) return;
  const files = expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      fallthrough: true,
      setHeaders: (res: ServerResponse, path: string) => res.setHeader('Cache-Control', cacheControlFor(path)),
    },
  });
  app.use((req: { method: string; url: string }, res: unknown, next: () => void) =>
    (req.method === 'GET' || req.method === 'HEAD') && !API_PATHS.test(req.url)
      ? files(req as never, res as never, next)
      : next(),
  );
}
