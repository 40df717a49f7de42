import { Injectable } from '@nestjs/common';
import {
  AppError,
  FileStore,
  HttpRequest,
  HttpResponse,
  PRIVATE_FILE_CACHE,
  sendStoredFile,
  Upload,
} from '@assoc/platform-api';
import { fromBuffer } from 'file-type';
import { randomUUID } from 'node:crypto';

export const PROJECT_FILE_FIELD = 'file';
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
 * Quotes and receipts in platform's file store under `project-files/` (DATA_DIR/project-files on disk),
 * never at a public address: they are read through the API, by members who may see the project. The
 * type is read from the bytes, never trusted from the name or the declared type.
 */
@Injectable()
export class ProjectFileStorage {
  constructor(private readonly files: FileStore) {}

  async store(file: Upload): Promise<StoredFile> {
    if (!file || !file.size) throw AppError.field(PROJECT_FILE_FIELD, 'fileMissing');
    if (file.size > PROJECT_FILE_MAX_BYTES)
      throw AppError.field(PROJECT_FILE_FIELD, 'fileTooLarge', { max: PROJECT_FILE_MAX_MB });
    const type = await fromBuffer(file.buffer);
    const ext = type && ALLOWED.get(type.mime);
    if (!type || !ext) throw AppError.field(PROJECT_FILE_FIELD, 'notDocument');
    const fileName = `${randomUUID()}.${ext}`;
    await this.files.put(key(fileName), file.buffer, type.mime);
    return { fileName, mimeType: type.mime, size: file.size };
  }

  /** Streams a file the caller may see (checked before): private caching, revalidated by ETag. */
  send(stored: StoredFile, req: HttpRequest, res: HttpResponse): Promise<void> {
    return sendStoredFile(this.files, req, res, {
      key: key(stored.fileName),
      etag: stored.fileName.replace(/\.[a-z0-9]+$/, ''),
      contentType: stored.mimeType,
      cacheControl: PRIVATE_FILE_CACHE,
    });
  }

  remove(fileName: string): Promise<void> {
    return this.files.delete(key(fileName));
  }
}

const key = (fileName: string): string => `project-files/${fileName}`;
