import { Injectable } from '@nestjs/common';
import { AppConfig, AppError } from '@assoc/platform-api';
import { fromBuffer } from 'file-type';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
const ALLOWED = new Map([
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/webp', 'webp'],
]);

/**
 * Keeps logos on local disk under DATA_DIR/uploads/logos. The type is read from the file's bytes,
 * never trusted from its name or the browser.
 */
@Injectable()
export class LogoStorage {
  constructor(private readonly config: AppConfig) {}

  async store(file: { buffer: Buffer; size: number } | undefined): Promise<string> {
    if (!file || !file.size) throw AppError.field('logo', 'fileMissing');
    if (file.size > LOGO_MAX_BYTES) throw AppError.field('logo', 'fileTooLarge', { max: 2 });
    const type = await fromBuffer(file.buffer);
    const ext = type && ALLOWED.get(type.mime);
    if (!ext) throw AppError.field('logo', 'notImage');
    const dir = join(this.config.uploadsDir, 'logos');
    await mkdir(dir, { recursive: true });
    const name = `${randomUUID()}.${ext}`;
    await writeFile(join(dir, name), file.buffer);
    return name;
  }
}
