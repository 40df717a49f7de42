import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../graphql/app-error';
import { FileStore } from './file-store';

/** Content-addressed or never reused names: a public file never changes under its URL. */
export const PUBLIC_FILE_CACHE = 'public, max-age=31536000, immutable';
/** Private files: the browser keeps them a few minutes, then asks again (ETag) so lost access shows soon. */
export const PRIVATE_FILE_CACHE = 'private, max-age=300';

export interface StoredFileAnswer {
  key: string;
  /** Stored under a name never given to other bytes: the name is the ETag. */
  etag: string;
  contentType: string;
  cacheControl: string;
}

/**
 * Streams a stored file to the caller, with its type, `nosniff`, its caching and an ETag; 304 when the
 * caller already has these bytes; NOT_FOUND when the store has no such object.
 */
export async function sendStoredFile(
  store: FileStore,
  req: Request,
  res: Response,
  answer: StoredFileAnswer,
): Promise<void> {
  const etag = `"${answer.etag}"`;
  res.setHeader('Cache-Control', answer.cacheControl);
  res.setHeader('ETag', etag);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const asked = req.headers['if-none-match'];
  if (asked && asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    res.status(304).end();
    return;
  }
  const object = await store.get(answer.key);
  if (!object) {
    res.removeHeader('ETag');
    res.removeHeader('Cache-Control');
    throw AppError.notFound();
  }
  res.status(200);
  res.setHeader('Content-Type', answer.contentType);
  res.setHeader('Content-Length', String(object.size));
  try {
    await pipeline(object.body, res);
  } catch (error) {
    // A caller gone mid-way, or the store failing after the first bytes: nothing more can be said.
    if (!res.headersSent) throw error;
    res.destroy();
  }
}
