import { Injectable } from '@nestjs/common';
import { AppConfig, AppError } from '@assoc/platform-api';
import { fromBuffer } from 'file-type';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const POST_IMAGE_MAX_MB = 5;
export const POST_IMAGE_MAX_BYTES = POST_IMAGE_MAX_MB * 1024 * 1024;
const ALLOWED = new Map([
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/webp', 'webp'],
]);

/** Post images on local disk under DATA_DIR/uploads/posts; the type is read from the bytes, never trusted from the name. */
@Injectable()
export class PostImageStorage {
  constructor(private readonly config: AppConfig) {}

  async store(file: { buffer: Buffer; size: number } | undefined): Promise<string> {
    if (!file || !file.size) throw AppError.field('image', 'fileMissing');
    if (file.size > POST_IMAGE_MAX_BYTES) throw AppError.field('image', 'fileTooLarge', { max: POST_IMAGE_MAX_MB });
    const type = await fromBuffer(file.buffer);
    const ext = type && ALLOWED.get(type.mime);
    if (!ext) throw AppError.field('image', 'notImage');
    const dir = join(this.config.uploadsDir, 'posts');
    await mkdir(dir, { recursive: true });
    const name = `${randomUUID()}.${ext}`;
    await writeFile(join(dir, name), file.buffer);
    return name;
  }
}

export function postImageUrl(fileName: string): string {
  return `/uploads/posts/${fileName}`;
}
