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

/** The app's language cookie (`assoc.language`, written by the web app's LanguageState): French unless it says English. */
export function shellLanguage(cookieHeader: string | undefined): 'fr' | 'en' {
  return /(?:^|;\s*)assoc\.language=en(?:;|$)/.test(cookieHeader ?? '') ? 'en' : 'fr';
}

/**
 * The log-in page's address answered with its app shell (tools/scripts/app-shell.mjs: the page drawn in
 * plain HTML before the scripts arrive, ADR 0022) in the app's language: `/login.fr.html` or
 * `/login.en.html`, the query kept; any other address unchanged.
 */
export function appShellUrl(url: string, cookieHeader: string | undefined): string {
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query);
  return path === '/login' ? `/login.${shellLanguage(cookieHeader)}.html${query < 0 ? '' : url.slice(query)}` : url;
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
  const shell = existsSync(join(root, 'login.fr.html'));
  type Req = { method: string; url: string; headers: { cookie?: string } };
  app.use((req: Req, res: ServerResponse, next: () => void) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.url)) return next();
    if (shell) {
      const url = appShellUrl(req.url, req.headers.cookie);
      // Revalidated on every visit (no-cache) against its own ETag: a cache never serves one language for the other.
      req.url = url;
    }
    return files(req as never, res as never, next);
  });
}
