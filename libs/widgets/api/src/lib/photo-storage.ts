import { Injectable } from '@nestjs/common';
import { AppConfig, AppError } from '@assoc/platform-api';
import { fromBuffer } from 'file-type';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
const ALLOWED = new Map([
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/webp', 'webp'],
]);

/**
 * Keeps featured products' photos on local disk under DATA_DIR/uploads/products (served at
 * /uploads/products/<name>). The type is read from the file's bytes, never from its name.
 */
@Injectable()
export class PhotoStorage {
  constructor(private readonly config: AppConfig) {}

  async store(file: { buffer: Buffer; size: number } | undefined): Promise<string> {
    if (!file || !file.size) throw AppError.field('photo', 'fileMissing');
    if (file.size > PHOTO_MAX_BYTES) throw AppError.field('photo', 'fileTooLarge', { max: 2 });
    const type = await fromBuffer(file.buffer);
    const ext = type && ALLOWED.get(type.mime);
    if (!ext) throw AppError.field('photo', 'notImage');
    const dir = join(this.config.uploadsDir, 'products');
    await mkdir(dir, { recursive: true });
    const name = `${randomUUID()}.${ext}`;
    await writeFile(join(dir, name), file.buffer);
    return name;
  }
}
