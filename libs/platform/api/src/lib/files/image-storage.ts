import { Injectable } from '@nestjs/common';
import { fromBuffer } from 'file-type';
import { imageSize } from 'image-size';
import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../graphql/app-error';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import { OpenGraphImage } from '../web/open-graph';
import { FileStore } from './file-store';
import { PRIVATE_FILE_CACHE, PUBLIC_FILE_CACHE, sendStoredFile } from './stored-file-response';

/**
 * A kind of uploaded image: its multipart field (named in errors), its folder in the store, its size
 * limit, and who may read it. Public kinds (logos, covers, products' photos) appear on public pages:
 * they are named by the SHA-256 of their bytes and cached for a year; private kinds (post images) get
 * a random name and are served only through their domain's access check.
 */
export interface ImageKind {
  field: string;
  folder: string;
  maxMb: number;
  access: 'public' | 'private';
}

export const imageMaxBytes = (kind: ImageKind): number => kind.maxMb * 1024 * 1024;

const ALLOWED = new Map([
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/webp', 'webp'],
]);
const TYPES = new Map([...ALLOWED].map(([type, ext]) => [ext, type]));

/** A stored image's real size (as displayed: EXIF rotations of a JPEG applied) and type, read from its bytes. */
export interface StoredImageSize {
  width: number;
  height: number;
  type: 'image/png' | 'image/jpeg' | 'image/webp';
}

/** The smallest picture link previews show (Facebook ignores an og:image under 200 × 200 px). */
export const PREVIEW_IMAGE_MIN_PX = 200;

/** How many stored images' sizes an instance remembers (names never change bytes, so none goes stale). */
const SIZES_KEPT = 500;

/** A stored image's name: SHA-256 (public kinds) or a UUID (private kinds and older uploads), then the type. */
const NAME = /^([0-9a-f]{64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(png|jpg|webp)$/;

/**
 * Keeps uploaded images (PNG, JPEG, WebP) in the file store under `uploads/<folder>/<name>`. The type
 * is read from the file's bytes, never trusted from its name or the browser; a missing, too large or
 * non-image file is a field error naming the kind's field.
 */
@Injectable()
export class ImageStorage {
  constructor(private readonly files: FileStore) {}

  async store(kind: ImageKind, file: { buffer: Buffer; size: number } | undefined): Promise<string> {
    if (!file || !file.size) throw AppError.field(kind.field, 'fileMissing');
    if (file.size > imageMaxBytes(kind)) throw AppError.field(kind.field, 'fileTooLarge', { max: kind.maxMb });
    const type = await fromBuffer(file.buffer);
    const ext = type && ALLOWED.get(type.mime);
    if (!type || !ext) throw AppError.field(kind.field, 'notImage');
    const id = kind.access === 'public' ? createHash('sha256').update(file.buffer).digest('hex') : randomUUID();
    const name = `${id}.${ext}`;
    await this.files.put(this.key(kind, name), file.buffer, type.mime);
    return name;
  }

  /**
   * Answers `GET` of a stored image: type, `nosniff`, a year of immutable caching for public kinds,
   * `private` and revalidation by ETag for private ones. Call it only once the caller may see it.
   */
  async send(kind: ImageKind, name: string, req: HttpRequest, res: HttpResponse): Promise<void> {
    const match = NAME.exec(name);
    if (!match) throw AppError.notFound();
    await sendStoredFile(this.files, req, res, {
      key: this.key(kind, name),
      etag: match[1],
      contentType: TYPES.get(match[2]) ?? 'application/octet-stream',
      cacheControl: kind.access === 'public' ? PUBLIC_FILE_CACHE : PRIVATE_FILE_CACHE,
    });
  }

  /**
   * A stored image's size and type, read from its bytes by `image-size` the first time it is asked,
   * then remembered (an image's name is never given to other bytes). Null when there is no such
   * image or its bytes cannot be read as one.
   */
  size(kind: ImageKind, name: string): Promise<StoredImageSize | null> {
    const key = NAME.test(name) ? this.key(kind, name) : null;
    if (!key) return Promise.resolve(null);
    const known = this.sizes.get(key);
    if (known) return known;
    const reading = this.readSize(key).catch(() => null);
    if (this.sizes.size >= SIZES_KEPT) this.sizes.delete(this.sizes.keys().next().value as string);
    this.sizes.set(key, reading);
    void reading.then((size) => size === null && this.sizes.delete(key));
    return reading;
  }

  /**
   * A public upload as a link preview's picture, at its absolute `url`: only a PNG or JPEG of at
   * least 200 × 200 px with its true size (previews show neither WebP everywhere nor tiny images);
   * null otherwise, and the caller falls back to its share card.
   */
  async previewImage(
    kind: ImageKind,
    name: string | null,
    preview: Pick<OpenGraphImage, 'url' | 'alt' | 'card'>,
  ): Promise<OpenGraphImage | null> {
    if (kind.access !== 'public' || !name) return null;
    const size = await this.size(kind, name);
    if (!size || size.type === 'image/webp') return null;
    if (Math.min(size.width, size.height) < PREVIEW_IMAGE_MIN_PX) return null;
    return { ...preview, width: size.width, height: size.height, type: size.type };
  }

  private readonly sizes = new Map<string, Promise<StoredImageSize | null>>();

  private async readSize(key: string): Promise<StoredImageSize | null> {
    const object = await this.files.get(key);
    if (!object) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of object.body) chunks.push(Buffer.from(chunk as Buffer));
    const read = imageSize(Buffer.concat(chunks));
    const type =
      read.type === 'png'
        ? 'image/png'
        : read.type === 'jpg'
          ? 'image/jpeg'
          : read.type === 'webp'
            ? 'image/webp'
            : null;
    if (!type || !read.width || !read.height) return null;
    // EXIF orientations 5 to 8 turn the picture a quarter: viewers show it with width and height swapped.
    const turned = (read.orientation ?? 1) >= 5;
    return { width: turned ? read.height : read.width, height: turned ? read.width : read.height, type };
  }

  /** Removes a private image's bytes (public ones are shared by content and stay). */
  async remove(kind: ImageKind, name: string): Promise<void> {
    if (kind.access === 'private' && NAME.test(name)) await this.files.delete(this.key(kind, name));
  }

  private key(kind: ImageKind, name: string): string {
    return `uploads/${kind.folder}/${name}`;
  }
}
