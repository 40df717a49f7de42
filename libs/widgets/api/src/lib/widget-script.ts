import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PackedAsset {
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

/** A body with its gzip form and a strong ETag, computed once. */
export function packAsset(body: Buffer): PackedAsset {
  return {
    body,
    gzip: gzipSync(body, { level: 9 }),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
  };
}

/** The esbuild options of the embed script; the same as the `embed` target of widgets-api (project.json). */
export async function bundleWidgetScript(entry: string): Promise<string> {
  // esbuild comes with the Angular build tools (a development dependency): only used when no built file is there.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'none',
    tsconfig: join(dirname(entry), '../../tsconfig.json'),
    write: false,
  });
  return result.outputFiles[0].text;
}

/**
 * The embed script's bytes. The API build copies the minified bundle next to main.js (widgets-api's
 * `embed` target, then the API's webpack assets); without it (tests, `nx serve`) it is bundled once
 * from the TypeScript source with esbuild, at the first request.
 */
@Injectable()
export class WidgetScript {
  private readonly logger = new Logger('WidgetScript');
  private loading: Promise<PackedAsset> | null = null;

  get(): Promise<PackedAsset> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  private async load(): Promise<PackedAsset> {
    const built = join(__dirname, 'widget.js');
    if (existsSync(built)) return packAsset(await readFile(built));
    const source = [join(__dirname, '../embed/widget.ts'), resolve('libs/widgets/api/src/embed/widget.ts')].find(
      (file) => existsSync(file),
    );
    if (!source) throw new Error(`widget.js was not built (${built}) and its source is not here`);
    this.logger.log(`Bundling the widget script from ${source}`);
    return packAsset(Buffer.from(await bundleWidgetScript(source)));
  }
}
