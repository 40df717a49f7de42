import { AppError } from '../graphql/app-error';
import type { HttpRequest, HttpResponse } from '../http/http-types';
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
  req: HttpRequest,
  res: HttpResponse,
  answer: StoredFileAnswer,
): Promise<void> {
  const etag = `"${answer.etag}"`;
  res.header('Cache-Control', answer.cacheControl);
  res.header('ETag', etag);
  res.header('X-Content-Type-Options', 'nosniff');
  const asked = req.headers['if-none-match'];
  if (asked && asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    void res.status(304).send();
    return;
  }
  const object = await store.get(answer.key);
  if (!object) {
    res.removeHeader('ETag');
    res.removeHeader('Cache-Control');
    throw AppError.notFound();
  }
  // Fastify pipes the stream: a caller gone mid-way, or the store failing after the first bytes, ends
  // the connection (nothing more can be said). The reply is not awaited (it settles when sent).
  void res
    .status(200)
    .header('Content-Type', answer.contentType)
    .header('Content-Length', String(object.size))
    .send(object.body);
}
