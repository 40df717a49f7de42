import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { checkedKey, FileStore, StoredObject } from './file-store';

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

/**
 * Files on the local disk under a root folder (DATA_DIR): the default, for one instance or a shared
 * volume. Written to a temporary name then renamed, so a reader never sees half a file.
 */
export class DiskFileStore extends FileStore {
  readonly kind = 'disk' as const;
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  private path(key: string): string {
    return join(this.root, checkedKey(key));
  }

  async put(key: string, body: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.part`;
    await writeFile(temporary, body);
    await rename(temporary, path);
  }

  async get(key: string): Promise<StoredObject | null> {
    const path = this.path(key);
    const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!found?.isFile()) return null;
    return { body: createReadStream(path), size: found.size, contentType: TYPES[key.split('.').pop() ?? ''] };
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
