import { Injectable } from '@nestjs/common';
import { AppConfig, AppError } from '@assoc/platform-api';
import { fromBuffer } from 'file-type';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const COVER_MAX_BYTES = 5 * 1024 * 1024;
const ALLOWED = new Map([
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/webp', 'webp'],
]);

/**
 * Keeps campaign cover images on local disk under DATA_DIR/uploads/campaigns (served at
 * /uploads/campaigns/<name>). The type is read from the file's bytes, never from its name.
 */
@Injectable()
export class CoverStorage {
  constructor(private readonly config: AppConfig) {}

  async store(file: { buffer: Buffer; size: number } | undefined): Promise<string> {
    if (!file || !file.size) throw AppError.field('cover', 'fileMissing');
    if (file.size > COVER_MAX_BYTES) throw AppError.field('cover', 'fileTooLarge', { max: 5 });
    const type = await fromBuffer(file.buffer);
    const ext = type && ALLOWED.get(type.mime);
    if (!ext) throw AppError.field('cover', 'notImage');
    const dir = join(this.config.uploadsDir, 'campaigns');
    await mkdir(dir, { recursive: true });
    const name = `${randomUUID()}.${ext}`;
    await writeFile(join(dir, name), file.buffer);
    return name;
  }
}

/** Where the app serves a stored cover. */
export const coverUrl = (file: string | null): string | null => (file ? `/uploads/campaigns/${file}` : null);
