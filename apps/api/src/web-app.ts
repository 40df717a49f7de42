import { INestApplication } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import { fastifyOf, pathOf } from '@assoc/platform-api';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** The built Angular app (dist/apps/web/browser), beside the built API. */
export const WEB_ROOT = resolve(__dirname, '../web/browser');

/** Paths the app's files never take: the API's own, answered by its controllers (or 404). */
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

/** The build's files under `root`, as URL paths (`/index.html`, `/media/font-ABCD1234.woff2`). */
function builtFiles(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return builtFiles(root, path);
    return entry.isFile() ? [path] : [];
  });
}

/** The URL path decoded (`%20` to a space), or null when it is not valid percent-encoding. */
function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * Serves the web app's files as the build precompressed them (`.br`, else `.gz`, by the request's
 * Accept-Encoding; see tools/scripts/precompress.mjs), with long immutable caching for hashed names,
 * ETags and 304s, and index.html for every other address of the app (its routes: `/login`, `/members/…`).
 *
 * One GET (and HEAD) route on `/*`: Fastify's router prefers any other route, so the controllers' pages
 * (`/c/:slug`, `/p/:slug`, `/health/…`) and GraphQL keep theirs. The API's own paths without a route
 * (`/api/nope`) go to the not-found handler Nest sets at init: 404 with the app's error body. The build
 * is read once here (its files do not change under a running API); directories have no index page.
 * Registered after `configureHttp` and before `app.init()`; nothing is served without a built app.
 */
export async function serveWebApp(app: INestApplication, root = WEB_ROOT): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) return;
  await (app as NestFastifyApplication).register(fastifyStatic, {
    root,
    serve: false,
    preCompressed: true,
    index: false,
    // Cache-Control is this file's own (setHeaders), not send's `public, max-age=0`; Vary spelt as the
    // API's other answers (@fastify/static adds `accept-encoding` when none is set).
    cacheControl: false,
    setHeaders: (reply, path) => reply.header('cache-control', cacheControlFor(path)).header('vary', 'Accept-Encoding'),
  });
  const files = new Set(builtFiles(root));
  const shell = files.has('/login.fr.html') && files.has('/login.en.html');

  fastifyOf(app).route({
    method: 'GET', // HEAD too (Fastify's head routes)
    url: '/*',
    // Sent as built: precompressed when worth it, as is when under 1 kB (no compression on the fly).
    compress: false,
    handler: (request, reply) => {
      if (API_PATHS.test(request.url)) return reply.callNotFound();
      const path = decodedPath(pathOf(request));
      // The log-in page's app shell (tools/scripts/app-shell.mjs: the page drawn in plain HTML before the
      // scripts arrive, ADR 0022) in the app's language. Revalidated on every visit (no-cache) against its
      // own ETag: a cache never serves one language for the other.
      if (shell && path === '/login') return reply.sendFile(`/login.${shellLanguage(request.headers.cookie)}.html`);
      return reply.sendFile(path !== null && files.has(path) ? path : '/index.html');
    },
  });
}
