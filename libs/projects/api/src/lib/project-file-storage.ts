import { Injectable } from '@nestjs/common';
import { AppConfig, AppError } from '@assoc/platform-api';
import { fromBuffer } from 'file-type';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const PROJECT_FILE_MAX_MB = 10;
export const PROJECT_FILE_MAX_BYTES = PROJECT_FILE_MAX_MB * 1024 * 1024;
const ALLOWED = new Map([
  ['application/pdf', 'pdf'],
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/webp', 'webp'],
]);

export interface StoredFile {
  fileName: string;
  mimeType: string;
  size: number;
}

/**
 * Quotes and receipts on local disk under DATA_DIR/project-files (not under the public uploads
 * folder: they are read through the API, by members who may see the project). The type is read
 * from the bytes, never trusted from the name or the declared type.
 */
@Injectable()
export class ProjectFileStorage {
  constructor(private readonly config: AppConfig) {}

  private get dir(): string {
    return join(this.config.uploadsDir, '..', 'project-files');
  }

  async store(file: { buffer: Buffer; size: number } | undefined): Promise<StoredFile> {
    if (!file || !file.size) throw AppError.field('file', 'fileMissing');
    if (file.size > PROJECT_FILE_MAX_BYTES) throw AppError.field('file', 'fileTooLarge', { max: PROJECT_FILE_MAX_MB });
    const type = await fromBuffer(file.buffer);
    const ext = type && ALLOWED.get(type.mime);
    if (!type || !ext) throw AppError.field('file', 'notDocument');
    await mkdir(this.dir, { recursive: true });
    const fileName = `${randomUUID()}.${ext}`;
    await writeFile(join(this.dir, fileName), file.buffer);
    return { fileName, mimeType: type.mime, size: file.size };
  }

  read(fileName: string): Promise<Buffer> {
    return readFile(join(this.dir, fileName));
  }
}
