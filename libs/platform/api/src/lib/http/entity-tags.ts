import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A weak entity tag for an answer's bytes, as Express gave every GET answer: `W/"<length in hex>-<SHA-1, base64>"`. */
export function entityTag(body: string | Buffer): string {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const hash = createHash('sha1').update(bytes).digest('base64').slice(0, 27);
  return `W/"${bytes.length.toString(16)}-${hash}"`;
}

/** Whether the caller's `If-None-Match` names `etag` (weakly: `W/` ignored on both sides), or is `*`. */
export function stillFresh(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/**
 * The `onSend` hook that lets a client revalidate what a GET or HEAD answered in full (a public page, an
 * `.ics` feed a calendar app polls, a CSV): a weak ETag from the bytes when the handler set none, and 304
 * with no body when the caller already has them. Only successful GETs and HEADs with a string or Buffer
 * body: GraphQL POSTs are never revalidated (hashing them was a cost for nothing, ADR 0045), streams
 * (stored files) carry their own ETag. Added before compression, so the tag names the plain bytes.
 * Written here rather than with @fastify/etag, which hashes every answer, POSTs included.
 */
export function revalidateGets(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (error: null, payload?: unknown) => void,
): void {
  if (
    (request.method !== 'GET' && request.method !== 'HEAD') ||
    reply.statusCode !== 200 ||
    !(typeof payload === 'string' || Buffer.isBuffer(payload))
  )
    return done(null, payload);
  let etag = reply.getHeader('etag') as string | undefined;
  if (!etag) {
    etag = entityTag(payload);
    reply.header('etag', etag);
  }
  if (!stillFresh(request.headers['if-none-match'], etag)) return done(null, payload);
  reply.code(304);
  reply.removeHeader('content-type');
  reply.removeHeader('content-length');
  done(null, '');
}

/** A `Vary` value with each header named once, whatever its case (`Accept-Encoding, accept-encoding` → `Accept-Encoding`). */
export function varyOnce(vary: string): string {
  const seen = new Set<string>();
  return vary
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name && !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()))
    .join(', ');
}
