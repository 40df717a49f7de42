import type { Readable } from 'node:stream';

/** One stored object, opened for reading: its bytes as a stream, its size and the type it was stored with. */
export interface StoredObject {
  body: Readable;
  size: number;
  contentType: string | undefined;
}

/**
 * Where uploaded files live: a port with two adapters, the local disk under DATA_DIR (the default)
 * and S3-compatible object storage (`S3_*` settings), chosen by the configuration. Keys are paths
 * made by the API itself (`uploads/logos/<sha-256>.png`, `project-files/<uuid>.pdf`), never taken
 * from a caller without checking them against the kind's name pattern first.
 */
export abstract class FileStore {
  /** Which adapter this is (`disk` or `s3`), for logs and the health of the configuration. */
  abstract readonly kind: 'disk' | 's3';
  /** Writes the object (replacing one of the same key). */
  abstract put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** Opens the object for reading, or null when there is none. */
  abstract get(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing one that is not there is not an error. */
  abstract delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*\/[A-Za-z0-9_-]+\.[a-z0-9]+$/;

/** Refuses a key that could leave the store's folder or prefix (`..`, absolute, odd characters). */
export function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Invalid file key: ${JSON.stringify(key)}`);
  return key;
}
