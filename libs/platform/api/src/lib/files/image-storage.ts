import { Injectable } from '@nestjs/common';
import { fromBuffer } from 'file-type';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { AppError } from '../graphql/app-error';

/** A kind of uploaded image: its multipart field (named in errors), its folder under the uploads (served at /uploads/<folder>/<name>), its size limit. */
export interface ImageKind {
  field: string;
  folder: string;
  maxMb: number;
}

export const imageMaxBytes = (kind: ImageKind): number => kind.maxMb * 1024 * 1024;

const ALLOWED = new Map([
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/webp', 'webp'],
]);

/**
 * Keeps uploaded images (PNG, JPEG, WebP) on local disk under DATA_DIR/uploads/<folder>, each under
 * a new random name. The type is read from the file's bytes, never trusted from its name or the
 * browser; a missing, too large or non-image file is a field error naming the kind's field.
 */
@Injectable()
export class ImageStorage {
  constructor(private readonly config: AppConfig) {}

  async store(kind: ImageKind, file: { buffer: Buffer; size: number } | undefined): Promise<string> {
    if (!file || !file.size) throw AppError.field(kind.field, 'fileMissing');
    if (file.size > imageMaxBytes(kind)) throw AppError.field(kind.field, 'fileTooLarge', { max: kind.maxMb });
    const type = await fromBuffer(file.buffer);
    const ext = type && ALLOWED.get(type.mime);
    if (!ext) throw AppError.field(kind.field, 'notImage');
    const dir = join(this.config.uploadsDir, kind.folder);
    await mkdir(dir, { recursive: true });
    const name = `${randomUUID()}.${ext}`;
    await writeFile(join(dir, name), file.buffer);
    return name;
  }
}
