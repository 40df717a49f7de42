import { Controller, Get, Header, Param, Req, Res } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { HttpRequest, HttpResponse } from '../../http/http-types';
import { Public } from '../../auth/access.decorators';
import { AppError } from '../../graphql/app-error';

/** Where the public pages' files are served from: `/page-assets/public-page-<HASH>.css|js`. */
export const PUBLIC_PAGE_ASSETS_PATH = '/page-assets';

/** One of the public pages' files, read once: its hashed name and its bytes as is, gzip (-9) and brotli (best). */
interface PageAsset {
  name: string;
  type: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
}

const SOURCES = { css: 'public-page.css', js: 'public-page.js' } as const;
const TYPES = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' } as const;

/**
 * The folder of the style sheet and the script: copied next to the API's bundle by its build
 * (apps/api/webpack.config.js → dist/apps/api/public-page), else the sources (tests, `nx serve`).
 */
function assetsFolder(): string {
  const folders = [
    join(__dirname, 'public-page'),
    join(__dirname, 'assets'),
    resolve('libs/platform/api/src/lib/web/public-page/assets'),
  ];
  const found = folders.find((folder) => existsSync(join(folder, SOURCES.css)));
  if (!found) throw new Error(`The public pages' style sheet is missing (looked in ${folders.join(', ')})`);
  return found;
}

function pack(kind: keyof typeof SOURCES, folder: string): PageAsset {
  const body = readFileSync(join(folder, SOURCES[kind]));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 8).toUpperCase();
  return {
    name: `public-page-${hash}.${kind}`,
    type: TYPES[kind],
    body,
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
    etag: `"${hash}"`,
  };
}

let loaded: Record<keyof typeof SOURCES, PageAsset> | null = null;

/** The style sheet and the script, read and compressed at the first use, then kept. */
export function publicPageAssets(): Record<keyof typeof SOURCES, PageAsset> {
  if (!loaded) {
    const folder = assetsFolder();
    loaded = { css: pack('css', folder), js: pack('js', folder) };
  }
  return loaded;
}

/** The URLs the layout links: their names change with their content, so they are cached for a year. */
export function publicPageAssetUrls(): { css: string; js: string } {
  const { css, js } = publicPageAssets();
  return { css: `${PUBLIC_PAGE_ASSETS_PATH}/${css.name}`, js: `${PUBLIC_PAGE_ASSETS_PATH}/${js.name}` };
}

/**
 * `GET /page-assets/:file`: the public pages' style sheet and script, precompressed (brotli, else
 * gzip, by Accept-Encoding, as the web app's files: ADR 0013), `immutable` for a year under their
 * hashed names; any other name is a 404 (an old hash after a deployment: the page links the new one).
 */
@Controller('page-assets')
export class PublicPageAssetsController {
  @Public()
  @Get(':file')
  @Header('X-Content-Type-Options', 'nosniff')
  file(@Param('file') file: string, @Req() req: HttpRequest, @Res() res: HttpResponse): void {
    const asset = Object.values(publicPageAssets()).find((a) => a.name === file);
    if (!asset) throw AppError.notFound();
    res.header('Cache-Control', 'public, max-age=31536000, immutable');
    res.header('ETag', asset.etag);
    res.header('Vary', 'Accept-Encoding');
    res.header('Content-Type', asset.type);
    if (req.headers['if-none-match'] === asset.etag) {
      res.status(304).send();
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    if (/\bbr\b/.test(accepts)) {
      res.header('Content-Encoding', 'br');
      res.send(asset.brotli);
    } else if (/\bgzip\b/.test(accepts)) {
      res.header('Content-Encoding', 'gzip');
      res.send(asset.gzip);
    } else res.send(asset.body);
  }
}
