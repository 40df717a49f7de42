import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { DiskFileStore } from './disk-file-store';
import { FileStore } from './file-store';
import { ImageStorage } from './image-storage';
import { S3FileStore } from './s3-file-store';

/** The file store the configuration asks for: S3-compatible storage when `S3_BUCKET` is set, else DATA_DIR. */
export function createFileStore(config: AppConfig): FileStore {
  const s3 = config.s3Settings;
  return s3 ? new S3FileStore(s3) : new DiskFileStore(config.DATA_DIR);
}

/** Uploaded files: one store for the whole app (every domain that keeps files imports this module). */
@Module({
  providers: [{ provide: FileStore, inject: [AppConfig], useFactory: createFileStore }, ImageStorage],
  exports: [FileStore, ImageStorage],
})
export class FilesModule {}
